import type { Decimal } from '../domain/money';
import { ownSumsQuery, toOwnSums } from './limits-store';
import { lotPaysAt } from './live-lots';
import { type LedgerSql, Prisma, sqlAmount } from './prisma';

/** What a pool can spend now, as the till and the manual operations read it. */

export interface SpendableOf {
  pool: string[];
  accountIds: string[];
  currencyId: string;
  now: Date;
  except: string | null;
  debtsBefore?: Date | null;
}

/**
 * Active now (lots' remaining amounts), less open debts and what pending till operations hold (purchases
 * paying with bonuses, returns taking bonuses back, manual deductions) other than `except`.
 */
export async function spendableAt(db: LedgerSql, on: SpendableOf): Promise<Decimal> {
  const rows = await db.$queryRaw<Array<{ spendable: unknown }>>`SELECT ${activeLots(on)} - ${held(on)} AS spendable`;
  return sqlAmount(rows[0]?.spendable);
}

/**
 * How many live lots of each account a till's read sums before it knows whether the pool can
 * spend what the till asks: a loyal member's account holds hundreds after a year of purchases, and
 * summing them all on every calculation and confirmation was the till's fastest-growing cost.
 */
export const LOTS_SUMMED_FIRST = 32;

/**
 * The spendable amount (spendableAt) and the card's own sums since a moment (what the default card
 * limits measure) as a SELECT of one row: the till reads both under the same locks, in a statement
 * that may do other work too. With `enough`, the first LOTS_SUMMED_FIRST live lots of each account
 * are summed, and all of them only when more exist and those leave less than `enough` to spend: then
 * `spendable_exact` is false and the figure is a lower bound of at least `enough`.
 */
export function spendableWithOwnSumsSql(on: SpendableOf & { enough?: Decimal }, own: { accountId: string; since: Date } | null): Prisma.Sql {
  const ownColumns = own ? Prisma.sql`, own.accrued, own.deducted` : Prisma.empty;
  const ownFrom = own ? Prisma.sql`, (${ownSumsQuery(own.accountId, own.since)}) own` : Prisma.empty;
  if (!on.enough) return Prisma.sql`SELECT ${activeLots(on)} - ${held(on)} AS spendable, true AS spendable_exact ${ownColumns} FROM (SELECT 1) one ${ownFrom}`;
  const enough = Prisma.sql`${on.enough.toFixed(2)}::numeric`;
  const short = Prisma.sql`first.total - held.amount < ${enough}`;
  // OFFSET 0 keeps `held` a subquery read once rather than an expression copied into each use.
  return Prisma.sql`
    SELECT CASE WHEN first.more AND ${short} THEN ${activeLots(on)} ELSE first.total END - held.amount AS spendable,
           NOT first.more OR ${short} AS spendable_exact ${ownColumns}
      FROM (${firstLotsSum(on)}) first, (SELECT ${held(on)} AS amount OFFSET 0) held ${ownFrom}`;
}

/** What a row of `spendableWithOwnSumsSql` says (own sums of zero when it read none). */
export function toSpendableWithOwnSums(row: { spendable?: unknown; spendable_exact?: unknown; accrued?: unknown; deducted?: unknown } | undefined) {
  return {
    spendable: sqlAmount(row?.spendable),
    exact: row?.spendable_exact !== false,
    ownSums: toOwnSums(row as { accrued: unknown; deducted: unknown } | undefined),
  };
}

/** The remaining amounts of the lots active now. */
const activeLots = ({ accountIds, now }: SpendableOf) => Prisma.sql`
  (SELECT coalesce(sum(l.remaining), 0) FROM lots l WHERE l.account_id = ANY(${accountIds}::uuid[]) AND ${lotPaysAt(now)})`;

/**
 * The first LOTS_SUMMED_FIRST lots active now of each account and one more (`total`), and whether
 * any account has more than LOTS_SUMMED_FIRST (`more`). Each account is read on its own from the
 * live lots' index, latest expiry first, so the walk stops before the expired lots with something
 * left that a long history accumulates.
 */
const firstLotsSum = ({ accountIds, now }: SpendableOf) => Prisma.sql`
  SELECT coalesce(sum(f.total), 0) AS total, coalesce(bool_or(f.n > ${LOTS_SUMMED_FIRST}), false) AS more
    FROM unnest(${accountIds}::uuid[]) AS account(id)
    CROSS JOIN LATERAL (
      SELECT sum(first.remaining) AS total, count(*) AS n FROM (
        SELECT l.remaining FROM lots l WHERE l.account_id = account.id AND ${lotPaysAt(now)}
         ORDER BY l.expires_at DESC NULLS FIRST LIMIT ${LOTS_SUMMED_FIRST + 1}) first) f`;

/** What the pool owes and what its pending till operations other than `except` hold. */
function held(on: SpendableOf) {
  const { pool, accountIds, currencyId, now, except } = on;
  const debtsBefore = on.debtsBefore ?? null;
  return Prisma.sql`(
      (SELECT coalesce(sum(d.amount - coalesce((SELECT sum(a.amount) FROM allocations a WHERE a.operation_id = d.operation_id), 0)), 0)
         FROM debts d WHERE d.account_id = ANY(${accountIds}::uuid[]) AND (${debtsBefore}::timestamptz IS NULL OR d.effective_at < ${debtsBefore}))
    + (SELECT coalesce(sum(bonus_payment), 0) FROM purchases
        WHERE member_id = ANY(${pool}::uuid[]) AND currency_id = ${currencyId}::uuid AND state = 'PENDING'
          AND hold_expires_at > ${now} AND (${except}::uuid IS NULL OR id <> ${except}::uuid))
    + (SELECT coalesce(sum(CASE WHEN currency_id = ${currencyId}::uuid THEN hold ELSE 0 END
                            + (SELECT coalesce(sum((oc->>'hold')::numeric), 0) FROM jsonb_array_elements(other_currencies) oc
                                WHERE oc->>'currencyId' = ${currencyId}::text)), 0)
         FROM purchase_refunds
        WHERE member_id = ANY(${pool}::uuid[]) AND (currency_id = ${currencyId}::uuid OR other_currencies <> '[]'::jsonb) AND state = 'PENDING'
          AND hold_expires_at > ${now} AND (${except}::uuid IS NULL OR id <> ${except}::uuid))
    + (SELECT coalesce(sum(amount), 0) FROM manual_operations
        WHERE member_id = ANY(${pool}::uuid[]) AND currency_id = ${currencyId}::uuid AND state = 'PENDING' AND kind = 'DEDUCTION'
          AND hold_expires_at > ${now} AND (${except}::uuid IS NULL OR id <> ${except}::uuid)))`;
}
