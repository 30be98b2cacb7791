import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { actorOf, type Identity } from '../infra/auth/identity';
import { REQUEST_ID_HEADER, signIdentity } from '../infra/auth/identity-header';
import { createTokenVerifier, type SessionIdentity } from '../infra/auth/tokens';
import type { Secrets } from '../infra/config/env';
import { createErrorFormatter } from '../infra/graphql/format-error';
import { HttpError, type RequestInfo, type RunningServer, startGraphQLHttpServer } from '../infra/http/graphql-http-server';
import { PROVIDER_CALLBACKS_PATH } from '../infra/internal/provider-callbacks';
import type { Logger } from '../infra/logging/logger';
import { PROJECT_ROOT } from '../infra/process/project-root';
import { nulProblem, OPERATION_LIMITS, operationProtection, tooManyTokens } from './protection';
import { forwardProviderCallbacks } from './provider-callbacks';
import { createRateLimiter } from './rate-limit';
import { installScalarParsers } from './scalar-parsers';
import { type SessionGuard, startSessionGuard } from './session-guard';
import { SubgraphDataSource } from './subgraph-data-source';
import { createSubgraphFetcher } from './subgraph-fetcher';

export const SUPERGRAPH_PATH = path.join(PROJECT_ROOT, 'schema', 'supergraph.graphql');

interface GatewayContext {
  identity: Identity;
  requestId: string;
  clientAddress: string;
}

export interface GatewayOptions {
  port: number;
  host?: string;
  secrets: Secrets;
  logger: Logger;
  production: boolean;
  /** Subgraph name → URL; overrides the URLs written into the supergraph at composition. */
  subgraphUrls: Record<string, string>;
  /** Requests a second per signed-in caller, and per address for anonymous ones (bursts of twice that). */
  rateLimits?: { signedInPerSecond: number; anonymousPerSecond: number };
}

export const DEFAULT_RATE_LIMITS = { signedInPerSecond: 100, anonymousPerSecond: 20 };

/**
 * The address the caller reached the gateway from. The socket's, not X-Forwarded-For: the header
 * is the caller's to write unless a trusted proxy sets it, and none is configured.
 */
function clientAddressOf(info: RequestInfo): string {
  return info.request.socket.remoteAddress ?? 'unknown';
}

/** Who a rate limit counts against: the signed-in principal, or the address of an anonymous caller. */
function callerKey(identity: Identity, clientAddress: string): string {
  const actor = actorOf(identity);
  return actor.id ? `${actor.kind}:${actor.id}` : `address:${clientAddress}`;
}

/**
 * The identity a bearer token proves; a bad token, or one whose session was ended, is refused; no
 * token means anonymous.
 */
async function authenticate(info: RequestInfo, verifyToken: (token: string) => SessionIdentity | null, sessions: SessionGuard): Promise<Identity> {
  const header = info.request.headers.authorization;
  if (!header) return { kind: 'anonymous' };
  const match = /^Bearer\s+(.+)$/i.exec(header);
  const identity = match?.[1] ? verifyToken(match[1]) : null;
  if (!identity) throw new HttpError(401, 'UNAUTHENTICATED', 'Invalid or expired token');
  let live: boolean;
  try {
    live = await sessions.isLive(identity.sessionId);
  } catch {
    throw new HttpError(503, 'SERVICE_UNAVAILABLE', 'Cannot check the session now; retry shortly');
  }
  if (!live) throw new HttpError(401, 'UNAUTHENTICATED', 'The session is over: sign in again');
  return identity;
}

/**
 * The Apollo Gateway: serves the supergraph composed at build time, authenticates callers and
 * forwards their identity to subgraphs in a signed header, with the request id for the logs.
 */
export async function startGateway(options: GatewayOptions): Promise<RunningServer> {
  const subgraphUrls = options.subgraphUrls;
  const fetcher = createSubgraphFetcher();
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(SUPERGRAPH_PATH, 'utf8'),
    buildService: ({ name, url }) =>
      new SubgraphDataSource<GatewayContext>({
        url: subgraphUrls[name] ?? url,
        fetcher,
        willSendRequest({ request, context }) {
          if (!context.requestId) return; // Gateway-internal requests carry no caller.
          const operation = { query: request.query, variables: request.variables };
          const secret = options.secrets.gatewaySigningSecret;
          const headers = signIdentity(context.identity, context.requestId, secret, operation, Date.now(), context.clientAddress);
          for (const [key, value] of Object.entries(headers)) request.http?.headers.set(key, value);
          request.http?.headers.set(REQUEST_ID_HEADER, context.requestId);
        },
      }),
  });
  gateway.onSchemaLoadOrUpdate(({ apiSchema }) => installScalarParsers(apiSchema));
  const protection = operationProtection(options.production);
  const limits = options.rateLimits ?? DEFAULT_RATE_LIMITS;
  const signedInLimiter = createRateLimiter(limits.signedInPerSecond);
  const anonymousLimiter = createRateLimiter(limits.anonymousPerSecond);
  if (!subgraphUrls.members) throw new Error('The gateway needs the members subgraph’s URL: it checks sessions there');
  const sessions = startSessionGuard({
    membersUrl: subgraphUrls.members,
    secret: options.secrets.gatewaySigningSecret,
    logger: options.logger,
  });
  const verifyToken = createTokenVerifier(options.secrets.tokenSecret);
  const admit = async (info: RequestInfo): Promise<GatewayContext> => {
    if (tooManyTokens((info.body as { query?: unknown } | undefined)?.query)) {
      throw new HttpError(400, 'TOO_MANY_TOKENS', `The document is too long: at most ${OPERATION_LIMITS.maxTokens} tokens`);
    }
    const nul = nulProblem(info.body);
    if (nul) throw new HttpError(400, 'BAD_USER_INPUT', nul);
    const identity = await authenticate(info, verifyToken, sessions);
    const clientAddress = clientAddressOf(info);
    const limiter = identity.kind === 'anonymous' ? anonymousLimiter : signedInLimiter;
    if (!limiter.take(callerKey(identity, clientAddress))) throw new HttpError(429, 'RATE_LIMITED', 'Too many requests: slow down and retry in a second');
    return { identity, requestId: info.requestId, clientAddress };
  };
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    // No HTTP caching of GraphQL answers: cache hints are not worked out per request.
    plugins: [...protection.plugins, ApolloServerPluginCacheControlDisabled()],
    validationRules: protection.validationRules,
    introspection: !options.production,
    // The process lifecycle (infra/process) stops servers in order; Apollo must not race it.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !options.production,
    formatError: createErrorFormatter(options.logger, options.production),
  });
  const server = await startGraphQLHttpServer<GatewayContext>({
    apollo,
    logger: options.logger,
    port: options.port,
    host: options.host,
    buildContext: async (info) => admit(info),
    publicRoutes: { [PROVIDER_CALLBACKS_PATH]: forwardProviderCallbacks(subgraphUrls.communications, options.secrets.gatewaySigningSecret) },
    checkReady: async () => {
      await Promise.all(
        Object.values(subgraphUrls).map(async (url) => {
          const response = await fetch(new URL('/ready', url));
          if (!response.ok) throw new Error(`${url} is not ready`);
        }),
      );
    },
  });
  options.logger.info({ url: server.url }, 'gateway listening');
  return {
    ...server,
    async close() {
      sessions.stop();
      await server.close();
    },
  };
}
