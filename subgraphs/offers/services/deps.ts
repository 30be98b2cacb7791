import type pg from 'pg';
import type { Logger } from '../../../infra/logging/logger';
import type { OffersPrisma } from '../data/prisma';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export interface OffersDeps {
  db: OffersPrisma;
  /** The same database through plain `pg`. */
  sql: pg.Pool;
  clock: Clock;
  logger: Logger;
  /** Runs after a committed change of the live set: its snapshot reaches the ledger before the marketer is answered. */
  afterCommit?: () => Promise<void>;
  /** How many days of confirmed receipts the copy keeps: no rule or simulation can look further back. */
  receiptRetentionDays?: number;
  /** Which of these bonus currency codes the company has (the ledger owns them); absent: not checked. */
  knownCurrencies?: KnownCurrencies;
}

export type KnownCurrencies = (companyId: string, codes: string[]) => Promise<ReadonlySet<string>>;
