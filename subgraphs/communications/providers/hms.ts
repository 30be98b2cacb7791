import { z } from 'zod';
import { callProvider, failureOf, fetchAccessToken, tokenCache } from './http-provider';
import { type MessageProvider, ProviderFailure } from './provider';

/**
 * Huawei Push Kit (https://developer.huawei.com/consumer/en/doc/HMSCore-References/https-send-api-0000001050986197):
 * the app's id and secret get an access token by the OAuth 2.0 client credentials grant
 * (POST https://oauth-login.cloud.huawei.com/oauth2/v3/token), which authorises
 * POST /v1/{appId}/messages:send with { validate_only, message: { notification: { title, body, image }, token: [ … ] } }.
 * The answer's code says how it went: 80000000 sent; 80300007 (every token invalid) and 80100000
 * (some invalid: here the one) retire the token; 80200003 (the access token expired) and
 * 81000001 (a system error) may pass.
 */
export const hmsSettings = z.object({
  appId: z.string().regex(/^\d{4,20}$/, 'the app id (digits)'),
  authUrl: z.url().default('https://oauth-login.cloud.huawei.com/oauth2/v3/token'),
  apiUrl: z.url().default('https://push-api.cloud.huawei.com'),
});
export const hmsCredentials = z.object({ clientSecret: z.string().min(8).max(256) });

const SENT = '80000000';
const INVALID_TOKENS = new Set(['80300007', '80100000']);
const MAY_PASS = new Set(['80200003', '81000001']);

export function createHmsProvider(settings: z.infer<typeof hmsSettings>, credentials: z.infer<typeof hmsCredentials>): MessageProvider {
  const access = tokenCache(() =>
    fetchAccessToken('HMS OAuth', settings.authUrl, { grant_type: 'client_credentials', client_id: settings.appId, client_secret: credentials.clientSecret }),
  );

  return {
    async send(message) {
      const notification = { title: message.subject ?? undefined, body: message.text || undefined, image: message.imageUrl };
      const answer = await callProvider('HMS', `${settings.apiUrl}/v1/${settings.appId}/messages:send`, {
        headers: { authorization: `Bearer ${await access.get()}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          validate_only: false,
          message: { notification, android: { notification: { click_action: { type: 3 } } }, token: [message.destination] },
        }),
      });
      const code = String(answer.json?.code ?? '');
      const said = `${code} ${String(answer.json?.msg ?? '')}`.trim();
      if (answer.status === 200 && code === SENT) return { providerMessageIds: [String(answer.json?.requestId ?? message.id)] };
      if (code === '80200003' || answer.status === 401) access.forget();
      if (MAY_PASS.has(code) || answer.status === 401) throw new ProviderFailure(`HMS: ${said}`, true);
      throw failureOf('HMS', answer, said, INVALID_TOKENS.has(code));
    },
  };
}
