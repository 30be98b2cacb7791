import http2 from 'node:http2';
import jwt from 'jsonwebtoken';
import { z } from 'zod';
import { failureOf } from './http-provider';
import { type MessageProvider, ProviderFailure } from './provider';

/**
 * Apple Push Notification service over HTTP/2 with a token key
 * (https://developer.apple.com/documentation/usernotifications/sending-notification-requests-to-apns,
 * https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns):
 * POST /3/device/{token} on one kept HTTP/2 connection, authorised by an ES256 JWT (kid: the key id,
 * iss: the team id, iat), renewed every 50 minutes (Apple refuses one older than an hour and renewing
 * more often than every 20). apns-topic is the app's bundle id, apns-push-type alert, apns-id the
 * platform's message id (UUID-shaped, so APNs sees a repeat as the same notification). Errors
 * (https://developer.apple.com/documentation/usernotifications/handling-notification-responses-from-apns):
 * 410 Unregistered and 400 BadDeviceToken / DeviceTokenNotForTopic retire the token; 429, 500, 503
 * and an expired provider token may pass.
 */
export const apnsSettings = z.object({
  teamId: z.string().regex(/^[A-Z0-9]{10}$/, 'the 10-character team id'),
  keyId: z.string().regex(/^[A-Z0-9]{10}$/, 'the 10-character key id'),
  /** The app's bundle id: the notifications' topic. */
  bundleId: z.string().regex(/^[A-Za-z0-9.-]{3,155}$/, 'the app’s bundle id'),
  /** https://api.push.apple.com, or https://api.sandbox.push.apple.com for development builds. */
  url: z.url().default('https://api.push.apple.com'),
});
export const apnsCredentials = z.object({
  /** The .p8 token key's contents. */
  privateKey: z.string().includes('PRIVATE KEY', { message: 'the .p8 key file’s contents' }),
});

const TOKEN_LIFETIME_MS = 50 * 60_000;
const TIMEOUT_MS = 10_000;
const GONE = new Set(['Unregistered', 'BadDeviceToken', 'DeviceTokenNotForTopic']);

export function createApnsProvider(settings: z.infer<typeof apnsSettings>, credentials: z.infer<typeof apnsCredentials>): MessageProvider {
  let session: http2.ClientHttp2Session | null = null;
  let bearer: { token: string; madeAt: number } | null = null;

  function connection(): http2.ClientHttp2Session {
    if (session && !session.closed && !session.destroyed) return session;
    const opened = http2.connect(settings.url);
    opened.on('error', () => undefined);
    opened.on('close', () => {
      if (session === opened) session = null;
    });
    session = opened;
    return opened;
  }

  function authorization(): string {
    if (!bearer || Date.now() - bearer.madeAt > TOKEN_LIFETIME_MS) {
      const token = jwt.sign({ iss: settings.teamId, iat: Math.floor(Date.now() / 1000) }, credentials.privateKey, {
        algorithm: 'ES256',
        keyid: settings.keyId,
        noTimestamp: true,
      });
      bearer = { token, madeAt: Date.now() };
    }
    return `bearer ${bearer.token}`;
  }

  function post(path: string, headers: Record<string, string>, body: string): Promise<{ status: number; headers: http2.IncomingHttpHeaders; text: string }> {
    return new Promise((resolve, reject) => {
      const request = connection().request({ ':method': 'POST', ':path': path, ...headers });
      request.setTimeout(TIMEOUT_MS, () => request.close(http2.constants.NGHTTP2_CANCEL));
      let status = 0;
      let answered: http2.IncomingHttpHeaders = {};
      let text = '';
      request.on('response', (responseHeaders) => {
        status = Number(responseHeaders[':status']);
        answered = responseHeaders;
      });
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => {
        text += chunk;
      });
      request.on('end', () => (status ? resolve({ status, headers: answered, text }) : reject(new ProviderFailure('APNs: no answer', true))));
      request.on('error', (error) => reject(new ProviderFailure(`APNs: ${error.message}`, true)));
      request.end(body);
    });
  }

  return {
    async send(message) {
      const aps: Record<string, unknown> = { alert: { title: message.subject ?? undefined, body: message.text || undefined } };
      if (message.imageUrl) aps['mutable-content'] = 1;
      const answer = await post(
        `/3/device/${message.destination}`,
        {
          authorization: authorization(),
          'apns-topic': settings.bundleId,
          'apns-push-type': 'alert',
          'apns-priority': '10',
          'apns-id': message.id,
          'content-type': 'application/json',
        },
        JSON.stringify({ aps, ...(message.imageUrl ? { imageUrl: message.imageUrl } : {}) }),
      );
      if (answer.status === 200) return { providerMessageIds: [String(answer.headers['apns-id'] ?? message.id)] };
      let reason = '';
      try {
        reason = String((JSON.parse(answer.text) as { reason?: string }).reason ?? '');
      } catch {
        reason = answer.text;
      }
      if (reason === 'ExpiredProviderToken') {
        bearer = null;
        throw new ProviderFailure('APNs: 403 ExpiredProviderToken', true);
      }
      throw failureOf('APNs', answer, reason, GONE.has(reason));
    },
    async close() {
      session?.close();
      session = null;
    },
  };
}
