import { z } from 'zod';
import { viberContentProblem } from '../domain/viber-content';
import { callProvider, failureOf } from './http-provider';
import {
  CallbackRefused,
  type DeliveryReport,
  type MessageProvider,
  type OutgoingMessage,
  ProviderFailure,
  type ProviderHooks,
  type SentMessage,
} from './provider';

/**
 * Devino Telecom's HTTP API (https://docs.devino.online/en/http/): one JSON shape for every channel.
 * POST /<channel>/messages with `Authorization: Key <API key>` and { messages: [ … ] }, phones in
 * international format without the plus. The answer's `result` has one entry per message: code OK
 * with the messageId, or REJECTED with the reasons (final); 401/403 are a key problem (final), 429
 * and 5xx may pass. The platform's message id travels in each message's callback data, and when
 * the platform has a public address each message names the provider's callback URL, where Devino
 * posts its status changes (devinoStatusReports).
 */
const apiUrl = z.url().default('https://api.devino.online');
export const devinoCredentials = z.object({ apiKey: z.string().min(8).max(512) });
type DevinoCredentials = z.infer<typeof devinoCredentials>;

const phoneOf = (message: OutgoingMessage) => message.destination.replace(/^\+/, '');

/** Statuses after which nothing changes: delivered (read or a link clicked says as much) or not. */
const DELIVERED_STATUSES = new Set(['DELIVERED', 'READ', 'SEEN', 'CLICKED']);
const FAILED_STATUSES = new Set(['UNDELIVERED', 'UNDELIVERABLE', 'REJECTED', 'EXPIRED', 'FAILED', 'ERROR', 'DELETED', 'CANCELED', 'CANCELLED']);

/** Statuses one callback may carry: a status change is one; a batch of more is refused (400), not worked through. */
export const MAX_STATUSES_PER_CALLBACK = 100;

/** The JSON, with ids too long for a JavaScript number kept as text (Devino's ids run past 2^53). */
const parsedOrNull = (json: string): unknown => {
  try {
    return JSON.parse(json.replace(/("messageId"\s*:\s*)(-?\d{16,})/g, '$1"$2"'));
  } catch {
    return null;
  }
};
const text = (value: unknown): string | null => (typeof value === 'string' && value.length > 0 && value.length <= 200 ? value : null);

/**
 * The final statuses a Devino callback carries: one status change, or a list of them (also under
 * `result`, `messages` or `statuses`), each with Devino's `messageId` (as the send answered it) and
 * a `status`; a reason, where given (`reason`, `errorCode`, `description`), is kept with a failure.
 * Statuses on the way (SENT, ENROUTE, SCHEDULED…) and entries without both fields are passed over.
 */
export function devinoStatusReports(received: unknown): DeliveryReport[] {
  const body = typeof received === 'string' ? parsedOrNull(received) : received;
  const wrapper = body as Record<string, unknown> | null;
  const list = Array.isArray(body) ? body : (['result', 'messages', 'statuses'].map((key) => wrapper?.[key]).find(Array.isArray) ?? [body]);
  if (list.length > MAX_STATUSES_PER_CALLBACK) throw new CallbackRefused(`at most ${MAX_STATUSES_PER_CALLBACK} statuses a callback`);
  const reports: DeliveryReport[] = [];
  for (const entry of list as Array<Record<string, unknown> | null>) {
    const providerMessageId = typeof entry?.messageId === 'number' ? String(entry.messageId) : text(entry?.messageId);
    const status = text(entry?.status)?.toUpperCase();
    if (!providerMessageId || !status) continue;
    const delivered = DELIVERED_STATUSES.has(status);
    if (!delivered && !FAILED_STATUSES.has(status)) continue;
    const reason = text(entry?.reason) ?? text(entry?.errorCode) ?? text(entry?.description);
    reports.push({ providerMessageId, delivered, status: reason && !delivered ? `${status} (${reason})` : status });
  }
  return reports;
}

/** What every Devino channel shares: statuses called back to the platform, when it has a public address. */
function devinoCallbacks(hooks: ProviderHooks) {
  return {
    /** The callback fields of one message: Devino's `callbackUrl`, present only when the platform can be called. */
    callbackUrlField: (): { callbackUrl?: string } => {
      const url = hooks.callbackUrl();
      return url ? { callbackUrl: url } : {};
    },
    async receiveCallback(body: string): Promise<number> {
      let recorded = 0;
      // One after the other: a callback costs the database no more than its statuses, one at a time.
      for (const report of devinoStatusReports(body)) if (await hooks.statusReport(report)) recorded++;
      return recorded;
    },
  };
}

async function postToDevino(url: string, credentials: DevinoCredentials, entry: Record<string, unknown>): Promise<SentMessage> {
  const answer = await callProvider('Devino', url, {
    headers: { authorization: `Key ${credentials.apiKey}`, 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ messages: [entry] }),
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
}

/**
 * SMS (https://docs.devino.online/en/http/sms/): { from, to, text, priority, validity, callbackUrl, options }.
 * Codes go at REALTIME priority (transactional), other service messages at HIGH.
 */
export const devinoSettings = z.object({
  /** The sender name approved in Devino's personal account: up to 11 Latin letters or 15 digits. */
  sender: z.string().regex(/^([A-Za-z0-9 .-]{1,11}|\d{1,15})$/, 'up to 11 Latin letters or 15 digits'),
  /** How long the operator keeps trying, in seconds (0: Devino's default). */
  validitySeconds: z.coerce.number().int().min(0).max(259_200).default(0),
  apiUrl,
});

export function createDevinoProvider(settings: z.infer<typeof devinoSettings>, credentials: DevinoCredentials, hooks: ProviderHooks): MessageProvider {
  const callbacks = devinoCallbacks(hooks);
  return {
    receiveCallback: callbacks.receiveCallback,
    send: (message) =>
      postToDevino(`${settings.apiUrl}/sms/messages`, credentials, {
        from: settings.sender,
        to: phoneOf(message),
        text: message.text,
        priority: message.urgent ? 'REALTIME' : 'HIGH',
        ...(settings.validitySeconds > 0 ? { validity: settings.validitySeconds } : {}),
        ...callbacks.callbackUrlField(),
        options: { messageId: message.id },
      }),
  };
}

/**
 * Viber business messages (https://docs.devino.online/en/http/viber/): { from, to, text, image,
 * action, caption, validity, priority 0–3, options }, in the combinations Viber allows
 * (domain/viber-content.ts); a combination it does not is refused here, before the provider.
 */
export const devinoViberSettings = z.object({
  /** The Viber sender name agreed in Devino's personal account. */
  sender: z.string().min(1).max(64),
  /** How long Viber keeps trying, in seconds (15 to 14 days; Devino's default is a day). */
  validitySeconds: z.coerce.number().int().min(15).max(1_209_600).default(86_400),
  apiUrl,
});

export function createDevinoViberProvider(
  settings: z.infer<typeof devinoViberSettings>,
  credentials: DevinoCredentials,
  hooks: ProviderHooks,
): MessageProvider {
  const callbacks = devinoCallbacks(hooks);
  return {
    receiveCallback: callbacks.receiveCallback,
    send(message) {
      const content = { text: message.text || null, imageUrl: message.imageUrl ?? null, button: message.button ?? null };
      const problem = viberContentProblem(content);
      if (problem) throw new ProviderFailure(`Devino Viber: ${problem.field}: ${problem.problem}`, false);
      return postToDevino(`${settings.apiUrl}/viber/messages`, credentials, {
        from: settings.sender,
        to: phoneOf(message),
        ...(content.text ? { text: content.text } : {}),
        ...(content.imageUrl ? { image: content.imageUrl } : {}),
        ...(content.button ? { action: content.button.url, caption: content.button.caption } : {}),
        validity: settings.validitySeconds,
        priority: message.urgent ? 3 : 1,
        ...callbacks.callbackUrlField(),
        options: { messageId: message.id },
      });
    },
  };
}

/**
 * Notifications through VK and Odnoklassniki groups (https://docs.devino.online/en/http/vk_ok/):
 * only texts of templates the network moderated, so a provider names one template whose single
 * variable (`textVariable`) carries the message: { to, templateId, templateData, routes,
 * deliveryPolicy, validity, callbackUrl, callbackData }.
 */
export const devinoSocialSettings = z.object({
  /** The moderated template's id in Devino. */
  templateId: z.coerce.number().int().positive(),
  /** The template's variable the text goes into. */
  textVariable: z
    .string()
    .regex(/^\w{1,64}$/, 'letters, digits and _')
    .default('text'),
  /** The networks to try, in order: VK, OK, or both separated by commas. */
  routes: z
    .string()
    .regex(/^(VK|OK)(,(VK|OK))?$/, 'VK, OK, VK,OK or OK,VK')
    .default('VK'),
  /** How long to keep trying, in seconds (15 to a day). */
  validitySeconds: z.coerce.number().int().min(15).max(86_400).default(86_400),
  apiUrl,
});

export function createDevinoSocialProvider(
  settings: z.infer<typeof devinoSocialSettings>,
  credentials: DevinoCredentials,
  hooks: ProviderHooks,
): MessageProvider {
  const callbacks = devinoCallbacks(hooks);
  return {
    receiveCallback: callbacks.receiveCallback,
    send: (message) =>
      postToDevino(`${settings.apiUrl}/vk/messages`, credentials, {
        to: phoneOf(message),
        templateId: message.socialTemplateId ? Number(message.socialTemplateId) || message.socialTemplateId : settings.templateId,
        templateData: { [settings.textVariable]: message.text },
        routes: settings.routes.split(','),
        deliveryPolicy: 'ANY',
        validity: settings.validitySeconds,
        ...callbacks.callbackUrlField(),
        callbackData: { messageId: message.id },
      }),
  };
}
