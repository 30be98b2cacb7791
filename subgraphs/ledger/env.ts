import { z } from 'zod';
import { baseEnvSchema } from '../../infra/config/env';

/** Settings of the ledger subgraph (see the table in README.md). */
export const ledgerEnvSchema = baseEnvSchema
  .extend({
    LEDGER_PORT: z.coerce.number().int().min(0).default(4002),
    LEDGER_HOST: z.string().default('127.0.0.1'),
    /** The members subgraph, asked for a member or card the ledger's view misses. */
    MEMBERS_URL: z.string().url().default('http://127.0.0.1:4001/graphql'),
    /** The communications subgraph, which gets the ledger's events pushed at once (a till's code leaves without waiting for its queue). */
    COMMUNICATIONS_URL: z.string().url().default('http://127.0.0.1:4003/graphql'),
    /** The offers subgraph, pushed confirmed receipts at once (audiences by purchases); unset: its queue brings them. */
    OFFERS_URL: z.string().url().optional(),
    PURCHASE_HOLD_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
    EXPIRY_WARNING_DAYS: z.coerce.number().int().min(1).max(365).default(7),
    /**
     * The fault run's proof that its checker sees double applications: switches idempotency keys off.
     * Refused in production.
     */
    LEDGER_UNSAFE_NO_IDEMPOTENCY: z
      .enum(['true', 'false'])
      .default('false')
      .transform((value) => value === 'true'),
    MIGRATE_ON_START: z
      .enum(['true', 'false'])
      .default('true')
      .transform((value) => value === 'true'),
  })
  .refine((env) => !(env.LEDGER_UNSAFE_NO_IDEMPOTENCY && env.NODE_ENV === 'production'), {
    message: 'LEDGER_UNSAFE_NO_IDEMPOTENCY is for the fault run only, never in production',
    path: ['LEDGER_UNSAFE_NO_IDEMPOTENCY'],
  });
