import type pg from 'pg';
import type { Logger } from '../../../infra/logging/logger';
import type { CommunicationsPrisma } from '../data/prisma';
import type { AudienceMembersReader, MemberContactReader, MemberContactsReader, TextRegistrar } from './member-contacts';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface CommunicationsDeps {
  db: CommunicationsPrisma;
  /** The same database through plain `pg`, for what every message passes through (data/messages-store.ts). */
  sql: pg.Pool;
  clock: Clock;
  logger: Logger;
  /** Opens the codes events carry (infra/auth/code-sealing.ts): only at the moment of sending. */
  codeDeliveryKey: string;
  /** Opens the providers' credentials (CREDENTIALS_KEY). */
  credentialsKey: string;
  /** How long a claimed message stays claimed (a process that dies mid-send releases it after this). */
  claimLeaseMs: number;
  /** Production has no development inbox: a channel without a provider fails its messages. */
  production: boolean;
  /**
   * The platform's public address (PUBLIC_URL; in development the gateway's own), where providers
   * call back with statuses; null when there is none, and providers are then not asked to call.
   */
  publicUrl: () => string | null;
  /** In production, the private hosts a provider may still name (the operator's, not a company's, choice). */
  providerPrivateHosts: string[];
  /** Asks the members subgraph where and how a member is reached (by id, or by the phone a text came from). */
  memberContact: MemberContactReader;
  /** Asks the members subgraph to register whoever texted the registration keyword. */
  registerByText: TextRegistrar;
  /** Asks the members subgraph for many members' contacts (a mailing's recipients). */
  memberContacts: MemberContactsReader;
  /** Asks the offers subgraph for a target audience's members. */
  audienceMembers: AudienceMembersReader;
}
