import { createHmac } from 'node:crypto';
import { z } from 'zod';
import { callProvider, failureOf } from './http-provider';
import type { MessageProvider } from './provider';

/**
 * Azure Notification Hubs, a direct send to one device's handle
 * (https://learn.microsoft.com/en-us/rest/api/notificationhubs/direct-send):
 * POST {endpoint}/{hub}/messages/?direct&api-version=2015-04 with ServiceBusNotification-Format
 * (fcmv1 for FCM tokens, apple for APNs ones) and ServiceBusNotification-DeviceHandle, authorised by
 * a shared access signature (https://learn.microsoft.com/en-us/rest/api/eventhub/generate-sas-token:
 * sr the URL-encoded resource, se the expiry, sig the HMAC-SHA256 of "sr\nse" under the key, skn its
 * name). 201 Created: accepted (the hub reports a token its service refuses later, not in the answer).
 */
export const azureNotificationHubsSettings = z.object({
  /** The namespace's address, e.g. https://my-namespace.servicebus.windows.net */
  endpoint: z.url(),
  hubName: z.string().regex(/^[A-Za-z0-9._-]{1,260}$/, 'the hub’s name'),
});
export const azureNotificationHubsCredentials = z.object({
  /** The shared access policy's name, e.g. DefaultFullSharedAccessSignature. */
  sasKeyName: z.string().min(1).max(256),
  sasKey: z.string().min(16).max(256),
});

const SAS_LIFETIME_SECONDS = 3600;

/** A shared access signature for the resource, valid for an hour. */
export function sharedAccessSignature(resourceUri: string, keyName: string, key: string, now = Date.now()): string {
  const resource = encodeURIComponent(resourceUri.toLowerCase());
  const expiry = Math.floor(now / 1000) + SAS_LIFETIME_SECONDS;
  const signature = createHmac('sha256', key).update(`${resource}\n${expiry}`).digest('base64');
  return `SharedAccessSignature sr=${resource}&sig=${encodeURIComponent(signature)}&se=${expiry}&skn=${keyName}`;
}

export function createAzureNotificationHubsProvider(
  settings: z.infer<typeof azureNotificationHubsSettings>,
  credentials: z.infer<typeof azureNotificationHubsCredentials>,
): MessageProvider {
  const hubUrl = `${settings.endpoint.replace(/\/$/, '')}/${settings.hubName}`;
  return {
    async send(message) {
      const apple = message.pushService === 'APNS';
      const title = message.subject ?? undefined;
      const body = message.text || undefined;
      const payload = apple
        ? {
            aps: { alert: { title, body }, ...(message.imageUrl ? { 'mutable-content': 1 } : {}) },
            ...(message.imageUrl ? { imageUrl: message.imageUrl } : {}),
          }
        : { message: { notification: { title, body, image: message.imageUrl } } };
      const answer = await callProvider('Azure Notification Hubs', `${hubUrl}/messages/?direct&api-version=2015-04`, {
        headers: {
          authorization: sharedAccessSignature(hubUrl, credentials.sasKeyName, credentials.sasKey),
          'content-type': 'application/json;charset=utf-8',
          'servicebusnotification-format': apple ? 'apple' : 'fcmv1',
          'servicebusnotification-devicehandle': message.destination,
          ...(apple ? { 'apns-push-type': 'alert', 'apns-priority': '10' } : {}),
        },
        body: JSON.stringify(payload),
      });
      if (answer.status === 201) {
        const id = answer.headers.get('trackingid') ?? answer.headers.get('location') ?? message.id;
        return { providerMessageIds: [id] };
      }
      // The status only: a body is not repeated to whoever configured the provider.
      throw failureOf('Azure Notification Hubs', answer, '');
    },
  };
}
