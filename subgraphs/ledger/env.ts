import { z } from 'zod';
import { baseEnvSchema } from '../../infra/config/env';

/** Settings of the ledger subgraph (see the table in README.md). */
export const ledgerEnvSchema = baseEnvSchema.extend({
  LEDGER_PORT: z.coerce.number().int().min(0).default(4002),
  LEDGER_HOST: z.string().default('127.0.0.1'),
  /** The members subgraph, asked for a member or card the ledger's view misses. */
  MEMBERS_URL: z.string().url().default('http://127.0.0.1:4001/graphql'),
  PURCHASE_HOLD_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
  EXPIRY_WARNING_DAYS: z.coerce.number().int().min(1).max(365).default(7),
  MIGRATE_ON_START: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
});
