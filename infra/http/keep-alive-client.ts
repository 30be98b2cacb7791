import { Agent as HttpAgent, request as httpRequest, type IncomingHttpHeaders, type OutgoingHttpHeaders } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { CLIENT_IDLE_SOCKET_MS } from './keep-alive';

export interface HttpRequestInit {
  method?: string;
  headers?: OutgoingHttpHeaders;
  body?: string | Buffer;
  signal?: AbortSignal;
}

export interface HttpAnswer {
  status: number;
  statusMessage: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export type HttpSend = (url: string, init?: HttpRequestInit) => Promise<HttpAnswer>;

/**
 * Requests between the platform's processes over node:http with keep-alive sockets, given up after
 * `idleSocketMs` idle (below the servers' keep-alive: keep-alive.ts). `fetch` (undici's WHATWG
 * layer) cost the ledger about 0.7 ms of CPU per purchase for the two event pushes a purchase
 * makes (issue 10's profile); this is a fraction of that. The answer's body is read whole.
 */
export function createHttpClient(idleSocketMs = CLIENT_IDLE_SOCKET_MS): HttpSend {
  const agents = {
    http: new HttpAgent({ keepAlive: true, timeout: idleSocketMs }),
    https: new HttpsAgent({ keepAlive: true, timeout: idleSocketMs }),
  };
  return (url, init = {}) =>
    new Promise<HttpAnswer>((resolve, reject) => {
      const secure = url.startsWith('https:');
      const request = (secure ? httpsRequest : httpRequest)(
        url,
        { method: init.method ?? 'GET', headers: init.headers, agent: secure ? agents.https : agents.http, signal: init.signal },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () =>
            resolve({ status: response.statusCode ?? 0, statusMessage: response.statusMessage ?? '', headers: response.headers, body: Buffer.concat(chunks) }),
          );
        },
      );
      request.on('error', reject);
      request.end(init.body);
    });
}
