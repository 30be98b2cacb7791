import type { LedgerDb, LedgerSql, Prisma } from './prisma';

/** The till's two-phase manual operations (Prisma model API; the row lock is plain SQL). */

export function createManualOperation(tx: LedgerDb, data: Prisma.ManualOperationUncheckedCreateInput) {
  return tx.manualOperation.create({ data });
}

export function findManualOperation(db: LedgerDb, companyId: string, id: string) {
  return db.manualOperation.findFirst({ where: { id, companyId } });
}

/** Locks the operation's row: its confirmation, cancellation and lapse are serialised. */
export async function lockManualOperation(tx: LedgerDb, companyId: string, id: string) {
  const rows = await tx.$queryRaw<
    Array<{ id: string }>
  >`SELECT id FROM manual_operations WHERE id = ${id}::uuid AND company_id = ${companyId}::uuid FOR UPDATE`;
  return rows[0] ? tx.manualOperation.findUnique({ where: { id } }) : null;
}

export function updateManualOperation(tx: LedgerDb, id: string, data: Prisma.ManualOperationUncheckedUpdateInput) {
  return tx.manualOperation.update({ where: { id }, data });
}

/** Counts a try of the SMS code (committed on its own); null once the tries are used up. */
export async function countManualCodeTry(db: LedgerSql, id: string, maxTries: number): Promise<number | null> {
  const rows = await db.$queryRaw<Array<{ tries: number }>>`
    UPDATE manual_operations SET code_tries = code_tries + 1 WHERE id = ${id}::uuid AND code_tries < ${maxTries} RETURNING code_tries AS tries`;
  return rows[0]?.tries ?? null;
}

/** Operations left pending past their hold time, cancelled. */
export function cancelStaleManualOperations(tx: LedgerSql, now: Date) {
  return tx.$queryRaw<Array<{ id: string; company_id: string; member_id: string }>>`
    UPDATE manual_operations SET state = 'CANCELLED', cancelled_at = ${now}, cancel_reason = 'TIMEOUT'
     WHERE state = 'PENDING' AND hold_expires_at <= ${now}
    RETURNING id, company_id, member_id`;
}

/** Marks the code as given correctly (it cannot be used again). */
export async function useManualCode(db: LedgerSql, id: string, hash: string): Promise<void> {
  await db.$executeRaw`UPDATE manual_operations SET code_hash = NULL WHERE id = ${id}::uuid AND code_hash = ${hash}`;
}

/** When the member's newest manual-operation code expires (the resend pause counts from it). */
export async function latestManualCodeExpiry(db: LedgerSql, memberId: string): Promise<Date | null> {
  const rows = await db.$queryRaw<Array<{ at: Date | null }>>`SELECT max(code_expires_at) AS at FROM manual_operations WHERE member_id = ${memberId}::uuid`;
  return rows[0]?.at ?? null;
}
