import { z } from 'zod';
import { baseEnvSchema } from '../../infra/config/env';

/** Settings of the communications subgraph (see the table in README.md). */
export const communicationsEnvSchema = baseEnvSchema.extend({
  COMMUNICATIONS_PORT: z.coerce.number().int().min(0).default(4003),
  COMMUNICATIONS_HOST: z.string().default('127.0.0.1'),
  /** The members subgraph, asked where a member is reached. */
  MEMBERS_URL: z.string().url().default('http://127.0.0.1:4001/graphql'),
  /** The offers subgraph, asked for a mailing's target audience's members. */
  OFFERS_URL: z.string().url().default('http://127.0.0.1:4004/graphql'),
  /** How long a message being sent stays claimed: after a crash, others send it again once this is over. */
  DELIVERY_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /**
   * Hosts on the platform's own network that companies' providers may name in production (an SMSC
   * reached over a VPN, say), comma-separated; every other private address is refused.
   */
  PROVIDER_PRIVATE_HOSTS: z
    .string()
    .default('')
    .transform((value) =>
      value
        .split(',')
        .map((host) => host.trim().toLowerCase())
        .filter(Boolean),
    ),
  /**
   * The platform's public address (the gateway as providers reach it, https in production): providers
   * that report statuses by calling back (Devino) are given a URL under it. Unset in production: no callbacks.
   */
  PUBLIC_URL: z.url().optional(),
  MIGRATE_ON_START: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
});
