import { z } from 'zod';
import { callProvider, failureOf } from './http-provider';
import { type MessageProvider, ProviderFailure } from './provider';

/**
 * SMS through Devino Telecom's HTTP API (https://docs.devino.online/en/http/sms/): POST /sms/messages
 * with `Authorization: Key <API key>` and { messages: [{ from, to, text, priority, validity, options }] },
 * `to` in international format without the plus. Codes go at REALTIME priority (transactional),
 * other service messages at HIGH. The answer's `result` has one entry per message: code OK with
 * the messageId, or REJECTED with the reasons (final); 401/403 are a key problem (final), 429 and
 * 5xx may pass. The platform's message id travels in `options`, which Devino returns in its status callbacks.
 */
export const devinoSettings = z.object({
  /** The sender name approved in Devino's personal account: up to 11 Latin letters or 15 digits. */
  sender: z.string().regex(/^([A-Za-z0-9 .-]{1,11}|\d{1,15})$/, 'up to 11 Latin letters or 15 digits'),
  /** How long the operator keeps trying, in seconds (0: Devino's default). */
  validitySeconds: z.coerce.number().int().min(0).max(259_200).default(0),
  apiUrl: z.url().default('https://api.devino.online'),
});
export const devinoCredentials = z.object({ apiKey: z.string().min(8).max(512) });

export function createDevinoProvider(settings: z.infer<typeof devinoSettings>, credentials: z.infer<typeof devinoCredentials>): MessageProvider {
  return {
    async send(message) {
      const answer = await callProvider('Devino', `${settings.apiUrl}/sms/messages`, {
        headers: { authorization: `Key ${credentials.apiKey}`, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({
          messages: [
            {
              from: settings.sender,
              to: message.destination.replace(/^\+/, ''),
              text: message.text,
              priority: message.urgent ? 'REALTIME' : 'HIGH',
              ...(settings.validitySeconds > 0 ? { validity: settings.validitySeconds } : {}),
              options: { messageId: message.id },
            },
          ],
        }),
      });
      const [result] = (answer.json?.result as Array<{ code?: string; messageId?: string; reasons?: Record<string, string> }> | undefined) ?? [];
      if (answer.status === 200 && result?.code === 'OK' && result.messageId) return { providerMessageIds: [result.messageId] };
      if (answer.status === 200 && result?.code === 'REJECTED') {
        const reasons = Object.entries(result.reasons ?? {})
          .map(([code, where]) => `${code} (${where})`)
          .join(', ');
        throw new ProviderFailure(`Devino: rejected: ${reasons || 'no reason given'}`, false);
      }
      throw failureOf('Devino', answer, typeof answer.json?.description === 'string' ? answer.json.description.slice(0, 200) : '');
    },
  };
}
