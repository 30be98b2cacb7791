/** Runs the members subgraph alone: `npm run start:members` (see README for its settings). */
import { parseEnv, resolveSecrets } from '../../infra/config/env';
import { createLogger } from '../../infra/logging/logger';
import { runUntilSignal } from '../../infra/process/lifecycle';
import { bootstrapSettings, codeRequestLimitsOf, membersEnvSchema } from './env';
import { startMembersSubgraph } from './server';

const env = parseEnv(membersEnvSchema);
const logger = createLogger('members', env.LOG_LEVEL);

runUntilSignal('members', logger, async (onStop) => {
  if (!env.DATABASE_URL) throw new Error('DATABASE_URL must be set to run the members subgraph alone');
  const subgraph = await startMembersSubgraph({
    databaseUrl: env.DATABASE_URL,
    port: env.MEMBERS_PORT,
    host: env.MEMBERS_HOST,
    secrets: resolveSecrets(env, logger),
    logger,
    production: env.NODE_ENV === 'production',
    migrate: env.MIGRATE_ON_START,
    bootstrap: bootstrapSettings(env),
    codeRequestLimits: codeRequestLimitsOf(env),
    peers: { ledger: env.LEDGER_URL, communications: env.COMMUNICATIONS_URL, offers: env.OFFERS_URL },
  });
  onStop('members subgraph', subgraph.stop);
});
