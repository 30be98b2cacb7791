import type pg from 'pg';
import type { Logger } from '../../../infra/logging/logger';
import type { LedgerPrisma, LedgerSql } from '../data/prisma';
import type { LookupMissReporter } from './lookup-miss-reporter';
import type { MemberViewReader } from './member-view-reader';
import type { LedgerSettings } from './settings-cache';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface LedgerDeps {
  db: LedgerPrisma;
  /** The same database through plain pg: the till's hot calls run their transactions here (runOnceInSql). */
  pool: pg.Pool;
  /** Raw SQL outside a transaction over `pool` (the till's reads before and after its transaction). */
  sql: LedgerSql;
  /** Currencies, limits and point-of-sale settings as the till reads them, kept until a change is signalled. */
  settings: LedgerSettings;
  clock: Clock;
  logger: Logger;
  /**
   * Key the phone hashes the members subgraph sends (identification by phone at the POS): the
   * current secret first, then, while a rotation is under way, the one before.
   */
  phoneKeySecrets: string[];
  /** Seals the codes events carry to the delivering side (infra/auth/code-sealing.ts). */
  codeDeliveryKey: string;
  /** Asks the members subgraph for a member or card the view misses (none: the view is all there is). */
  readThrough?: MemberViewReader;
  /** Counts a terminal's look-up that found nobody, with its misses in the members subgraph. */
  reportLookupMiss: LookupMissReporter;
  /** Test-only (the fault run's proof that its checker can see): idempotency keys are ignored. */
  unsafeNoIdempotency?: boolean;
}
