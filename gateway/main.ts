/** Runs the gateway alone: `npm run start:gateway` (subgraph URLs from the environment). */
import { parseEnv, resolveSecrets } from '../infra/config/env';
import { createLogger } from '../infra/logging/logger';
import { runUntilSignal } from '../infra/process/lifecycle';
import { gatewayEnvSchema, rateLimitsOf } from './env';
import { startGateway } from './gateway';

const env = parseEnv(gatewayEnvSchema);
const logger = createLogger('gateway', env.LOG_LEVEL);

runUntilSignal('gateway', logger, async (onStop) => {
  const gateway = await startGateway({
    port: env.PORT,
    host: env.HOST,
    secrets: resolveSecrets(env, logger),
    logger,
    production: env.NODE_ENV === 'production',
    subgraphUrls: { members: env.MEMBERS_URL, ledger: env.LEDGER_URL, communications: env.COMMUNICATIONS_URL, offers: env.OFFERS_URL },
    rateLimits: rateLimitsOf(env),
  });
  onStop('gateway', gateway.close);
});
