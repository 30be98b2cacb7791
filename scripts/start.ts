/**
 * `npm start`: the whole platform in one process. Without DATABASE_URL an embedded PostgreSQL runs
 * from DATA_DIR (kept across restarts); migrations are applied, the subgraphs and the gateway start.
 * Ctrl-C or SIGTERM stops everything, the database too.
 */

import { gatewayEnvSchema, rateLimitsOf } from '../gateway/env';
import { startGateway } from '../gateway/gateway';
import { parseEnv, resolveSecrets } from '../infra/config/env';
import { startEmbeddedPostgres } from '../infra/db/embedded-postgres';
import type { PeerUrls } from '../infra/internal/peers';
import { createLogger } from '../infra/logging/logger';
import { runUntilSignal } from '../infra/process/lifecycle';
import { communicationsEnvSchema } from '../subgraphs/communications/env';
import { startCommunicationsSubgraph } from '../subgraphs/communications/server';
import { ledgerEnvSchema } from '../subgraphs/ledger/env';
import { startLedgerSubgraph } from '../subgraphs/ledger/server';
import { bootstrapSettings, codeRequestLimitsOf, membersEnvSchema } from '../subgraphs/members/env';
import { startMembersSubgraph } from '../subgraphs/members/server';
import { offersEnvSchema } from '../subgraphs/offers/env';
import { startOffersSubgraph } from '../subgraphs/offers/server';

// The ledger's schema has refinements, which zod lets only the last merge carry.
const env = parseEnv(gatewayEnvSchema.merge(membersEnvSchema).merge(communicationsEnvSchema).merge(offersEnvSchema).merge(ledgerEnvSchema));
const logger = createLogger('platform', env.LOG_LEVEL);

runUntilSignal('platform', logger, async (onStop) => {
  const production = env.NODE_ENV === 'production';
  const secrets = resolveSecrets(env, logger);
  let databaseUrl = env.DATABASE_URL;
  // The embedded server is for development and tests: one process, its files beside the app's, no backups.
  if (!databaseUrl && production) throw new Error('DATABASE_URL must be set in production: the embedded PostgreSQL is for development and tests');
  if (!databaseUrl) {
    const embedded = await startEmbeddedPostgres({ dataDir: env.DATA_DIR, port: env.EMBEDDED_PG_PORT, database: 'loyalty', logger });
    onStop('embedded PostgreSQL', embedded.stop);
    databaseUrl = embedded.url;
  }

  // Filled in as each subgraph listens (free ports): the members subgraph pushes its events to the
  // ledger, the ledger reads through to it on a miss, communications asks it where members are reached.
  const peers: PeerUrls = {};
  const bootstrap = bootstrapSettings(env);
  const members = await startMembersSubgraph({
    databaseUrl,
    // Inside one process the gateway is told the URL directly, so a free port avoids clashes.
    port: process.env.MEMBERS_PORT ? env.MEMBERS_PORT : 0,
    host: env.MEMBERS_HOST,
    secrets,
    logger: createLogger('members', env.LOG_LEVEL),
    production,
    migrate: env.MIGRATE_ON_START,
    bootstrap,
    codeRequestLimits: codeRequestLimitsOf(env),
    peers,
  });
  onStop('members subgraph', members.stop);
  peers.members = members.url;

  const ledger = await startLedgerSubgraph({
    databaseUrl,
    port: process.env.LEDGER_PORT ? env.LEDGER_PORT : 0,
    host: env.LEDGER_HOST,
    secrets,
    logger: createLogger('ledger', env.LOG_LEVEL),
    production,
    migrate: env.MIGRATE_ON_START,
    purchaseHoldMinutes: env.PURCHASE_HOLD_MINUTES,
    expiryWarningDays: env.EXPIRY_WARNING_DAYS,
    peers,
  });
  onStop('ledger subgraph', ledger.stop);
  peers.ledger = ledger.url;

  let gatewayUrl: string | undefined;
  const communications = await startCommunicationsSubgraph({
    databaseUrl,
    port: process.env.COMMUNICATIONS_PORT ? env.COMMUNICATIONS_PORT : 0,
    host: env.COMMUNICATIONS_HOST,
    secrets,
    logger: createLogger('communications', env.LOG_LEVEL),
    production,
    migrate: env.MIGRATE_ON_START,
    peers,
    claimLeaseMs: env.DELIVERY_LEASE_SECONDS * 1000,
    providerPrivateHosts: env.PROVIDER_PRIVATE_HOSTS,
    // Until it is set, development's callbacks come to the gateway started below.
    publicUrl: () => env.PUBLIC_URL ?? (production ? null : (gatewayUrl ?? null)),
  });
  onStop('communications subgraph', communications.stop);
  peers.communications = communications.url;

  const offers = await startOffersSubgraph({
    databaseUrl,
    port: process.env.OFFERS_PORT ? env.OFFERS_PORT : 0,
    host: env.OFFERS_HOST,
    secrets,
    logger: createLogger('offers', env.LOG_LEVEL),
    production,
    migrate: env.MIGRATE_ON_START,
    peers,
    audienceRefreshMinutes: env.AUDIENCE_REFRESH_MINUTES,
    receiptRetentionDays: env.RECEIPT_RETENTION_DAYS,
  });
  onStop('offers subgraph', offers.stop);
  peers.offers = offers.url;

  const gateway = await startGateway({
    port: env.PORT,
    host: env.HOST,
    secrets,
    logger: createLogger('gateway', env.LOG_LEVEL),
    production,
    subgraphUrls: { members: members.url, ledger: ledger.url, communications: communications.url, offers: offers.url },
    rateLimits: rateLimitsOf(env),
  });
  onStop('gateway', gateway.close);
  gatewayUrl = gateway.url;
  logger.info({ url: gateway.url }, `Loyalty platform ready: ${gateway.url}`);
  console.log(`\n  GraphQL endpoint: ${gateway.url}\n`);
});
