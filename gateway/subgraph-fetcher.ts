import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { getOperationAST, parse } from 'graphql';
import { CLIENT_IDLE_SOCKET_MS } from '../infra/http/keep-alive';
import { SubgraphResponse } from './subgraph-response';

type Fetcher = RemoteGraphQLDataSource['fetcher'];
type FetcherRequestInit = NonNullable<Parameters<Fetcher>[1]>;

/** Failures of a connection the server closed under the request (an idle socket it had just timed out). */
const DROPPED_CONNECTION_CODES = new Set(['ECONNRESET', 'EPIPE']);

function isDroppedConnection(error: unknown): boolean {
  return DROPPED_CONNECTION_CODES.has(String((error as { code?: unknown } | null)?.code));
}

/** Whether the body sent is a query: read-only, so safe to send twice. Mutations never are. */
export function isQueryBody(body: FetcherRequestInit['body']): boolean {
  try {
    const { query, operationName } = JSON.parse(String(body)) as { query: string; operationName?: string };
    return getOperationAST(parse(query), operationName)?.operation === 'query';
  } catch {
    return false;
  }
}

/**
 * How the gateway reaches subgraphs: keep-alive sockets given up after CLIENT_IDLE_SOCKET_MS idle
 * (or sooner when the server announces a shorter keep-alive), below the servers' keep-alive, so
 * the gateway does not write to a socket the server is closing. Apollo's default fetcher keeps
 * idle sockets forever, and a request sent as the server closes one is reset. Should a reset
 * happen anyway, a query is sent once more on a new socket; a mutation never is (it may have run).
 */
export function createSubgraphFetcher(idleSocketMs = CLIENT_IDLE_SOCKET_MS): Fetcher {
  const agents = {
    http: new HttpAgent({ keepAlive: true, timeout: idleSocketMs }),
    https: new HttpsAgent({ keepAlive: true, timeout: idleSocketMs }),
  };
  const send = (url: string, init: FetcherRequestInit) =>
    new Promise<SubgraphResponse>((resolve, reject) => {
      const secure = url.startsWith('https:');
      const request = (secure ? httpsRequest : httpRequest)(
        url,
        { method: init.method ?? 'GET', headers: init.headers, agent: secure ? agents.https : agents.http, signal: init.signal },
        (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('error', reject);
          response.on('end', () => {
            resolve(new SubgraphResponse(url, response.statusCode ?? 0, response.statusMessage ?? '', response.headers, Buffer.concat(chunks)));
          });
        },
      );
      request.on('error', reject);
      request.end(init.body);
    });
  return async (url, init = {}) => {
    try {
      return await send(url, init);
    } catch (error) {
      if (!isDroppedConnection(error) || !isQueryBody(init.body)) throw error;
      return send(url, init);
    }
  };
}
