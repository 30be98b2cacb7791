import { balanceFactsAt } from '../data/ledger-store';
import type { OwnSumsMemo } from '../data/limits-store';
import type { LedgerSql } from '../data/prisma';
import type { ReadRow } from '../data/read-together';
import { spendableAt, spendableWithOwnSumsSql, toSpendableWithOwnSums } from '../data/spendable-store';
import { type BalanceFigures, composeBalance } from '../domain/balance';
import type { Decimal } from '../domain/money';

/** The six figures of these accounts (a member's pool) at `at`, from one snapshot (see balanceFactsAt). */
export async function balanceOf(db: LedgerSql, accountIds: string[], at: Date): Promise<BalanceFigures> {
  const [figures] = await balancesOf(db, [accountIds], at);
  return figures as BalanceFigures;
}

/** The figures of several pools at `at` in one statement: a list of members costs one read, not one per member. */
export async function balancesOf(db: LedgerSql, pools: string[][], at: Date): Promise<BalanceFigures[]> {
  const facts = await balanceFactsAt(db, pools, at);
  return facts.map((f) =>
    composeBalance({ totals: f.totals, nonActivated: [f.nonActivated], expiring: f.expiring, debt: f.debt, returnedPayments: f.returnedPayments }),
  );
}

/**
 * What a pool can spend now: its active bonuses less its debts and what pending purchases (other
 * than `except`) hold. Now, unlike any past moment, is read off the lots' remaining amounts in one
 * statement, which is what the POS path needs on every call.
 */
export function spendableNow(
  db: LedgerSql,
  pool: string[],
  accountIds: string[],
  currencyId: string,
  now: Date,
  except: string | null = null,
  /** A held payment being confirmed: debts taken on after it was held do not take its bonuses. */
  debtsBefore: Date | null = null,
): Promise<Decimal> {
  return spendableAt(db, { pool, accountIds, currencyId, now, except, debtsBefore });
}

/**
 * The same, with the card's own sums since `ahead.since` (limit-guard's ownSumsSince) read in the
 * same statement, ready for checkLimits: the till pays one round trip for both.
 */
export async function spendableNowWithOwnSums(db: LedgerSql, on: SpendableNow, ahead: OwnSumsAhead): Promise<SpendableWithOwnSums> {
  const read = spendableNowWithOwnSumsRead(on, ahead);
  const [row] = await db.$queryRaw<ReadRow[]>(read.sql);
  return read.parse(row);
}

type SpendableNow = {
  pool: string[];
  accountIds: string[];
  currencyId: string;
  now: Date;
  except?: string | null;
  debtsBefore?: Date | null;
  /** What the till asks to spend: the lots are summed only as far as they show it (spendable-store). */
  enough?: Decimal;
};
type OwnSumsAhead = { accountId: string | null; since: Date | null };
/** `exact` false: `spendable` is a lower bound, at least what `enough` asked. */
export type SpendableWithOwnSums = { spendable: Decimal; exact: boolean; ownSums: OwnSumsMemo };

/** The same as a SELECT of one row for a statement that does other work too, and how to read its row. */
export function spendableNowWithOwnSumsRead(on: SpendableNow, ahead: OwnSumsAhead) {
  const spendable = { ...on, except: on.except ?? null, debtsBefore: on.debtsBefore ?? null };
  const own = ahead.accountId && ahead.since ? { accountId: ahead.accountId, since: ahead.since } : null;
  return {
    sql: spendableWithOwnSumsSql(spendable, own),
    parse(row: ReadRow | undefined): SpendableWithOwnSums {
      const read = toSpendableWithOwnSums(row);
      const ownSums: OwnSumsMemo = own ? new Map([[own.since.getTime(), Promise.resolve(read.ownSums)]]) : new Map();
      return { spendable: read.spendable, exact: read.exact, ownSums };
    },
  };
}
