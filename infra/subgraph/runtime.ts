import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type pg from 'pg';
import type { Identity } from '../auth/identity';
import type { Secrets } from '../config/env';
import { applyMigrations } from '../db/migrate';
import { createSchemaPool, type QueryCounter } from '../db/pool';
import { createErrorFormatter } from '../graphql/format-error';
import { type RunningServer, startGraphQLHttpServer } from '../http/graphql-http-server';
import { callerFromGateway } from '../http/subgraph-context';
import type { Logger } from '../logging/logger';
import { type EventBus, startEventBus } from '../outbox/event-bus';
import { OutboxDispatcher } from '../outbox/outbox-dispatcher';

/** The start-up pieces every subgraph shares; each subgraph's server.ts wires its own parts between them. */

export interface SubgraphDatabaseOptions {
  /** The subgraph's name, which is also its PostgreSQL schema and its folder under prisma/. */
  name: string;
  databaseUrl: string;
  logger: Logger;
  migrate?: boolean;
  queryCounter?: QueryCounter;
  maxConnections?: number;
}

/** Applies pending migrations (unless told not to) and opens a pool on the subgraph's schema. */
export async function openSubgraphDatabase(options: SubgraphDatabaseOptions): Promise<pg.Pool> {
  if (options.migrate !== false) {
    await applyMigrations(options.name, options.databaseUrl);
    options.logger.info(`${options.name} migrations applied`);
  }
  return createSchemaPool(options.databaseUrl, options.name, {
    max: options.maxConnections ?? 20,
    counter: options.queryCounter,
    onIdleError: (error) => options.logger.warn({ err: error }, 'idle database connection lost'),
  });
}

export interface SubgraphEvents {
  bus: EventBus;
  /** Dispatches the outbox once consumers are registered. */
  start(): Promise<void>;
  /** Dispatches (and pushes) what is committed in the outbox now; resolves when done or after a bound. */
  flush(): Promise<void>;
  stop(): Promise<void>;
}

/** How long a request waits for its events to reach the views before answering anyway. */
const FLUSH_BOUND_MS = 2000;

/**
 * The event bus and the outbox dispatcher for the subgraph's own outbox table. `pushTo` lists the
 * internal event routes of subgraphs that keep a view of this one's entities: they get each event
 * at once, so a write here is usable in the next call there (read-your-writes).
 */
export async function openSubgraphEvents(
  name: string,
  databaseUrl: string,
  pool: pg.Pool,
  logger: Logger,
  pushTo?: { urls(): string[]; secret: string },
): Promise<SubgraphEvents> {
  const bus = await startEventBus(databaseUrl, logger);
  const dispatcher = new OutboxDispatcher({ pool, schema: name, boss: bus, logger, push: pushTo });
  return {
    bus,
    start: () => dispatcher.start(),
    async flush() {
      let bound: NodeJS.Timeout | undefined;
      const late = new Promise<void>((resolve) => {
        bound = setTimeout(resolve, FLUSH_BOUND_MS);
      });
      await Promise.race([dispatcher.kick(), late]);
      clearTimeout(bound);
    },
    async stop() {
      await dispatcher.stop();
      await bus.stop({ graceful: true, wait: true, timeout: 5000 });
    },
  };
}

export interface RequestBase {
  identity: Identity;
  /** The address the caller reached the gateway from; null when the gateway did not say. */
  clientAddress: string | null;
  requestId: string;
  logger: Logger;
}

export interface ServeSubgraphOptions<TContext extends RequestBase> {
  name: string;
  schema: GraphQLSchema;
  port: number;
  host?: string;
  secrets: Secrets;
  logger: Logger;
  production: boolean;
  pool: pg.Pool;
  /** Adds the subgraph's own per-request parts (fresh DataLoaders every request). */
  context(base: RequestBase): TContext;
  /** Internal routes (under /internal/) the platform's other processes call, signed. */
  internalRoutes?: Record<string, (body: unknown) => Promise<unknown>>;
}

/** Serves the subgraph over HTTP, refusing any request without the gateway's signed identity. */
export async function serveSubgraph<TContext extends RequestBase>(options: ServeSubgraphOptions<TContext>): Promise<RunningServer> {
  const apollo = new ApolloServer<TContext>({
    schema: options.schema,
    introspection: !options.production,
    // The process lifecycle (infra/process) stops servers in order; Apollo must not race it.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !options.production,
    formatError: createErrorFormatter(options.logger, options.production),
    // Traces are for Apollo's hosted studio, which this platform does not report to. Cache hints
    // are for HTTP caches of GET queries, which it does not serve; the plugin wrapped every field's
    // resolver to collect them (about 5 % of the ledger's CPU at the till, issue 10's profile).
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginCacheControlDisabled()],
  });
  const http = await startGraphQLHttpServer<TContext>({
    apollo,
    logger: options.logger,
    port: options.port,
    host: options.host,
    buildContext: async (info) =>
      options.context({
        ...callerFromGateway(info, options.secrets.gatewaySigningSecret),
        requestId: info.requestId,
        logger: info.logger,
      }),
    checkReady: async () => {
      await options.pool.query('SELECT 1');
    },
    internal: options.internalRoutes ? { secret: options.secrets.gatewaySigningSecret, routes: options.internalRoutes } : undefined,
  });
  options.logger.info({ url: http.url }, `${options.name} subgraph listening`);
  return http;
}

/** Options every subgraph's start function takes. */
export interface SubgraphOptions {
  databaseUrl: string;
  port: number;
  host?: string;
  secrets: Secrets;
  logger: Logger;
  production: boolean;
  migrate?: boolean;
  /** Runs the outbox dispatcher and event consumers (pg-boss). */
  events?: boolean;
  queryCounter?: QueryCounter;
}
