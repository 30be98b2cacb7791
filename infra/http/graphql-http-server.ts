import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import { REQUEST_ID_HEADER } from '../auth/identity-header';
import { INTERNAL_PATH_PREFIX, INTERNAL_SIGNATURE_HEADER, verifyInternalBody } from '../internal/internal-call';
import type { Logger } from '../logging/logger';
import { SERVER_HEADERS_TIMEOUT_MS, SERVER_KEEP_ALIVE_MS } from './keep-alive';

const MAX_BODY_BYTES = 2 * 1024 * 1024;
/** A request that took this long gets a log line (warn) whatever the level; others are logged at debug. */
const SLOW_REQUEST_MS = 1000;
/**
 * Past the limit the rest of a body is still read and dropped, up to this much, so that a client
 * still sending reads the 413 instead of a reset connection; beyond it the connection is cut.
 */
const MAX_DISCARDED_BYTES = 16 * 1024 * 1024;

/** Thrown while building a context to answer with an HTTP status instead of running the operation. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface RequestInfo {
  request: IncomingMessage;
  /** The parsed request body (the GraphQL operation of a POST). */
  body?: unknown;
  requestId: string;
  logger: Logger;
}

export interface GraphQLHttpServerOptions<TContext extends BaseContext> {
  apollo: ApolloServer<TContext>;
  logger: Logger;
  port: number;
  host?: string;
  buildContext(info: RequestInfo): Promise<TContext>;
  /** Throws when the process cannot serve (database unreachable, for example). */
  checkReady(): Promise<void>;
  /**
   * Other public routes: POSTs under a path prefix (the key), handed the rest of the path and the
   * body as sent (its text, read within the size limit); answered with the status and JSON the handler gives.
   */
  publicRoutes?: Record<string, (rest: string, body: string, info: RequestInfo) => Promise<{ status: number; body: unknown }>>;
  /** Calls from the platform's other processes under /internal/<route>, signed with `secret`. */
  internal?: { secret: string; routes: Record<string, (body: unknown) => Promise<unknown>> };
}

export interface RunningServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  response.end(JSON.stringify(body));
}

/** The request body as text; refused with 413 beyond MAX_BODY_BYTES (declared or sent). */
function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const refuse = () => {
      discardRest(request);
      reject(new HttpError(413, 'PAYLOAD_TOO_LARGE', `The request body is too large: at most ${MAX_BODY_BYTES / 1024 / 1024} MB`));
    };
    if (Number(request.headers['content-length']) > MAX_BODY_BYTES) return refuse();
    let size = 0;
    const chunks: Buffer[] = [];
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) return void chunks.push(chunk);
      request.off('data', onData).off('end', onEnd);
      chunks.length = 0;
      refuse();
    };
    const onEnd = () => resolve(Buffer.concat(chunks).toString('utf8'));
    request.on('data', onData).on('end', onEnd).on('error', reject);
  });
}

/**
 * Drops what is left of a refused body. Destroying the socket instead would reset the connection
 * under a client still sending, which then never sees the answer.
 */
function discardRest(request: IncomingMessage): void {
  let discarded = 0;
  request.on('data', (chunk: Buffer) => {
    discarded += chunk.length;
    if (discarded > MAX_DISCARDED_BYTES) request.socket.destroy();
  });
  request.resume();
}

function parseBody(text: string, contentType: string | undefined): unknown {
  if (!text) return undefined;
  if (!contentType?.includes('application/json')) return text;
  try {
    return JSON.parse(text);
  } catch {
    throw new HttpError(400, 'BAD_REQUEST', 'request body is not valid JSON');
  }
}

/**
 * A plain Node HTTP server around Apollo Server: `/graphql`, `/health` (the process is up) and
 * `/ready` (it can serve: dependencies answer). Every request carries a request id in its logs.
 */
export async function startGraphQLHttpServer<TContext extends BaseContext>(options: GraphQLHttpServerOptions<TContext>): Promise<RunningServer> {
  await options.apollo.start();

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const requestId = requestIdOf(request);
    const logger = options.logger.child({ requestId });
    if (url.pathname === '/health') return send(response, 200, { status: 'ok' });
    if (url.pathname === '/ready') {
      try {
        await options.checkReady();
        return send(response, 200, { status: 'ready' });
      } catch (error) {
        logger.warn({ err: error }, 'not ready');
        return send(response, 503, { status: 'unavailable' });
      }
    }
    if (url.pathname.startsWith(INTERNAL_PATH_PREFIX)) return handleInternal(request, response, url.pathname.slice(INTERNAL_PATH_PREFIX.length), logger);
    const publicRoute = Object.entries(options.publicRoutes ?? {}).find(([prefix]) => url.pathname.startsWith(prefix));
    if (publicRoute) return handlePublic(request, response, publicRoute, url.pathname, { request, requestId, logger });
    if (url.pathname !== '/graphql') return send(response, 404, { error: 'not found' });

    const started = process.hrtime.bigint();
    try {
      const headers = new HeaderMap();
      for (const [key, value] of Object.entries(request.headers)) {
        if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
      const body = parseBody(await readBody(request), request.headers['content-type']);
      // Built before Apollo runs so that a refused identity answers 401, not a GraphQL 500.
      const context = await options.buildContext({ request, body, requestId, logger });
      const result = await options.apollo.executeHTTPGraphQLRequest({
        httpGraphQLRequest: { method: request.method ?? 'GET', headers, search: url.search, body },
        context: async () => context,
      });
      const responseHeaders: Record<string, string> = { [REQUEST_ID_HEADER]: requestId };
      for (const [key, value] of result.headers) responseHeaders[key] = value;
      response.writeHead(result.status ?? 200, responseHeaders);
      if (result.body.kind === 'complete') {
        response.end(result.body.string);
      } else {
        for await (const chunk of result.body.asyncIterator) response.write(chunk);
        response.end();
      }
    } catch (error) {
      if (error instanceof HttpError) {
        const httpError = error;
        logger.warn({ code: httpError.code }, httpError.message);
        return send(
          response,
          httpError.status,
          { errors: [{ message: httpError.message, extensions: { code: httpError.code } }] },
          { [REQUEST_ID_HEADER]: requestId },
        );
      }
      logger.error({ err: error }, 'request failed');
      return send(response, 500, { errors: [{ message: 'internal error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] });
    } finally {
      // One line a request is for tracing (debug): at info it was a synchronous write per call on
      // the till's path. A slow one is worth a line at any level.
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (ms >= SLOW_REQUEST_MS) logger.warn({ status: response.statusCode, ms }, 'slow graphql request');
      else logger.debug({ status: response.statusCode, ms }, 'graphql request');
    }
  };

  type PublicRoute = [string, NonNullable<GraphQLHttpServerOptions<TContext>['publicRoutes']>[string]];
  const handlePublic = async (request: IncomingMessage, response: ServerResponse, [prefix, handler]: PublicRoute, path: string, info: RequestInfo) => {
    if (request.method !== 'POST') return send(response, 405, { error: 'method not allowed' }, { allow: 'POST' });
    try {
      const body = await readBody(request);
      const answer = await handler(path.slice(prefix.length), body, info);
      return send(response, answer.status, answer.body, { [REQUEST_ID_HEADER]: info.requestId });
    } catch (error) {
      if (error instanceof HttpError) return send(response, error.status, { error: error.message });
      info.logger.error({ err: error, route: prefix }, 'public route failed');
      return send(response, 500, { error: 'internal error' });
    }
  };

  /** An internal call: refused unless POSTed with a valid signature over its body. */
  const handleInternal = async (request: IncomingMessage, response: ServerResponse, route: string, logger: Logger): Promise<void> => {
    const handler = options.internal?.routes[route];
    if (!handler || request.method !== 'POST') return send(response, 404, { error: 'not found' });
    try {
      const text = await readBody(request);
      const signature = request.headers[INTERNAL_SIGNATURE_HEADER];
      if (!verifyInternalBody(typeof signature === 'string' ? signature : undefined, text, options.internal?.secret as string)) {
        logger.warn({ route }, 'internal call refused: bad signature');
        return send(response, 401, { error: 'unauthenticated' });
      }
      return send(response, 200, (await handler(parseBody(text, 'application/json'))) ?? {});
    } catch (error) {
      if (error instanceof HttpError) return send(response, error.status, { error: error.message });
      logger.error({ err: error, route }, 'internal call failed');
      return send(response, 500, { error: 'internal error' });
    }
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      options.logger.error({ err: error }, 'unhandled request failure');
      if (!response.headersSent) send(response, 500, { error: 'internal error' });
    });
  });
  server.keepAliveTimeout = SERVER_KEEP_ALIVE_MS;
  server.headersTimeout = SERVER_HEADERS_TIMEOUT_MS;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${displayHost(options.host ?? '127.0.0.1')}:${port}/graphql`,
    port,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await options.apollo.stop();
    },
  };
}

/** The caller's request id when it is a sane token (it ends up in logs), otherwise a new one. */
function requestIdOf(request: IncomingMessage): string {
  const given = request.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
}

function displayHost(host: string): string {
  return host === '0.0.0.0' || host === '::' ? 'localhost' : host;
}
