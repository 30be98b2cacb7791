import { checkpointsAt, debtAt, expiringAt, nonActivatedAt, returnedPaymentsAt, spendableAt, totalsBetween } from '../data/ledger-store';
import type { LedgerDb } from '../data/prisma';
import { addTotals, type BalanceFigures, composeBalance, NO_TOTALS, type Totals } from '../domain/balance';
import type { Decimal } from '../domain/money';

/**
 * The figures of these accounts at `at`: each account's newest checkpoint before it, plus the facts
 * since. The cost follows the activity since that checkpoint and the lots alive at `at`, never the
 * length of the history.
 */
export async function balanceOf(db: LedgerDb, accountIds: string[], at: Date): Promise<BalanceFigures> {
  const totals = await totalsAt(db, accountIds, at);
  const [nonActivated, expiring, debt, returnedPayments] = await Promise.all([
    nonActivatedAt(db, accountIds, at),
    expiringAt(db, accountIds, at),
    debtAt(db, accountIds, at),
    returnedPaymentsAt(db, accountIds, at),
  ]);
  return composeBalance({ totals, nonActivated, expiring, debt, returnedPayments });
}

export async function totalsAt(db: LedgerDb, accountIds: string[], at: Date): Promise<Totals> {
  if (accountIds.length === 0) return NO_TOTALS;
  const checkpoints = await checkpointsAt(db, accountIds, at);
  let totals = NO_TOTALS;
  for (const accountId of accountIds) {
    const checkpoint = checkpoints.get(accountId);
    totals = addTotals(totals, checkpoint?.totals ?? NO_TOTALS);
    totals = addTotals(totals, await totalsBetween(db, [accountId], checkpoint?.at ?? null, at));
  }
  return totals;
}

/**
 * What a pool can spend now: its active bonuses less its debts and what pending purchases (other
 * than `except`) hold. Now, unlike any past moment, is read off the lots' remaining amounts in one
 * statement, which is what the POS path needs on every call.
 */
export function spendableNow(
  db: LedgerDb,
  pool: string[],
  accountIds: string[],
  currencyId: string,
  now: Date,
  except: string | null = null,
): Promise<Decimal> {
  return spendableAt(db, { pool, accountIds, currencyId, now, except });
}
