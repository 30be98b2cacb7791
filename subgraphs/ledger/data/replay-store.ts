import type { Membership } from '../domain/family-history';
import type { LotState, SpendingOrder } from '../domain/lots';
import { amount, type Decimal } from '../domain/money';
import { lotPaysAt } from './live-lots';
import { type LedgerSql, Prisma } from './prisma';
import type { ReadRow } from './read-together';

/**
 * What placing a spend (or replaying from a back-dated change) reads and clears before it draws,
 * in as few statements as a till's confirmation can afford: each is a round trip the till waits
 * for (issue 10 counts them).
 */

/** Transactions that wrote a debt: what `replayFactsFrom` said of debts no longer holds for them. */
const debtsWritten = new WeakSet<object>();

/** Called by whatever writes a debt (a return written off below zero), in its transaction. */
export function noteDebtWritten(tx: LedgerSql): void {
  debtsWritten.add(tx);
}

export function wroteDebts(tx: LedgerSql): boolean {
  return debtsWritten.has(tx);
}

/** Transactions that drew from a lot directly (a return): a spend after it places its draws again, so it reads every lot. */
const pinnedDrawsWritten = new WeakSet<object>();

export function notePinnedDrawWritten(tx: LedgerSql): void {
  pinnedDrawsWritten.add(tx);
}

export function wrotePinnedDraws(tx: LedgerSql): boolean {
  return pinnedDrawsWritten.has(tx);
}

/**
 * In one statement: the family stays that touch these members from `from` on, and those of
 * everyone who shared a family with them since, and so on (who a replay from `from` may move money
 * between); and whether any of these accounts ever owed (a debt row, repaid or not), so that a
 * pool that never did skips looking for open debts. Read after the accounts are locked: no debt
 * of theirs can appear but in this transaction (see noteDebtWritten).
 */
export async function replayFactsFrom(tx: LedgerSql, memberIds: string[], accountIds: string[], from: Date): Promise<ReplayFacts> {
  const rows = await tx.$queryRaw<FactRow[]>`
    WITH RECURSIVE ${familiesFrom(memberIds, from)}
    ${factRows(accountIds, from)}`;
  return factsOf(rows);
}

export interface ReplayFacts {
  history: Membership[];
  everOwed: boolean;
}

type FactRow = { stay_member_id: string | null; family_id: string | null; joined_at: Date | null; left_at: Date | null; ever_owed: boolean | null };

/** The families these members are in from `from` on, and transitively those their relatives are in: a recursive CTE named `families`. */
const familiesFrom = (memberIds: string[], from: Date) => Prisma.sql`
  families(family_id) AS (
    SELECT family_id FROM family_memberships WHERE member_id = ANY(${memberIds}::uuid[]) AND (left_at IS NULL OR left_at > ${from})
    UNION
    SELECT other.family_id FROM families f
      JOIN family_memberships stay ON stay.family_id = f.family_id AND (stay.left_at IS NULL OR stay.left_at > ${from})
      JOIN family_memberships other ON other.member_id = stay.member_id AND (other.left_at IS NULL OR other.left_at > ${from}))`;

/** The stays in `families` from `from` on, one row each, then one row with whether these accounts ever owed; FactRow's columns, then `rest`'s NULLs. */
const factRows = (accountIds: string[], from: Date, rest: Prisma.Sql = Prisma.empty) => Prisma.sql`
  SELECT m.member_id AS stay_member_id, m.family_id, m.joined_at, m.left_at, NULL::boolean AS ever_owed ${rest}
    FROM family_memberships m JOIN families f ON f.family_id = m.family_id
   WHERE m.left_at IS NULL OR m.left_at > ${from}
  UNION ALL
  SELECT NULL, NULL, NULL, NULL, EXISTS (SELECT 1 FROM debts WHERE account_id = ANY(${accountIds}::uuid[])) ${rest}`;

function factsOf(rows: FactRow[]): ReplayFacts {
  const stays = rows.filter((row) => row.stay_member_id !== null);
  return {
    history: stays.map((row) => ({
      memberId: row.stay_member_id as string,
      familyId: row.family_id as string,
      joinedAt: row.joined_at as Date,
      leftAt: row.left_at,
    })),
    everOwed: rows.some((row) => row.ever_owed === true),
  };
}

/** A recorded spend a replay places again. */
export interface RecordedSpend {
  operationId: bigint;
  memberId: string;
  kind: 'PAYMENT' | 'DEDUCTION';
  amount: Decimal;
  effectiveAt: Date;
  pinnedLotId: string | null;
}

type ReplayRow = {
  what: 'undone' | 'spend' | 'lot' | 'fact' | 'pinned';
  id: string | null;
  member_id: string | null;
  kind: 'PAYMENT' | 'DEDUCTION' | null;
  amount: unknown;
  effective_at: Date | null;
  pinned_lot_id: string | null;
  account_id: string | null;
  activates_at: Date | null;
  expires_at: Date | null;
};

/**
 * Clears what a change from `from` on makes stale and reads what a replay works on, in one
 * statement: the checkpoints at or after it go, the draws made since (pinned ones stay) are taken
 * back, and it answers the recorded spends since (debts are not placed again: settling them after
 * the spends redraws what they were repaid from) and the lots that may still pay from `from` on,
 * holding what they held before the pinned draws made since (placed again at their moments).
 * The deletes change nothing the reads see but the lots' remaining amounts when draws were taken
 * back: then the lots get back what they had left before `from`, and are read again. With
 * `withFactsOf`, the same statement reads `replayFactsFrom`'s facts of those members too (a till's
 * payment finds its scope and clears it in one round trip), and `alsoRead`, a SELECT of one row the
 * caller needs first (`also`; it sees the rows as they were before the deletes). With `firstLots`,
 * only the first lots in spending order when nothing since `from` is placed again (`lotsComplete`).
 */
export async function clearReplayFrom(
  tx: LedgerSql,
  accountIds: string[],
  from: Date,
  { withFactsOf, alsoRead, firstLots }: { withFactsOf?: { memberIds: string[] }; alsoRead?: Prisma.Sql; firstLots?: FirstLots } = {},
): Promise<ClearedReplay> {
  const noFacts = Prisma.sql`NULL::uuid AS stay_member_id, NULL::uuid AS family_id, NULL::timestamptz AS joined_at, NULL::timestamptz AS left_at, NULL::boolean AS ever_owed,`;
  const rows = await tx.$queryRaw<Array<ReplayRow & FactRow>>`
    WITH RECURSIVE ${withFactsOf ? Prisma.sql`${familiesFrom(withFactsOf.memberIds, from)},` : Prisma.empty}
         dropped AS (DELETE FROM checkpoints WHERE account_id = ANY(${accountIds}::uuid[]) AND at >= ${from}),
         undone AS (DELETE FROM allocations WHERE account_id = ANY(${accountIds}::uuid[]) AND effective_at >= ${from} AND NOT pinned RETURNING 1)
         ${alsoRead ? Prisma.sql`, also AS MATERIALIZED (${alsoRead})` : Prisma.empty}
    SELECT u.*${alsoRead ? Prisma.sql`, also.*` : Prisma.empty} FROM (
    SELECT ${noFacts} 'undone' AS what, NULL::text AS id, NULL::uuid AS member_id, NULL::text AS kind, (SELECT count(*) FROM undone)::numeric AS amount,
           NULL::timestamptz AS effective_at, NULL::uuid AS pinned_lot_id, NULL::uuid AS account_id, NULL::timestamptz AS activates_at, NULL::timestamptz AS expires_at
    UNION ALL
    SELECT ${noFacts} 'spend', id::text, member_id, kind::text, amount, effective_at, pinned_lot_id, NULL, NULL, NULL FROM operations
     WHERE account_id = ANY(${accountIds}::uuid[]) AND kind IN ('PAYMENT', 'DEDUCTION') AND NOT opens_debt AND effective_at >= ${from}
    UNION ALL
    SELECT ${noFacts} 'lot', ${firstLots ? lotsFirstColumns(accountIds, from, firstLots) : lotsAliveColumns(accountIds, from)}
    ${firstLots ? Prisma.sql`UNION ALL ${pinnedSinceRow(accountIds, from, noFacts)}` : Prisma.empty}
    ${withFactsOf ? Prisma.sql`UNION ALL ${factRows(accountIds, from, Prisma.sql`, 'fact', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL`)}` : Prisma.empty}
    ) AS u${alsoRead ? Prisma.sql` LEFT JOIN also ON true` : Prisma.empty}`;
  const facts = withFactsOf ? factsOf(rows.filter((row) => row.what === 'fact')) : undefined;
  const also = alsoRead ? (rows[0] as ReadRow | undefined) : undefined;
  const spends = rows
    .filter((row) => row.what === 'spend')
    .map((row) => ({
      operationId: BigInt(row.id as string),
      memberId: row.member_id as string,
      kind: row.kind as 'PAYMENT' | 'DEDUCTION',
      amount: amount(String(row.amount)),
      effectiveAt: row.effective_at as Date,
      pinnedLotId: row.pinned_lot_id,
    }))
    .sort((a, b) => a.effectiveAt.getTime() - b.effectiveAt.getTime() || (a.operationId < b.operationId ? -1 : a.operationId > b.operationId ? 1 : 0));
  const undone = Number(rows.find((row) => row.what === 'undone')?.amount ?? 0);
  if (undone === 0) {
    const lots = rows.filter((row) => row.what === 'lot').map(lotOf);
    if (!firstLots) return { spends, lots, facts, also, lotsComplete: true };
    // The first lots serve a spend made at `from` alone: anything placed again since needs them all.
    const pinnedSince = Number(rows.find((row) => row.what === 'pinned')?.amount ?? 0);
    if (spends.length > 0 || pinnedSince > 0) return { spends, lots: await lotsAliveFrom(tx, accountIds, from), facts, also, lotsComplete: true };
    return { spends, lots, facts, also, lotsComplete: lots.length < firstLots.limit };
  }
  await tx.$executeRaw`
    UPDATE lots l SET remaining = l.amount - coalesce((SELECT sum(a.amount) FROM allocations a WHERE a.lot_id = l.id), 0)
     WHERE l.account_id = ANY(${accountIds}::uuid[]) AND (l.expires_at IS NULL OR l.expires_at > ${from})`;
  return { spends, lots: await lotsAliveFrom(tx, accountIds, from), facts, also, lotsComplete: true };
}

export interface ClearedReplay {
  spends: RecordedSpend[];
  lots: LotState[];
  /** False when `lots` are the first `firstLots.limit` in spending order and more may follow. */
  lotsComplete: boolean;
  facts?: ReplayFacts;
  also?: ReadRow;
}

/**
 * For a spend made at `from` with nothing to place again since: the lots it may draw, active at
 * `from`, first in the spending order, at most `limit` of them. A spend draws lots in that order
 * until it is covered, so when these cover it, it draws what it would have drawn from all the
 * lots; a member's account holds hundreds of live lots after a year of purchases, and reading them
 * all for each payment was the till's fastest-growing cost (issue 10).
 */
export interface FirstLots {
  order: SpendingOrder;
  limit: number;
}

/** Ties broken as orderForSpending breaks them (ids as text in their lowercase hex sort as the uuids do). */
const SPENDING_ORDER_SQL: Record<SpendingOrder, Prisma.Sql> = {
  EXPIRING_FIRST: Prisma.sql`l.expires_at ASC NULLS LAST, l.effective_at, l.id`,
  OLDEST_FIRST: Prisma.sql`l.effective_at, l.id`,
  NEWEST_FIRST: Prisma.sql`l.effective_at DESC, l.id DESC`,
};

/**
 * lotsAliveColumns' columns for `FirstLots` (pinned draws since `from` are not counted back:
 * pinnedSinceRow tells whether any were made). Each account's first lots are read on their own,
 * so that the plan (generic, made once) walks that account's live lots (lots_live_idx) rather than
 * every account's lots in expiry order.
 */
const lotsFirstColumns = (accountIds: string[], from: Date, { order, limit }: FirstLots) => Prisma.sql`
  l.id::text AS id, NULL::uuid AS member_id, NULL::text AS kind, l.remaining AS amount, l.effective_at, NULL::uuid AS pinned_lot_id,
  l.account_id, l.activates_at, l.expires_at
    FROM (
      SELECT l.* FROM unnest(${accountIds}::uuid[]) AS account(id)
       CROSS JOIN LATERAL (
         SELECT l.id, l.account_id, l.effective_at, l.activates_at, l.expires_at, l.remaining FROM lots l
          WHERE l.account_id = account.id AND ${lotPaysAt(from)}
          ORDER BY ${SPENDING_ORDER_SQL[order]} LIMIT ${limit}) l
       ORDER BY ${SPENDING_ORDER_SQL[order]} LIMIT ${limit}) l`;

/** A row of clearReplayFrom's (`what` 'pinned') counting the pinned draws made since `from`. */
const pinnedSinceRow = (accountIds: string[], from: Date, noFacts: Prisma.Sql) => Prisma.sql`
  SELECT ${noFacts} 'pinned', NULL, NULL, NULL,
         (SELECT count(*) FROM allocations WHERE account_id = ANY(${accountIds}::uuid[]) AND pinned AND effective_at >= ${from})::numeric,
         NULL, NULL, NULL, NULL, NULL`;

/**
 * Lots that may still pay at or after `from`: not expired by then and not used up. What they hold
 * is counted before the pinned draws made since `from`, which a replay places again at their moments.
 */
export async function lotsAliveFrom(tx: LedgerSql, accountIds: string[], from: Date): Promise<LotState[]> {
  return (await tx.$queryRaw<ReplayRow[]>`SELECT 'lot' AS what, ${lotsAliveColumns(accountIds, from)}`).map(lotOf);
}

/**
 * The columns of ReplayRow (after `what`) for the lots alive from `from`: a select list and its FROM.
 * A lot counts with what its pinned draws since `from` took (placed again at their moments), so a
 * used-up lot is alive again when such a draw used it up. Lots with something left are read from
 * the live lots' index alone (lots_live_idx: used-up lots are not in it) and those few pinned draws
 * once from the allocations' index (a CTE both branches read): one index probe per lot per spend
 * cost the till milliseconds for a member with a few hundred lots.
 */
const lotsAliveColumns = (accountIds: string[], from: Date) => {
  const unexpired = Prisma.sql`(l.expires_at IS NULL OR l.expires_at > ${from})`;
  return Prisma.sql`
  alive.id::text AS id, NULL::uuid AS member_id, NULL::text AS kind, alive.remaining AS amount, alive.effective_at, NULL::uuid AS pinned_lot_id,
  alive.account_id, alive.activates_at, alive.expires_at
    FROM (
      WITH pinned_since AS (
        SELECT lot_id, sum(amount) AS amount FROM allocations
         WHERE account_id = ANY(${accountIds}::uuid[]) AND pinned AND effective_at >= ${from} GROUP BY lot_id)
      SELECT l.id, l.account_id, l.effective_at, l.activates_at, l.expires_at, l.remaining + coalesce(p.amount, 0) AS remaining
        FROM lots l LEFT JOIN pinned_since p ON p.lot_id = l.id
       WHERE l.account_id = ANY(${accountIds}::uuid[]) AND l.remaining > 0 AND ${unexpired}
      UNION ALL
      SELECT l.id, l.account_id, l.effective_at, l.activates_at, l.expires_at, l.remaining + p.amount
        FROM pinned_since p JOIN lots l ON l.id = p.lot_id
       WHERE NOT (l.remaining > 0) AND ${unexpired}) alive
   WHERE alive.remaining > 0`;
};

const lotOf = (row: ReplayRow): LotState => ({
  id: row.id as string,
  accountId: row.account_id as string,
  effectiveAt: row.effective_at as Date,
  activatesAt: row.activates_at as Date,
  expiresAt: row.expires_at,
  remaining: amount(String(row.amount)),
});
