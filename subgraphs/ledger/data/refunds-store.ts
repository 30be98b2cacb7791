import { amount, type Decimal } from '../domain/money';
import type { LedgerDb, Prisma } from './prisma';

/** What earlier returns of a purchase took: quantities per line, and the bonus units they gave back. */
export async function earlierReturns(tx: LedgerDb, purchaseId: string): Promise<{ quantities: Map<number, Decimal>; bonusReturned: Decimal }> {
  const refunds = await tx.purchaseRefund.findMany({ where: { purchaseId }, select: { lines: true, bonusReturned: true } });
  const returned = new Map<number, Decimal>();
  let bonusReturned = amount(0);
  for (const refund of refunds) {
    bonusReturned = bonusReturned.plus(amount(refund.bonusReturned));
    for (const [lineNo, quantity] of Object.entries(refund.lines as Record<string, string>)) {
      returned.set(Number(lineNo), (returned.get(Number(lineNo)) ?? amount(0)).plus(quantity));
    }
  }
  return { quantities: returned, bonusReturned };
}

export function createRefund(tx: LedgerDb, data: Prisma.PurchaseRefundUncheckedCreateInput) {
  return tx.purchaseRefund.create({ data });
}

export function refundsOf(db: LedgerDb, purchaseId: string) {
  return db.purchaseRefund.findMany({ where: { purchaseId }, orderBy: { createdAt: 'asc' } });
}
