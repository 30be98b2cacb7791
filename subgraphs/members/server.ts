import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import type { Secrets } from '../../infra/config/env';
import { applyMigrations } from '../../infra/db/migrate';
import { createSchemaPool, type QueryCounter } from '../../infra/db/pool';
import { createErrorFormatter } from '../../infra/graphql/format-error';
import { startGraphQLHttpServer } from '../../infra/http/graphql-http-server';
import { identityFromGateway } from '../../infra/http/subgraph-context';
import type { Logger } from '../../infra/logging/logger';
import { consumeEvents, type EventBus, startEventBus } from '../../infra/outbox/event-bus';
import { OutboxDispatcher } from '../../infra/outbox/outbox-dispatcher';
import type { MembersContext } from './context';
import { createMembersLoaders } from './data/loaders';
import { createMembersPrisma, MEMBERS_SCHEMA } from './data/prisma';
import { membersSchema } from './schema';
import { createMembersServices } from './services';
import { type Clock, systemClock } from './services/deps';

export interface MembersSubgraphOptions {
  databaseUrl: string;
  port: number;
  host?: string;
  secrets: Secrets;
  logger: Logger;
  production: boolean;
  migrate?: boolean;
  bootstrap?: { companyName: string; adminEmail: string; adminPassword: string } | null;
  /** Runs the outbox dispatcher and event consumers (pg-boss). */
  events?: boolean;
  /** Development only: write one-time codes to the log until the communications subgraph delivers them. */
  logVerificationCodes?: boolean;
  clock?: Clock;
  queryCounter?: QueryCounter;
}

export interface RunningMembersSubgraph {
  url: string;
  services: ReturnType<typeof createMembersServices>;
  stop(): Promise<void>;
}

const TOKEN_TTL = { operator: 12 * 3600, member: 30 * 24 * 3600, terminal: 24 * 3600 };

/** Starts the members subgraph: migrations, bootstrap, HTTP server, outbox dispatcher. */
export async function startMembersSubgraph(options: MembersSubgraphOptions): Promise<RunningMembersSubgraph> {
  const logger = options.logger;
  if (options.migrate !== false) {
    await applyMigrations('members', options.databaseUrl);
    logger.info('members migrations applied');
  }
  const pool = createSchemaPool(options.databaseUrl, MEMBERS_SCHEMA, {
    max: 20,
    counter: options.queryCounter,
    onIdleError: (error) => logger.warn({ err: error }, 'idle database connection lost'),
  });
  const db = createMembersPrisma(pool);
  const services = createMembersServices({
    db,
    clock: options.clock ?? systemClock,
    logger,
    tokenSecret: options.secrets.tokenSecret,
    tokenTtl: TOKEN_TTL,
  });

  if (options.bootstrap && (await services.auth.bootstrap(options.bootstrap))) {
    logger.info({ company: options.bootstrap.companyName, adminEmail: options.bootstrap.adminEmail }, 'created the first company and administrator');
  }

  let bus: EventBus | null = null;
  let dispatcher: OutboxDispatcher | null = null;
  if (options.events !== false) {
    bus = await startEventBus(options.databaseUrl, logger);
    dispatcher = new OutboxDispatcher({ pool, schema: MEMBERS_SCHEMA, boss: bus, logger });
    if (options.logVerificationCodes) {
      await consumeEvents(bus, 'members.dev-code-log', ['verification.code_requested'], async (event) => {
        logger.warn(
          { destination: event.payload.destination, code: event.payload.code, purpose: event.payload.purpose },
          'DEVELOPMENT: one-time code (not sent)',
        );
      });
    }
    await dispatcher.start();
  }

  const apollo = new ApolloServer<MembersContext>({
    schema: membersSchema,
    introspection: !options.production,
    // The process lifecycle (infra/process) stops servers in order; Apollo must not race it.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !options.production,
    formatError: createErrorFormatter(logger, options.production),
    // Traces are for Apollo's hosted studio, which this platform does not report to.
    plugins: [ApolloServerPluginInlineTraceDisabled()],
  });
  const http = await startGraphQLHttpServer<MembersContext>({
    apollo,
    logger,
    port: options.port,
    host: options.host,
    buildContext: async (info) => ({
      identity: identityFromGateway(info, options.secrets.gatewaySigningSecret),
      requestId: info.requestId,
      logger: info.logger,
      db,
      loaders: createMembersLoaders(db),
      services,
    }),
    checkReady: async () => {
      await pool.query('SELECT 1');
    },
  });
  logger.info({ url: http.url }, 'members subgraph listening');

  return {
    url: http.url,
    services,
    async stop() {
      await http.close();
      await dispatcher?.stop();
      await bus?.stop({ graceful: true, wait: true, timeout: 5000 });
      await db.$disconnect();
      await pool.end();
    },
  };
}
