import { z } from 'zod';
import { baseEnvSchema } from '../infra/config/env';

export const gatewayEnvSchema = baseEnvSchema.extend({
  PORT: z.coerce.number().int().min(0).default(4000),
  HOST: z.string().default('127.0.0.1'),
  MEMBERS_URL: z.string().url().default('http://127.0.0.1:4001/graphql'),
  LEDGER_URL: z.string().url().default('http://127.0.0.1:4002/graphql'),
  COMMUNICATIONS_URL: z.string().url().default('http://127.0.0.1:4003/graphql'),
  OFFERS_URL: z.string().url().default('http://127.0.0.1:4004/graphql'),
  /** Requests a second per signed-in caller (bursts of twice that), then HTTP 429. */
  RATE_LIMIT_PER_SECOND: z.coerce.number().positive().default(100),
  /** The same per address for anonymous callers (sign-in, code requests). */
  ANONYMOUS_RATE_LIMIT_PER_SECOND: z.coerce.number().positive().default(20),
});

/** The gateway's rate limits from its settings. */
export function rateLimitsOf(env: Pick<GatewayEnv, 'RATE_LIMIT_PER_SECOND' | 'ANONYMOUS_RATE_LIMIT_PER_SECOND'>) {
  return { signedInPerSecond: env.RATE_LIMIT_PER_SECOND, anonymousPerSecond: env.ANONYMOUS_RATE_LIMIT_PER_SECOND };
}

export type GatewayEnv = z.infer<typeof gatewayEnvSchema>;
