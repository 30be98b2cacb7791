import { amount, type Decimal } from '../domain/money';
import type { LedgerDb, Prisma } from './prisma';

/** Named queries over purchases (the two-phase protocol) and the idempotency keys of POS calls. */

export function createPurchase(tx: LedgerDb, data: Prisma.PurchaseUncheckedCreateInput) {
  return tx.purchase.create({ data });
}

export async function lockPurchase(tx: LedgerDb, companyId: string, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  await tx.$queryRaw`SELECT id FROM purchases WHERE id = ${id}::uuid AND company_id = ${companyId}::uuid FOR UPDATE`;
  return tx.purchase.findFirst({ where: { id, companyId } });
}

export function updatePurchase(tx: LedgerDb, id: string, data: Prisma.PurchaseUncheckedUpdateInput) {
  return tx.purchase.update({ where: { id }, data });
}

/** Bonuses held by pending, unexpired purchases of these members (a stale hold holds nothing). */
export async function heldBy(tx: LedgerDb, memberIds: string[], currencyId: string, now: Date, except: string | null = null): Promise<Decimal> {
  const rows = await tx.$queryRaw<Array<{ held: unknown }>>`
    SELECT coalesce(sum(bonus_payment), 0) AS held FROM purchases
     WHERE member_id = ANY(${memberIds}::uuid[]) AND currency_id = ${currencyId}::uuid AND state = 'PENDING'
       AND hold_expires_at > ${now} AND (${except}::uuid IS NULL OR id <> ${except}::uuid)`;
  return amount(String(rows[0]?.held ?? 0));
}

/** Cancels pending purchases whose confirmation time has passed; returns them for their events. */
export function cancelStalePurchases(tx: LedgerDb, now: Date) {
  return tx.$queryRaw<Array<{ id: string; company_id: string; member_id: string | null }>>`
    UPDATE purchases SET state = 'CANCELLED', cancelled_at = ${now}, cancel_reason = 'TIMEOUT'
     WHERE state = 'PENDING' AND hold_expires_at <= ${now}
    RETURNING id, company_id, member_id`;
}

export function findIdempotencyKey(db: LedgerDb, terminalId: string, key: string) {
  return db.idempotencyKey.findUnique({ where: { terminalId_key: { terminalId, key } } });
}

export function saveIdempotencyKey(tx: LedgerDb, data: Prisma.IdempotencyKeyUncheckedCreateInput) {
  return tx.idempotencyKey.create({ data });
}

export function findPurchase(db: LedgerDb, companyId: string, id: string) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return Promise.resolve(null);
  return db.purchase.findFirst({ where: { id, companyId } });
}

/** Counts one try of the purchase's payment code, unless it has no tries left; the try count after it, or null. */
export async function countPaymentCodeTry(db: LedgerDb, id: string, maxTries: number): Promise<number | null> {
  const rows = await db.$queryRaw<Array<{ tries: number }>>`
    UPDATE purchases SET payment_code_tries = payment_code_tries + 1
     WHERE id = ${id}::uuid AND payment_code_tries < ${maxTries} RETURNING payment_code_tries AS tries`;
  return rows[0]?.tries ?? null;
}

/** Marks the payment code as given correctly (it cannot be used again). */
export async function usePaymentCode(db: LedgerDb, id: string, codeHash: string): Promise<void> {
  await db.$executeRaw`UPDATE purchases SET payment_code_hash = NULL WHERE id = ${id}::uuid AND payment_code_hash = ${codeHash}`;
}
