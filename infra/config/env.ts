import { z } from 'zod';

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
  /** While rotating PHONE_KEY_SECRET: the one before, still accepted until the ledger has re-keyed its phone look-ups. */
  PHONE_KEY_SECRET_PREVIOUS: z.string().min(32).optional(),
  /** Seals the codes events carry to the delivering side (infra/auth/code-sealing.ts); the same value for every subgraph. */
  CODE_DELIVERY_KEY: z.string().min(32).optional(),
  /** Seals the credentials of the message providers companies configure (communications subgraph). */
  CREDENTIALS_KEY: z.string().min(32).optional(),
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

export interface Secrets {
  tokenSecret: string;
  gatewaySigningSecret: string;
  phoneKeySecret: string;
  codeDeliveryKey: string;
  /** Seals the message providers' credentials where they are stored. */
  credentialsKey: string;
  /** The phone key secret before a rotation, accepted for look-ups until they are re-keyed. */
  previousPhoneKeySecret?: string;
}

export { resolveSecrets } from './secrets';
