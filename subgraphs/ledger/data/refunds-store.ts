import { amount, type Decimal } from '../domain/money';
import type { LedgerDb, LedgerSql, Prisma } from './prisma';

/** Returns of purchases (Prisma model API; row locks and the sweep are plain SQL). */

/**
 * What the purchase's other returns took: quantities per line and the bonus units they gave back.
 * Pending returns still in time at `pendingAt` count too (their quantities are reserved; null:
 * confirmed returns only); `except` is left out.
 */
export async function earlierReturns(tx: LedgerDb, purchaseId: string, pendingAt: Date | null, except: string | null = null) {
  const pending = pendingAt ? [{ state: 'PENDING' as const, holdExpiresAt: { gt: pendingAt } }] : [];
  const refunds = await tx.purchaseRefund.findMany({
    where: {
      purchaseId,
      ...(except ? { id: { not: except } } : {}),
      OR: [{ state: 'CONFIRMED' }, ...pending],
    },
    select: { lines: true, bonusReturned: true },
  });
  const quantities = new Map<number, Decimal>();
  let bonusReturned = amount(0);
  for (const refund of refunds) {
    bonusReturned = bonusReturned.plus(amount(refund.bonusReturned));
    for (const [lineNo, quantity] of Object.entries(refund.lines as Record<string, string>)) {
      quantities.set(Number(lineNo), (quantities.get(Number(lineNo)) ?? amount(0)).plus(quantity));
    }
  }
  return { quantities, bonusReturned };
}

export function createRefund(tx: LedgerDb, data: Prisma.PurchaseRefundUncheckedCreateInput) {
  return tx.purchaseRefund.create({ data });
}

export function findRefund(db: LedgerDb, id: string) {
  return db.purchaseRefund.findUnique({ where: { id } });
}

/** Locks a return's row (after its purchase's: the order every return locks in). */
export async function lockRefund(tx: LedgerDb, id: string) {
  const rows = await tx.$queryRaw<Array<{ id: string }>>`SELECT id FROM purchase_refunds WHERE id = ${id}::uuid FOR UPDATE`;
  return rows[0] ? tx.purchaseRefund.findUnique({ where: { id } }) : null;
}

export function updateRefund(tx: LedgerDb, id: string, data: Prisma.PurchaseRefundUncheckedUpdateInput) {
  return tx.purchaseRefund.update({ where: { id }, data });
}

/** Returns left pending past their hold time, cancelled. */
export function cancelStaleRefunds(tx: LedgerSql, now: Date) {
  return tx.$queryRaw<Array<{ id: string }>>`
    UPDATE purchase_refunds SET state = 'CANCELLED', cancelled_at = ${now}, cancel_reason = 'TIMEOUT', hold = 0
     WHERE state = 'PENDING' AND hold_expires_at <= ${now}
    RETURNING id`;
}
