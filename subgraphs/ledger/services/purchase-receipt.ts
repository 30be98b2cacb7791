import type { CurrencyWithRules } from '../data/currencies-store';
import type { Purchase } from '../data/prisma';
import { amount } from '../domain/money';
import type { Receipt, ReceiptLineInput, ReceiptRules } from '../domain/receipt';

/** Between a currency's rules, a calculated receipt and a stored purchase. */

const DAY_MS = 24 * 3600_000;

export function rulesOf(currency: CurrencyWithRules): ReceiptRules {
  return {
    baseAccrualPercent: amount(currency.rules?.baseAccrualPercent ?? 0),
    maxPaymentShare: amount(currency.rules?.maxPaymentShare ?? 0),
    roundingStep: amount(currency.rules?.roundingStep ?? '0.01'),
    exchangeRate: amount(currency.exchangeRate),
  };
}

/** The calculated receipt as purchase columns; the accrual's lot dates count from `soldAt`. */
export function receiptColumns(receipt: Receipt, currency: CurrencyWithRules, soldAt: Date) {
  const activatesAt = new Date(soldAt.getTime() + (currency.rules?.activationDelayDays ?? 0) * DAY_MS);
  const lifetime = currency.rules?.lifetimeDays;
  const accrues = receipt.accrual.gt(0);
  return {
    lines: receipt.lines.map((line) => JSON.parse(JSON.stringify(line))),
    subtotal: receipt.subtotal.toFixed(2),
    discount: receipt.discount.toFixed(2),
    roundingCorrection: receipt.roundingCorrection.toFixed(2),
    total: receipt.total.toFixed(2),
    maxBonusPayment: receipt.maxBonusPayment.toFixed(2),
    bonusPayment: receipt.bonusPayment.toFixed(2),
    cashDue: receipt.cashDue.toFixed(2),
    accrual: receipt.accrual.toFixed(2),
    accrualActivatesAt: accrues ? activatesAt : null,
    accrualExpiresAt: accrues && lifetime ? new Date(activatesAt.getTime() + lifetime * DAY_MS) : null,
  };
}

/** The register's lines back from a stored purchase, to calculate it again. */
export function storedLines(purchase: Purchase): ReceiptLineInput[] {
  return (purchase.lines as Array<Record<string, string | null>>).map((line) => ({
    product: String(line.product),
    category: line.category,
    price: amount(String(line.price)),
    quantity: amount(String(line.quantity)),
    registerDiscount: amount(String(line.registerDiscount ?? 0)),
  }));
}
