import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback server shaped like Devino Telecom's API (https://docs.devino.online/en/http/): POST
 * /sms/messages, /viber/messages and /vk/messages with `Authorization: Key <key>` and a JSON body
 * of messages, each checked for what the documentation requires of its channel. A number in
 * `rejected` is answered REJECTED, as Devino answers one it cannot take; `failNext` answers 503
 * that many times.
 */
/** What the sink answered for a message it took, and where the message asked to be called back. */
interface Taken {
  /** Devino's id for it, as the send answered it. */
  assignedId: string;
  callbackUrl?: string;
}

export interface DevinoSms extends Taken {
  from: string;
  to: string;
  text: string;
  priority: string;
  options: Record<string, string>;
}

export interface DevinoViber extends Taken {
  from: string;
  to: string;
  text?: string;
  image?: string;
  action?: string;
  caption?: string;
  validity: number;
  priority: number;
  options: Record<string, string>;
}

export interface DevinoSocial extends Taken {
  to: string;
  templateId: number;
  templateData: Record<string, string>;
  routes: string[];
  deliveryPolicy: string;
  validity: number;
  callbackData: Record<string, string>;
}

type Check = (message: Record<string, unknown>) => Record<string, string> | null;

const INTERNATIONAL = /^\d{10,15}$/;
const SENDER = /^([A-Za-z0-9 .-]{1,11}|\d{1,15})$/;
const reason = (code: string, field: string): Record<string, string> => ({ [code]: field });
const isUrl = (value: unknown) => typeof value === 'string' && /^https?:\/\/\S+$/.test(value);

/** Per path, why a message would be refused (its reasons as Devino names them), or null. */
const CHECKS: Record<string, Check> = {
  '/sms/messages': (m) => {
    if (!SENDER.test(String(m.from ?? ''))) return reason('INVALID_SENDER', 'from');
    if (!INTERNATIONAL.test(String(m.to ?? ''))) return reason('INVALID_PHONE_NUMBER', 'to');
    if (!m.text) return reason('EMPTY_TEXT', 'text');
    if (!['LOW', 'MEDIUM', 'HIGH', 'REALTIME'].includes(String(m.priority))) return reason('INVALID_PRIORITY', 'priority');
    return null;
  },
  '/viber/messages': (m) => {
    if (!m.from) return reason('INVALID_SENDER', 'from');
    if (!INTERNATIONAL.test(String(m.to ?? ''))) return reason('INVALID_PHONE_NUMBER', 'to');
    if (typeof m.text === 'string' && m.text.length > 1000) return reason('TEXT_TOO_LONG', 'text');
    if (m.image !== undefined && !isUrl(m.image)) return reason('INVALID_IMAGE', 'image');
    if ((m.action === undefined) !== (m.caption === undefined)) return reason('INVALID_BUTTON', 'action');
    if (m.action !== undefined && (!isUrl(m.action) || String(m.caption).length > 30)) return reason('INVALID_BUTTON', 'action');
    // The documented combinations: text; text, action, caption; all four; action, caption, image.
    const shape = ['text', 'image', 'action'].filter((key) => m[key] !== undefined).join('+');
    if (!['text', 'text+action', 'text+image+action', 'image+action'].includes(shape)) return reason('INVALID_CONTENT_COMBINATION', shape || 'none');
    if (typeof m.validity !== 'number' || m.validity < 15 || m.validity > 1_209_600) return reason('INVALID_VALIDITY', 'validity');
    if (typeof m.priority !== 'number' || m.priority < 0 || m.priority > 3) return reason('INVALID_PRIORITY', 'priority');
    return null;
  },
  '/vk/messages': (m) => {
    if (!INTERNATIONAL.test(String(m.to ?? ''))) return reason('INVALID_PHONE_NUMBER', 'to');
    if (m.templateId === undefined || m.templateId === null) return reason('TEMPLATE_NOT_FOUND', 'templateId');
    if (typeof m.templateData !== 'object' || m.templateData === null) return reason('INVALID_TEMPLATE_DATA', 'templateData');
    const routes = JSON.stringify(m.routes);
    if (!['["VK"]', '["OK"]', '["VK","OK"]', '["OK","VK"]'].includes(routes)) return reason('INVALID_ROUTES', 'routes');
    if (!['ANY', 'MOBILE_DEVICE_REQUIRED'].includes(String(m.deliveryPolicy))) return reason('INVALID_DELIVERY_POLICY', 'deliveryPolicy');
    if (typeof m.validity !== 'number' || m.validity < 15 || m.validity > 86_400) return reason('INVALID_VALIDITY', 'validity');
    return null;
  },
};

export async function startDevinoSink(apiKey: string) {
  const state = {
    received: [] as DevinoSms[],
    viber: [] as DevinoViber[],
    social: [] as DevinoSocial[],
    refused: [] as string[],
    rejected: new Set<string>(),
    failNext: 0,
  };
  const kept: Record<string, Array<unknown>> = { '/sms/messages': state.received, '/viber/messages': state.viber, '/vk/messages': state.social };
  const server = http.createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
    });
    request.on('end', () => {
      const reply = (status: number, json: unknown) => {
        response.writeHead(status, { 'content-type': 'application/json' });
        response.end(JSON.stringify(json));
      };
      const refuse = (status: number, why: string) => {
        state.refused.push(why);
        reply(status, { code: 'ERROR', description: why });
      };
      const path = request.url?.split('?')[0] ?? '';
      const check = CHECKS[path];
      if (request.method !== 'POST' || !check) return refuse(404, `path ${request.url}`);
      if (request.headers.authorization !== `Key ${apiKey}`) return reply(401, { code: 'UNAUTHORIZED', description: 'Invalid API key' });
      if (!String(request.headers['content-type']).startsWith('application/json')) return refuse(415, 'content-type');
      if (state.failNext > 0) {
        state.failNext -= 1;
        return reply(503, { code: 'UNAVAILABLE', description: 'Service temporarily unavailable' });
      }
      const { messages } = JSON.parse(body) as { messages?: Array<Record<string, unknown>> };
      if (!Array.isArray(messages) || messages.length === 0) return refuse(400, 'messages');
      const result = messages.map((message) => {
        const reasons = check(message) ?? (state.rejected.has(String(message.to)) ? { BLACKLISTED_PHONE_NUMBER: 'to' } : null);
        if (reasons) return { code: 'REJECTED', reasons };
        const assignedId = String(BigInt(`0x${randomUUID().replaceAll('-', '').slice(0, 15)}`));
        kept[path]?.push({ ...message, assignedId });
        return { code: 'OK', messageId: assignedId };
      });
      reply(200, { result });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return Object.assign(state, {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

/** configureProvider's input for Devino SMS through a sink: the approved sender DemoRetail. */
export function devinoSmsProvider(sink: { url: string }, apiKey: string) {
  return {
    name: 'Devino',
    kind: 'DEVINO_SMS' as const,
    settings: [
      { key: 'sender', value: 'DemoRetail' },
      { key: 'apiUrl', value: sink.url },
    ],
    credentials: [{ key: 'apiKey', value: apiKey }],
  };
}

/**
 * Calls a message's callback URL as Devino does on a status change: a POST of JSON naming its
 * messageId and status (and, for a failure, the reason). Answers the HTTP status the platform gave.
 */
export async function callBack(message: Taken, status: string, extra: Record<string, unknown> = {}, url = message.callbackUrl): Promise<number> {
  if (!url) throw new Error('the message named no callback URL');
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ messageId: message.assignedId, status, ts: new Date().toISOString(), ...extra }),
  });
  await response.arrayBuffer();
  return response.status;
}
