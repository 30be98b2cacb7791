import { z } from 'zod';
import { baseEnvSchema } from '../../infra/config/env';

/** Settings of the offers subgraph (see the table in README.md). */
export const offersEnvSchema = baseEnvSchema.extend({
  OFFERS_PORT: z.coerce.number().int().min(0).default(4004),
  OFFERS_HOST: z.string().default('127.0.0.1'),
  /** The ledger, pushed each snapshot of a company's live offers at once. */
  LEDGER_URL: z.string().url().default('http://127.0.0.1:4002/graphql'),
  AUDIENCE_REFRESH_MINUTES: z.coerce.number().int().min(1).max(10_080).default(60),
  RECEIPT_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  MIGRATE_ON_START: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
});
