import { z } from 'zod';
import { callProvider, failureOf } from './http-provider';
import { type DeliveryReport, type MessageProvider, ProviderFailure, type ProviderHooks } from './provider';
import { createStatusPoller } from './status-poller';

/**
 * SMS through Stream Telecom's GET API (https://stream-telecom.ru/upload/iblock/55a/Dokumentatsiya-po-integratsii-Stream-Telecom-GET.pdf):
 * GET /get/?user=…&pwd=…&sadr=<sender>&dadr=<phone, international, no plus>&text=… answers the
 * message's id as plain text; anything else is a refusal in words (final; an HTTP 5xx may pass).
 * GET /get/?user=…&pwd=…&smsid=<id> answers its state: `deliver` is final and good, `not_deliver`
 * and `expired` final failures, the rest (`send`, `partly_deliver`, or nothing while it is queued)
 * still on its way (the same gateway software's states as another operator of it lists them:
 * https://bsg.world/developers/rest-api/legacy-api-get/get-view/).
 */
export const streamTelecomSettings = z.object({
  /** The sender name registered with Stream Telecom: up to 11 Latin letters or 15 digits. */
  sender: z.string().regex(/^([A-Za-z0-9 .-]{1,11}|\d{1,15})$/, 'up to 11 Latin letters or 15 digits'),
  /** How often statuses are asked for, in seconds (0: never). */
  statusPollSeconds: z.coerce.number().int().min(0).max(3600).default(60),
  apiUrl: z.url().default('https://gateway.api.sc/get/'),
});
export const streamTelecomCredentials = z.object({ login: z.string().min(1).max(100), password: z.string().min(1).max(200) });

const FAILED = new Set(['not_deliver', 'expired']);

export function createStreamTelecomProvider(
  settings: z.infer<typeof streamTelecomSettings>,
  credentials: z.infer<typeof streamTelecomCredentials>,
  hooks: ProviderHooks,
): MessageProvider {
  const get = (fields: Record<string, string>) => {
    const url = new URL(settings.apiUrl);
    for (const [key, value] of Object.entries({ user: credentials.login, pwd: credentials.password, ...fields })) url.searchParams.set(key, value);
    return callProvider('Stream Telecom', url.toString(), { method: 'GET' });
  };

  async function statusOf(smsId: string): Promise<DeliveryReport | null> {
    const answer = await get({ smsid: smsId });
    const state = answer.text.trim().toLowerCase();
    if (answer.status !== 200) return null;
    if (state === 'deliver') return { providerMessageId: smsId, delivered: true, status: state };
    return FAILED.has(state) ? { providerMessageId: smsId, delivered: false, status: state } : null;
  }
  const poller = createStatusPoller(hooks, settings.statusPollSeconds, statusOf);

  return {
    async send(message) {
      const answer = await get({ sadr: settings.sender, dadr: message.destination.replace(/^\+/, ''), text: message.text });
      if (answer.status !== 200) throw failureOf('Stream Telecom', answer, '');
      const id = answer.text.trim();
      if (/^\d+$/.test(id)) return { providerMessageIds: [id] };
      throw new ProviderFailure(`Stream Telecom: ${id.slice(0, 200) || 'an empty answer'}`, false);
    },
    listen: () => poller.start(),
    close: () => poller.stop(),
  };
}
