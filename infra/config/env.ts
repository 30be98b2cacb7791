import { z } from 'zod';
import type { Logger } from '../logging/logger';

/** Settings every process shares. Each entry point extends this with its own. */
export const baseEnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  DATABASE_URL: z.string().url().optional(),
  DATA_DIR: z.string().default('./.data'),
  EMBEDDED_PG_PORT: z.coerce.number().int().positive().default(54329),
  TOKEN_SECRET: z.string().min(32).optional(),
  GATEWAY_SIGNING_SECRET: z.string().min(32).optional(),
  /** Keys the phone hashes subgraphs share to find a member by phone; the same value for every subgraph. */
  PHONE_KEY_SECRET: z.string().min(32).optional(),
});

export type BaseEnv = z.infer<typeof baseEnvSchema>;

/** Parses the environment, failing with every problem listed rather than the first one. */
export function parseEnv<T extends z.ZodType>(schema: T, source: NodeJS.ProcessEnv = process.env): z.infer<T> {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}

const DEVELOPMENT_SECRETS = {
  TOKEN_SECRET: 'development-only-token-secret-do-not-use-in-production',
  GATEWAY_SIGNING_SECRET: 'development-only-gateway-signing-secret-not-for-production',
  PHONE_KEY_SECRET: 'development-only-phone-key-secret-not-for-production',
} as const;

export interface Secrets {
  tokenSecret: string;
  gatewaySigningSecret: string;
  phoneKeySecret: string;
}

/**
 * The secrets for tokens and the gateway's identity signature. Production must set them; elsewhere
 * a development default is used and announced, so nobody mistakes it for a real deployment.
 */
export function resolveSecrets(env: BaseEnv, logger: Logger): Secrets {
  const pick = (name: keyof typeof DEVELOPMENT_SECRETS): string => {
    const value = env[name];
    if (value) return value;
    if (env.NODE_ENV === 'production') throw new Error(`${name} must be set in production`);
    logger.warn({ setting: name }, `${name} is not set: using the development default (never in production)`);
    return DEVELOPMENT_SECRETS[name];
  };
  return { tokenSecret: pick('TOKEN_SECRET'), gatewaySigningSecret: pick('GATEWAY_SIGNING_SECRET'), phoneKeySecret: pick('PHONE_KEY_SECRET') };
}
