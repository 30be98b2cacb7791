import type { Decimal } from '../domain/money';
import { type LedgerSql, sqlAmount } from './prisma';

/** What a point of sale's confirmed operations moved in one currency over a period (plain SQL: one aggregate). */
export interface SettlementRow {
  currencyCode: string;
  purchaseAccruals: Decimal;
  manualAccruals: Decimal;
  payments: Decimal;
  manualDeductions: Decimal;
  paymentsReturned: Decimal;
  accrualsTakenBack: Decimal;
}

export async function settlementOf(db: LedgerSql, pointOfSaleId: string, from: Date, to: Date): Promise<SettlementRow[]> {
  const rows = await db.$queryRaw<Array<Record<string, unknown> & { code: string }>>`
    SELECT c.code,
      coalesce(sum(o.amount) FILTER (WHERE o.kind = 'ACCRUAL' AND o.origin = 'PURCHASE'), 0) AS purchase_accruals,
      coalesce(sum(o.amount) FILTER (WHERE o.kind = 'ACCRUAL' AND o.origin = 'MANUAL'), 0) AS manual_accruals,
      coalesce(sum(o.amount) FILTER (WHERE o.kind = 'PAYMENT' AND o.origin = 'PURCHASE'), 0) AS payments,
      coalesce(sum(o.amount) FILTER (WHERE o.kind = 'DEDUCTION' AND o.origin = 'MANUAL'), 0) AS manual_deductions,
      coalesce(sum(o.amount) FILTER (WHERE o.kind = 'ACCRUAL' AND o.origin = 'RETURN'), 0) AS payments_returned,
      coalesce(sum(o.amount) FILTER (WHERE o.kind = 'DEDUCTION' AND o.origin = 'RETURN'), 0) AS accruals_taken_back
      FROM operations o JOIN accounts a ON a.id = o.account_id JOIN currencies c ON c.id = a.currency_id
     WHERE o.point_of_sale_id = ${pointOfSaleId}::uuid AND o.recorded_at >= ${from} AND o.recorded_at < ${to}
     GROUP BY c.code ORDER BY c.code`;
  return rows.map((row) => ({
    currencyCode: row.code,
    purchaseAccruals: sqlAmount(row.purchase_accruals),
    manualAccruals: sqlAmount(row.manual_accruals),
    payments: sqlAmount(row.payments),
    manualDeductions: sqlAmount(row.manual_deductions),
    paymentsReturned: sqlAmount(row.payments_returned),
    accrualsTakenBack: sqlAmount(row.accruals_taken_back),
  }));
}
