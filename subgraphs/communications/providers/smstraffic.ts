import { z } from 'zod';
import { smsParts } from '../domain/sms-encoding';
import { xmlValue, xmlValues } from './flat-xml';
import { callProvider, failureOf } from './http-provider';
import { type DeliveryReport, type MessageProvider, ProviderFailure, type ProviderHooks } from './provider';
import { createStatusPoller } from './status-poller';

/**
 * SMS through SMS Traffic's HTTP API (https://www.smstraffic.ru/api): a form POSTed to multi.php with
 * login, password, phones (international, no plus), message, originator, rus (0: the GSM alphabet,
 * 5: UTF-8 text sent as UCS-2), max_parts and want_sms_ids=1. It answers XML: <result>OK</result>
 * with a <sms_id> per phone, or <result>ERROR</result> with a <code> and <description> (final; an
 * HTTP 5xx may pass). Statuses are asked with operation=status&sms_id=…: <status> Delivered is
 * final and good; Non Delivered, Expired, Rejected and Deleted are final failures; the rest
 * (Buffered, Sent, Unknown…) means it is still on its way.
 */
export const smsTrafficSettings = z.object({
  /** The sender name registered with SMS Traffic: up to 11 Latin letters or 15 digits. */
  sender: z.string().regex(/^([A-Za-z0-9 .-]{1,11}|\d{1,15})$/, 'up to 11 Latin letters or 15 digits'),
  /** How often statuses are asked for, in seconds (0: never). */
  statusPollSeconds: z.coerce.number().int().min(0).max(3600).default(60),
  apiUrl: z.url().default('https://api.smstraffic.ru/multi.php'),
});
export const smsTrafficCredentials = z.object({ login: z.string().min(1).max(100), password: z.string().min(1).max(200) });

const FAILED = new Set(['Non Delivered', 'Expired', 'Rejected', 'Deleted', 'Undeliverable']);

export function createSmsTrafficProvider(
  settings: z.infer<typeof smsTrafficSettings>,
  credentials: z.infer<typeof smsTrafficCredentials>,
  hooks: ProviderHooks,
): MessageProvider {
  const post = (fields: Record<string, string>) =>
    callProvider('SMS Traffic', settings.apiUrl, {
      headers: { 'content-type': 'application/x-www-form-urlencoded; charset=utf-8' },
      body: new URLSearchParams({ login: credentials.login, password: credentials.password, ...fields }).toString(),
    });

  async function statusOf(smsId: string): Promise<DeliveryReport | null> {
    const answer = await post({ operation: 'status', sms_id: smsId });
    const status = xmlValue(answer.text, 'status');
    if (answer.status !== 200 || !status) return null;
    if (status === 'Delivered') return { providerMessageId: smsId, delivered: true, status };
    return FAILED.has(status)
      ? { providerMessageId: smsId, delivered: false, status: [status, xmlValue(answer.text, 'error')].filter(Boolean).join(': ') }
      : null;
  }
  const poller = createStatusPoller(hooks, settings.statusPollSeconds, statusOf);

  return {
    async send(message) {
      const { encoding, parts } = smsParts(message.text);
      const answer = await post({
        phones: message.destination.replace(/^\+/, ''),
        message: message.text,
        originator: settings.sender,
        rus: encoding === 'UCS2' ? '5' : '0',
        max_parts: String(parts.length),
        want_sms_ids: '1',
      });
      if (answer.status !== 200) throw failureOf('SMS Traffic', answer, '');
      const result = xmlValue(answer.text, 'result');
      const ids = xmlValues(answer.text, 'sms_id');
      if (result === 'OK' && ids.length > 0) return { providerMessageIds: ids };
      const detail = [xmlValue(answer.text, 'code'), xmlValue(answer.text, 'description')].filter(Boolean).join(' ');
      throw new ProviderFailure(`SMS Traffic: ${result ?? 'no result'}${detail ? `: ${detail}` : ''}`, false);
    },
    listen: () => poller.start(),
    close: () => poller.stop(),
  };
}
