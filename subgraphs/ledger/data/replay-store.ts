import type { Membership } from '../domain/family-history';
import { amount } from '../domain/money';
import type { LedgerSql } from './prisma';

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

/**
 * Clears what a change from `from` on makes stale, and reads what must be placed again, in one
 * statement: the checkpoints at or after it go, the draws made since (pinned ones stay) are taken
 * back, and the recorded spends since are answered (debts are not placed again: settling them
 * after the spends redraws what they were repaid from). The deletes do not touch what is read.
 * When draws were taken back, the lots get back what they had left before `from`.
 */
export async function clearReplayFrom(tx: LedgerSql, accountIds: string[], from: Date) {
  const rows = await tx.$queryRaw<
    Array<{
      undone: number;
      id: bigint | null;
      member_id: string;
      kind: 'PAYMENT' | 'DEDUCTION';
      amount: unknown;
      effective_at: Date;
      pinned_lot_id: string | null;
    }>
  >`
    WITH dropped AS (DELETE FROM checkpoints WHERE account_id = ANY(${accountIds}::uuid[]) AND at >= ${from}),
         undone AS (DELETE FROM allocations WHERE account_id = ANY(${accountIds}::uuid[]) AND effective_at >= ${from} AND NOT pinned RETURNING 1)
    SELECT (SELECT count(*) FROM undone)::int AS undone, s.* FROM (SELECT 1) one
      LEFT JOIN (
        SELECT id, member_id, kind::text AS kind, amount, effective_at, pinned_lot_id FROM operations
         WHERE account_id = ANY(${accountIds}::uuid[]) AND kind IN ('PAYMENT', 'DEDUCTION') AND NOT opens_debt AND effective_at >= ${from}) s ON true
     ORDER BY s.effective_at, s.id`;
  if ((rows[0]?.undone ?? 0) > 0) {
    await tx.$executeRaw`
      UPDATE lots l SET remaining = l.amount - coalesce((SELECT sum(a.amount) FROM allocations a WHERE a.lot_id = l.id), 0)
       WHERE l.account_id = ANY(${accountIds}::uuid[]) AND (l.expires_at IS NULL OR l.expires_at > ${from})`;
  }
  return rows
    .filter((row) => row.id !== null)
    .map((row) => ({
      operationId: BigInt(row.id as bigint),
      memberId: row.member_id,
      kind: row.kind,
      amount: amount(String(row.amount)),
      effectiveAt: row.effective_at,
      pinnedLotId: row.pinned_lot_id,
    }));
}
