import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { baseEnvSchema } from '../../infra/config/env';
import { type CodeRequestLimits, DEFAULT_CODE_REQUEST_LIMITS } from './domain/code-request-limits';

/** Settings of the members subgraph (see the table in README.md). */
export const membersEnvSchema = baseEnvSchema.extend({
  MEMBERS_PORT: z.coerce.number().int().min(0).default(4001),
  MEMBERS_HOST: z.string().default('127.0.0.1'),
  /** The ledger, which gets members' events pushed at once (read-your-writes at the till). */
  LEDGER_URL: z.string().url().default('http://127.0.0.1:4002/graphql'),
  /** The communications subgraph, which gets members' events pushed at once (codes leave without waiting for its queue). */
  COMMUNICATIONS_URL: z.string().url().default('http://127.0.0.1:4003/graphql'),
  /** The offers subgraph, pushed members' events at once (audiences follow what members do); unset: its queue brings them. */
  OFFERS_URL: z.string().url().optional(),
  MIGRATE_ON_START: z
    .enum(['true', 'false'])
    .default('true')
    .transform((value) => value === 'true'),
  BOOTSTRAP_COMPANY_NAME: z.string().min(1).optional(),
  BOOTSTRAP_ADMIN_EMAIL: z.string().optional(),
  BOOTSTRAP_ADMIN_PASSWORD: z.string().optional(),
  /** Code requests (SMS) a minute for one company, from all callers together. */
  CODE_REQUESTS_PER_MINUTE_PER_COMPANY: z.coerce.number().int().positive().default(DEFAULT_CODE_REQUEST_LIMITS.perCompanyPerMinute),
  /** Code requests a minute from one client address (an IPv6 /64). */
  CODE_REQUESTS_PER_MINUTE_PER_ADDRESS: z.coerce.number().int().positive().default(DEFAULT_CODE_REQUEST_LIMITS.perAddressPerMinute),
});

export type MembersEnv = z.infer<typeof membersEnvSchema>;

const DEVELOPMENT_BOOTSTRAP = { companyName: 'Demo Retail', adminEmail: 'admin@example.com' };

/** A strong random password (letters and digits), for a first administrator nobody configured. */
function generatedPassword(): string {
  return `${randomBytes(12).toString('base64url').replace(/[-_]/g, 'x')}7a`;
}

/**
 * The first company and administrator: required in production. Elsewhere a missing password is
 * generated at random (printed once, when the administrator is created, and to be changed at the
 * first sign-in): no usable password ever ships in the source.
 */
export function bootstrapSettings(env: MembersEnv) {
  const given = {
    companyName: env.BOOTSTRAP_COMPANY_NAME,
    adminEmail: env.BOOTSTRAP_ADMIN_EMAIL,
    adminPassword: env.BOOTSTRAP_ADMIN_PASSWORD,
  };
  if (env.NODE_ENV === 'production' && (!given.companyName || !given.adminEmail || !given.adminPassword)) {
    throw new Error('BOOTSTRAP_COMPANY_NAME, BOOTSTRAP_ADMIN_EMAIL and BOOTSTRAP_ADMIN_PASSWORD must be set in production');
  }
  return {
    companyName: given.companyName ?? DEVELOPMENT_BOOTSTRAP.companyName,
    adminEmail: given.adminEmail ?? DEVELOPMENT_BOOTSTRAP.adminEmail,
    adminPassword: given.adminPassword ?? generatedPassword(),
    passwordGenerated: !given.adminPassword,
  };
}

/** The caps on anonymous code requests from the settings. */
export function codeRequestLimitsOf(env: MembersEnv): CodeRequestLimits {
  return { perCompanyPerMinute: env.CODE_REQUESTS_PER_MINUTE_PER_COMPANY, perAddressPerMinute: env.CODE_REQUESTS_PER_MINUTE_PER_ADDRESS };
}
