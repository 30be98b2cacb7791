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
  /** Which of these bonus currency codes the company has, with their exchange rates (the ledger owns them); absent: not checked. */
  knownCurrencies?: KnownCurrencies;
  /** Members' active bonuses (the ledger owns them); absent: balance rules read what was kept last. */
  activeBalances?: ActiveBalances;
}

export type KnownCurrencies = (companyId: string, codes: string[]) => Promise<ReadonlyMap<string, string>>;

/** Members' active bonuses in a currency, as the ledger reports them (audiences' balance rules). */
export type ActiveBalances = (companyId: string, currency: string) => Promise<Array<{ memberId: string; active: string }>>;
