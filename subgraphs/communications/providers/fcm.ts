import jwt from 'jsonwebtoken';
import { z } from 'zod';
import { callProvider, failureOf, fetchAccessToken, tokenCache } from './http-provider';
import { type MessageProvider, ProviderFailure } from './provider';

/**
 * Firebase Cloud Messaging, HTTP v1 API (https://firebase.google.com/docs/cloud-messaging/send/v1-api):
 * a service account's key signs a JWT (RS256; iss its client_email, scope firebase.messaging, aud
 * its token_uri), exchanged at the token_uri for an OAuth 2.0 access token
 * (https://developers.google.com/identity/protocols/oauth2/service-account#httprest, grant type
 * urn:ietf:params:oauth:grant-type:jwt-bearer), which authorises
 * POST /v1/projects/{projectId}/messages:send with { message: { token, notification: { title, body, image } } }.
 * Errors (https://firebase.google.com/docs/reference/fcm/rest/v1/ErrorCode): UNREGISTERED (404) and
 * an invalid token (400 INVALID_ARGUMENT naming the registration token) or SENDER_ID_MISMATCH retire
 * the token; QUOTA_EXCEEDED, UNAVAILABLE and INTERNAL may pass.
 */
export const fcmSettings = z.object({
  projectId: z.string().regex(/^[a-z0-9-]{4,64}$/, 'the Firebase project id'),
  /** The API's address; only a test points it elsewhere. */
  apiUrl: z.url().default('https://fcm.googleapis.com'),
});

const serviceAccount = z.object({
  client_email: z.string().min(3),
  private_key: z.string().includes('PRIVATE KEY'),
  token_uri: z.url().default('https://oauth2.googleapis.com/token'),
});

export const fcmCredentials = z.object({
  /** The service account key file's JSON, as the Firebase console downloads it. */
  serviceAccount: z.string().refine((text) => readServiceAccount(text) !== null, 'the service account key file’s JSON (client_email, private_key, token_uri)'),
});

function readServiceAccount(text: string): z.infer<typeof serviceAccount> | null {
  try {
    const parsed = serviceAccount.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

const SCOPE = 'https://www.googleapis.com/auth/firebase.messaging';

export function createFcmProvider(settings: z.infer<typeof fcmSettings>, credentials: z.infer<typeof fcmCredentials>): MessageProvider {
  const account = readServiceAccount(credentials.serviceAccount) as z.infer<typeof serviceAccount>;
  const access = tokenCache(async () => {
    const now = Math.floor(Date.now() / 1000);
    const assertion = jwt.sign({ iss: account.client_email, scope: SCOPE, aud: account.token_uri, iat: now, exp: now + 3600 }, account.private_key, {
      algorithm: 'RS256',
    });
    return fetchAccessToken('FCM OAuth', account.token_uri, { grant_type: 'urn:ietf:params:oauth:grant-type:jwt-bearer', assertion });
  });

  return {
    async send(message) {
      const notification = { title: message.subject ?? undefined, body: message.text || undefined, image: message.imageUrl };
      const answer = await callProvider('FCM', `${settings.apiUrl}/v1/projects/${settings.projectId}/messages:send`, {
        headers: { authorization: `Bearer ${await access.get()}`, 'content-type': 'application/json' },
        body: JSON.stringify({ message: { token: message.destination, notification } }),
      });
      if (answer.status === 200 && typeof answer.json?.name === 'string') return { providerMessageIds: [answer.json.name] };
      const error = (answer.json?.error ?? {}) as { status?: string; message?: string; details?: Array<{ errorCode?: string }> };
      const code = error.details?.find((detail) => detail.errorCode)?.errorCode ?? error.status ?? '';
      // An access token refused: fetched afresh on the next attempt.
      if (answer.status === 401) {
        access.forget();
        return Promise.reject(new ProviderFailure(`FCM: 401 ${error.message ?? ''}`.trim(), true));
      }
      const gone = code === 'UNREGISTERED' || code === 'SENDER_ID_MISMATCH' || (code === 'INVALID_ARGUMENT' && /registration token/i.test(error.message ?? ''));
      return Promise.reject(failureOf('FCM', answer, `${code} ${error.message ?? ''}`, gone));
    },
  };
}
