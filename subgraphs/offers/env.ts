import { z } from 'zod';
import { baseEnvSchema } from '../../infra/config/env';

/** Settings of the offers subgraph (see the table in README.md). */
export const offersEnvSchema = baseEnvSchema.extend({
  OFFERS_PORT: z.coerce.number().int().min(0).default(4004),
  OFFERS_HOST: z.string().default('127.0.0.1'),
  MIGRATE_ON_START: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
});
