/** Runs the ledger subgraph alone: `npm run start:ledger` (see README for its settings). */
import { parseEnv, resolveSecrets } from '../../infra/config/env';
import { createLogger } from '../../infra/logging/logger';
import { runUntilSignal } from '../../infra/process/lifecycle';
import { ledgerEnvSchema } from './env';
import { startLedgerSubgraph } from './server';

const env = parseEnv(ledgerEnvSchema);
const logger = createLogger('ledger', env.LOG_LEVEL);

runUntilSignal('ledger', logger, async (onStop) => {
  if (!env.DATABASE_URL) throw new Error('DATABASE_URL must be set to run the ledger subgraph alone');
  const subgraph = await startLedgerSubgraph({
    databaseUrl: env.DATABASE_URL,
    port: env.LEDGER_PORT,
    host: env.LEDGER_HOST,
    secrets: resolveSecrets(env, logger),
    logger,
    production: env.NODE_ENV === 'production',
    migrate: env.MIGRATE_ON_START,
    purchaseHoldMinutes: env.PURCHASE_HOLD_MINUTES,
    expiryWarningDays: env.EXPIRY_WARNING_DAYS,
    peers: { members: env.MEMBERS_URL, communications: env.COMMUNICATIONS_URL, offers: env.OFFERS_URL },
    unsafeNoIdempotency: env.LEDGER_UNSAFE_NO_IDEMPOTENCY,
  });
  onStop('ledger subgraph', subgraph.stop);
});
