import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback server shaped like Devino Telecom's SMS API (https://docs.devino.online/en/http/sms/):
 * POST /sms/messages with `Authorization: Key <key>` and a JSON body of messages, each checked for
 * what the documentation requires (an approved sender of up to 11 Latin letters or 15 digits, `to`
 * in international format without the plus, text, a known priority). A number in `rejected` is
 * answered REJECTED, as Devino answers one it cannot take; `failNext` answers 503 that many times.
 */
export interface DevinoSms {
  from: string;
  to: string;
  text: string;
  priority: string;
  options: Record<string, string>;
}

export async function startDevinoSink(apiKey: string) {
  const state = { received: [] as DevinoSms[], refused: [] as string[], rejected: new Set<string>(), failNext: 0 };
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
      if (request.method !== 'POST' || request.url?.split('?')[0] !== '/sms/messages') return refuse(404, `path ${request.url}`);
      if (request.headers.authorization !== `Key ${apiKey}`) return reply(401, { code: 'UNAUTHORIZED', description: 'Invalid API key' });
      if (!String(request.headers['content-type']).startsWith('application/json')) return refuse(415, 'content-type');
      if (state.failNext > 0) {
        state.failNext -= 1;
        return reply(503, { code: 'UNAVAILABLE', description: 'Service temporarily unavailable' });
      }
      const { messages } = JSON.parse(body) as { messages?: DevinoSms[] };
      if (!Array.isArray(messages) || messages.length === 0) return refuse(400, 'messages');
      const result = messages.map((message) => {
        if (!/^([A-Za-z0-9 .-]{1,11}|\d{1,15})$/.test(message.from ?? '')) return { code: 'REJECTED', reasons: { INVALID_SENDER: 'from' } };
        if (!/^\d{10,15}$/.test(message.to ?? '')) return { code: 'REJECTED', reasons: { INVALID_PHONE_NUMBER: 'to' } };
        if (!message.text) return { code: 'REJECTED', reasons: { EMPTY_TEXT: 'text' } };
        if (!['LOW', 'MEDIUM', 'HIGH', 'REALTIME'].includes(message.priority)) return { code: 'REJECTED', reasons: { INVALID_PRIORITY: 'priority' } };
        if (state.rejected.has(message.to)) return { code: 'REJECTED', reasons: { BLACKLISTED_PHONE_NUMBER: 'to' } };
        state.received.push(message);
        return { code: 'OK', messageId: String(BigInt(`0x${randomUUID().replaceAll('-', '').slice(0, 15)}`)) };
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
