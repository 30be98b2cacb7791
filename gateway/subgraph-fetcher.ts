import type { OutgoingHttpHeaders } from 'node:http';
import type { RemoteGraphQLDataSource } from '@apollo/gateway';
import { getOperationAST, parse } from 'graphql';
import { CLIENT_IDLE_SOCKET_MS } from '../infra/http/keep-alive';
import { createHttpClient } from '../infra/http/keep-alive-client';
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
  const http = createHttpClient(idleSocketMs);
  const send = async (url: string, init: FetcherRequestInit) => {
    const answer = await http(url, {
      method: init.method,
      headers: init.headers as OutgoingHttpHeaders | undefined,
      body: init.body as string | undefined,
      signal: init.signal as AbortSignal | undefined,
    });
    return new SubgraphResponse(url, answer.status, answer.statusMessage, answer.headers, answer.body);
  };
  return async (url, init = {}) => {
    try {
      return await send(url, init);
    } catch (error) {
      if (!isDroppedConnection(error) || !isQueryBody(init.body)) throw error;
      return send(url, init);
    }
  };
}
