import { amount, type Decimal } from '../domain/money';
import type { LedgerDb, Prisma } from './prisma';

/** Quantities already returned per line of a purchase. */
export async function returnedQuantities(tx: LedgerDb, purchaseId: string): Promise<Map<number, Decimal>> {
  const refunds = await tx.purchaseRefund.findMany({ where: { purchaseId }, select: { lines: true } });
  const returned = new Map<number, Decimal>();
  for (const refund of refunds) {
    for (const [lineNo, quantity] of Object.entries(refund.lines as Record<string, string>)) {
      returned.set(Number(lineNo), (returned.get(Number(lineNo)) ?? amount(0)).plus(quantity));
    }
  }
  return returned;
}

export function createRefund(tx: LedgerDb, data: Prisma.PurchaseRefundUncheckedCreateInput) {
  return tx.purchaseRefund.create({ data });
}

export function refundsOf(db: LedgerDb, purchaseId: string) {
  return db.purchaseRefund.findMany({ where: { purchaseId }, orderBy: { createdAt: 'asc' } });
}
