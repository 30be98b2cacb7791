/** Runs the offers subgraph alone: `npm run start:offers` (see README for its settings). */
import { parseEnv, resolveSecrets } from '../../infra/config/env';
import { createLogger } from '../../infra/logging/logger';
import { runUntilSignal } from '../../infra/process/lifecycle';
import { offersEnvSchema } from './env';
import { startOffersSubgraph } from './server';

const env = parseEnv(offersEnvSchema);
const logger = createLogger('offers', env.LOG_LEVEL);

runUntilSignal('offers', logger, async (onStop) => {
  if (!env.DATABASE_URL) throw new Error('DATABASE_URL must be set to run the offers subgraph alone');
  const subgraph = await startOffersSubgraph({
    databaseUrl: env.DATABASE_URL,
    port: env.OFFERS_PORT,
    host: env.OFFERS_HOST,
    secrets: resolveSecrets(env, logger),
    logger,
    production: env.NODE_ENV === 'production',
    migrate: env.MIGRATE_ON_START,
    peers: { ledger: env.LEDGER_URL },
    audienceRefreshMinutes: env.AUDIENCE_REFRESH_MINUTES,
    receiptRetentionDays: env.RECEIPT_RETENTION_DAYS,
  });
  onStop('offers subgraph', subgraph.stop);
});
