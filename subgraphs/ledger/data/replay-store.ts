import type { Membership } from '../domain/family-history';
import type { LotState } from '../domain/lots';
import { amount, type Decimal } from '../domain/money';
import { type LedgerSql, Prisma } from './prisma';

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

/**
 * In one statement: the family stays that touch these members from `from` on, and those of
 * everyone who shared a family with them since, and so on (who a replay from `from` may move money
 * between); and whether any of these accounts ever owed (a debt row, repaid or not), so that a
 * pool that never did skips looking for open debts. Read after the accounts are locked: no debt
 * of theirs can appear but in this transaction (see noteDebtWritten).
 */
export async function replayFactsFrom(
  tx: LedgerSql,
  memberIds: string[],
  accountIds: string[],
  from: Date,
): Promise<{ history: Membership[]; everOwed: boolean }> {
  const rows = await tx.$queryRaw<Array<{ member_id: string | null; family_id: string; joined_at: Date; left_at: Date | null; ever_owed: boolean | null }>>`
    WITH RECURSIVE families(family_id) AS (
      SELECT family_id FROM family_memberships WHERE member_id = ANY(${memberIds}::uuid[]) AND (left_at IS NULL OR left_at > ${from})
      UNION
      SELECT other.family_id FROM families f
        JOIN family_memberships stay ON stay.family_id = f.family_id AND (stay.left_at IS NULL OR stay.left_at > ${from})
        JOIN family_memberships other ON other.member_id = stay.member_id AND (other.left_at IS NULL OR other.left_at > ${from}))
    SELECT m.member_id, m.family_id, m.joined_at, m.left_at, NULL::boolean AS ever_owed
      FROM family_memberships m JOIN families f ON f.family_id = m.family_id
     WHERE m.left_at IS NULL OR m.left_at > ${from}
    UNION ALL
    SELECT NULL, NULL, NULL, NULL, EXISTS (SELECT 1 FROM debts WHERE account_id = ANY(${accountIds}::uuid[]))`;
  const stays = rows.filter((row) => row.member_id !== null);
  return {
    history: stays.map((row) => ({ memberId: row.member_id as string, familyId: row.family_id, joinedAt: row.joined_at, leftAt: row.left_at })),
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
  what: 'undone' | 'spend' | 'lot';
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
 * back: then the lots get back what they had left before `from`, and are read again.
 */
export async function clearReplayFrom(tx: LedgerSql, accountIds: string[], from: Date): Promise<{ spends: RecordedSpend[]; lots: LotState[] }> {
  const rows = await tx.$queryRaw<ReplayRow[]>`
    WITH dropped AS (DELETE FROM checkpoints WHERE account_id = ANY(${accountIds}::uuid[]) AND at >= ${from}),
         undone AS (DELETE FROM allocations WHERE account_id = ANY(${accountIds}::uuid[]) AND effective_at >= ${from} AND NOT pinned RETURNING 1)
    SELECT 'undone' AS what, NULL::text AS id, NULL::uuid AS member_id, NULL::text AS kind, (SELECT count(*) FROM undone)::numeric AS amount,
           NULL::timestamptz AS effective_at, NULL::uuid AS pinned_lot_id, NULL::uuid AS account_id, NULL::timestamptz AS activates_at, NULL::timestamptz AS expires_at
    UNION ALL
    SELECT 'spend', id::text, member_id, kind::text, amount, effective_at, pinned_lot_id, NULL, NULL, NULL FROM operations
     WHERE account_id = ANY(${accountIds}::uuid[]) AND kind IN ('PAYMENT', 'DEDUCTION') AND NOT opens_debt AND effective_at >= ${from}
    UNION ALL
    SELECT 'lot', ${lotsAliveColumns(accountIds, from)}`;
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
  if (undone === 0) return { spends, lots: rows.filter((row) => row.what === 'lot').map(lotOf) };
  await tx.$executeRaw`
    UPDATE lots l SET remaining = l.amount - coalesce((SELECT sum(a.amount) FROM allocations a WHERE a.lot_id = l.id), 0)
     WHERE l.account_id = ANY(${accountIds}::uuid[]) AND (l.expires_at IS NULL OR l.expires_at > ${from})`;
  return { spends, lots: await lotsAliveFrom(tx, accountIds, from) };
}

/**
 * Lots that may still pay at or after `from`: not expired by then and not used up. What they hold
 * is counted before the pinned draws made since `from`, which a replay places again at their moments.
 */
export async function lotsAliveFrom(tx: LedgerSql, accountIds: string[], from: Date): Promise<LotState[]> {
  return (await tx.$queryRaw<ReplayRow[]>`SELECT 'lot' AS what, ${lotsAliveColumns(accountIds, from)}`).map(lotOf);
}

/** The columns of ReplayRow (after `what`) for the lots alive from `from`: a select list and its FROM. */
const lotsAliveColumns = (accountIds: string[], from: Date) => Prisma.sql`
  alive.id::text AS id, NULL::uuid AS member_id, NULL::text AS kind, alive.remaining AS amount, alive.effective_at, NULL::uuid AS pinned_lot_id,
  alive.account_id, alive.activates_at, alive.expires_at
    FROM (
      SELECT l.id, l.account_id, l.effective_at, l.activates_at, l.expires_at,
             l.remaining + coalesce((SELECT sum(a.amount) FROM allocations a WHERE a.lot_id = l.id AND a.pinned AND a.effective_at >= ${from}), 0) AS remaining
        FROM lots l WHERE l.account_id = ANY(${accountIds}::uuid[]) AND (l.expires_at IS NULL OR l.expires_at > ${from})) alive
   WHERE alive.remaining > 0`;

const lotOf = (row: ReplayRow): LotState => ({
  id: row.id as string,
  accountId: row.account_id as string,
  effectiveAt: row.effective_at as Date,
  activatesAt: row.activates_at as Date,
  expiresAt: row.expires_at,
  remaining: amount(String(row.amount)),
});
