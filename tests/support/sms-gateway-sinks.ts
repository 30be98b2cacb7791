import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Loopback servers shaped like two SMS gateways' HTTP APIs, each checking the fields its
 * documentation names (see the providers' clients for the pages) and answering statuses that a
 * test sets: `statuses.set(id, 'Delivered')`. Each counts the status questions it was asked.
 */
interface SinkState<T> {
  received: Array<T & { id: string }>;
  refused: string[];
  statuses: Map<string, string>;
  statusQuestions: number;
  failNext: number;
}

async function listen(handler: (request: http.IncomingMessage, body: string, response: http.ServerResponse) => void) {
  const server = http.createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk: string) => {
      body += chunk;
    });
    request.on('end', () => handler(request, body, response));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const SENDER = /^([A-Za-z0-9 .-]{1,11}|\d{1,15})$/;
const INTERNATIONAL = /^\d{10,15}$/;
let nextId = 7_000_000_000;

export interface SmsTrafficSms {
  phones: string;
  message: string;
  originator: string;
  rus: string;
  maxParts: string;
}

/** SMS Traffic: a form POSTed to /multi.php, XML answers. */
export async function startSmsTrafficSink(login: string, password: string) {
  const state: SinkState<SmsTrafficSms> = { received: [], refused: [], statuses: new Map(), statusQuestions: 0, failNext: 0 };
  const server = await listen((request, body, response) => {
    const xml = (status: number, inner: string) => {
      response.writeHead(status, { 'content-type': 'text/xml; charset=utf-8' });
      response.end(`<?xml version="1.0"?>\n<reply>${inner}</reply>`);
    };
    const error = (code: number, description: string) => {
      state.refused.push(description);
      xml(200, `<result>ERROR</result><code>${code}</code><description>${description}</description>`);
    };
    if (request.method !== 'POST' || request.url !== '/multi.php') return error(404, `path ${request.url}`);
    if (!String(request.headers['content-type']).startsWith('application/x-www-form-urlencoded')) return error(400, 'content-type');
    const form = new URLSearchParams(body);
    if (form.get('login') !== login || form.get('password') !== password) {
      return xml(200, '<result>ERROR</result><code>401</code><description>Wrong login or password</description>');
    }
    if (state.failNext > 0) {
      state.failNext -= 1;
      response.writeHead(502);
      return response.end('Bad gateway');
    }
    if (form.get('operation') === 'status') {
      state.statusQuestions += 1;
      const id = form.get('sms_id') ?? '';
      if (!state.received.some((sms) => sms.id === id)) return error(404, `no sms ${id}`);
      const status = state.statuses.get(id) ?? 'Buffered';
      const failed = status !== 'Delivered' && status !== 'Buffered';
      return xml(200, `<sms_id>${id}</sms_id><status>${status}</status><error>${failed ? 'Subscriber absent' : ''}</error>`);
    }
    const phones = form.get('phones') ?? '';
    const sms = {
      phones,
      message: form.get('message') ?? '',
      originator: form.get('originator') ?? '',
      rus: form.get('rus') ?? '',
      maxParts: form.get('max_parts') ?? '',
    };
    if (!INTERNATIONAL.test(phones)) return error(1000, 'phones: international format without the plus');
    if (!sms.message) return error(1001, 'message: empty');
    if (!SENDER.test(sms.originator)) return error(1002, 'originator');
    if (!['0', '1', '5'].includes(sms.rus)) return error(1003, 'rus');
    if (!/^\d+$/.test(sms.maxParts)) return error(1004, 'max_parts');
    if (form.get('want_sms_ids') !== '1') return error(1005, 'want_sms_ids');
    const id = String(nextId++);
    state.received.push({ ...sms, id });
    xml(
      200,
      `<result>OK</result><code>0</code><description>queued 1 messages</description><message_infos><message_info><phone>${phones}</phone><sms_id>${id}</sms_id></message_info></message_infos>`,
    );
  });
  return Object.assign(state, { url: `http://127.0.0.1:${server.port}/multi.php`, close: server.close });
}

export interface StreamTelecomSms {
  sadr: string;
  dadr: string;
  text: string;
}

/** Stream Telecom: GET /get/ with the fields in the query, plain-text answers. */
export async function startStreamTelecomSink(login: string, password: string) {
  const state: SinkState<StreamTelecomSms> = { received: [], refused: [], statuses: new Map(), statusQuestions: 0, failNext: 0 };
  const server = await listen((request, _body, response) => {
    const text = (status: number, answer: string) => {
      response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(answer);
    };
    const url = new URL(request.url ?? '/', 'http://sink');
    if (request.method !== 'GET' || url.pathname !== '/get/') {
      state.refused.push(`path ${request.url}`);
      return text(404, 'not found');
    }
    const query = url.searchParams;
    if (query.get('user') !== login || query.get('pwd') !== password) return text(200, 'Error: wrong login or password');
    if (state.failNext > 0) {
      state.failNext -= 1;
      return text(503, 'Service unavailable');
    }
    if (query.has('smsid')) {
      state.statusQuestions += 1;
      const id = query.get('smsid') ?? '';
      if (!state.received.some((sms) => sms.id === id)) return text(200, 'Error: unknown smsid');
      return text(200, state.statuses.get(id) ?? 'send');
    }
    const sms = { sadr: query.get('sadr') ?? '', dadr: query.get('dadr') ?? '', text: query.get('text') ?? '' };
    const problem = !SENDER.test(sms.sadr) ? 'sadr' : !INTERNATIONAL.test(sms.dadr) ? 'dadr' : !sms.text ? 'text' : null;
    if (problem) {
      state.refused.push(problem);
      return text(200, `Error: invalid ${problem}`);
    }
    const id = String(nextId++);
    state.received.push({ ...sms, id });
    text(200, id);
  });
  return Object.assign(state, { url: `http://127.0.0.1:${server.port}/get/`, close: server.close });
}
