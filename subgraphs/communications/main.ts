/** Runs the communications subgraph alone: `npm run start:communications` (see README for its settings). */
import { parseEnv, resolveSecrets } from '../../infra/config/env';
import { createLogger } from '../../infra/logging/logger';
import { boundHeapGrowth } from '../../infra/process/heap-growth';
import { runUntilSignal } from '../../infra/process/lifecycle';
import { communicationsEnvSchema } from './env';
import { startCommunicationsSubgraph } from './server';

// A mailing's sends leave garbage V8 let pile up to a peak that grew with the mailing (100,000
// recipients 1.05–1.51 times 10,000's); growing by half between full collections: 1.09 (issue 12).
boundHeapGrowth(50);

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
