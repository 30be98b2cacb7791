/** Runs the communications subgraph alone: `npm run start:communications` (see README for its settings). */
import { parseEnv, resolveSecrets } from '../../infra/config/env';
import { createLogger } from '../../infra/logging/logger';
import { runUntilSignal } from '../../infra/process/lifecycle';
import { communicationsEnvSchema } from './env';
import { startCommunicationsSubgraph } from './server';

const env = parseEnv(communicationsEnvSchema);
const logger = createLogger('communications', env.LOG_LEVEL);

runUntilSignal('communications', logger, async (onStop) => {
  if (!env.DATABASE_URL) throw new Error('DATABASE_URL must be set to run the communications subgraph alone');
  const subgraph = await startCommunicationsSubgraph({
    databaseUrl: env.DATABASE_URL,
    port: env.COMMUNICATIONS_PORT,
    host: env.COMMUNICATIONS_HOST,
    secrets: resolveSecrets(env, logger),
    logger,
    production: env.NODE_ENV === 'production',
    migrate: env.MIGRATE_ON_START,
    peers: { members: env.MEMBERS_URL, offers: env.OFFERS_URL },
    claimLeaseMs: env.DELIVERY_LEASE_SECONDS * 1000,
    providerPrivateHosts: env.PROVIDER_PRIVATE_HOSTS,
    publicUrl: () => env.PUBLIC_URL ?? null,
  });
  onStop('communications subgraph', subgraph.stop);
});
