import type { DomainEvent } from '../../../infra/outbox/outbox-writer';
import { type LockedPool, lockPoolFor } from '../data/accounts-store';
import { type CurrencyWithRules, spendingOrderOf } from '../data/currencies-store';
import type { OperationRecord } from '../data/ledger-store';
import type { LedgerSql, Purchase } from '../data/prisma';
import { accrualParts, otherCurrencyParts } from '../domain/accrual-lots';
import { lotDatesOn } from '../domain/lots';
import type { Decimal } from '../domain/money';
import { accrueLot, placeFrom } from './ledger-writer';

/** The `bonuses.accrued` event of one of a purchase's lots. */
function lotAccrued(
  purchase: Purchase,
  memberId: string,
  currency: string,
  accrued: { operationId: bigint; amount: Decimal },
  soldAt: Date,
  dates: { activatesAt: Date; expiresAt: Date | null },
): DomainEvent {
  const data = {
    operationId: accrued.operationId.toString(),
    currency,
    amount: accrued.amount.toFixed(2),
    purchaseId: purchase.id,
    effectiveAt: soldAt,
    ...dates,
  };
  return { type: 'bonuses.accrued', companyId: purchase.companyId, memberId, data };
}

/**
 * Accrues a confirmed purchase's bonuses: its own lot on the currency's terms (the dates the
 * calculation recorded), and one lot per activation delay or lifetime an offer set for its bonuses.
 * Answers the lots and their `bonuses.accrued` events.
 */
export async function accruePurchase(
  tx: Parameters<typeof accrueLot>[0],
  locks: LockedPool,
  call: { purchase: Purchase; accrual: Decimal; soldAt: Date; currency: CurrencyWithRules; base: Omit<OperationRecord, 'kind' | 'amount'> },
): Promise<{ lotId: string | null; offerLotIds: string[]; events: DomainEvent[] }> {
  const { purchase, soldAt, currency, base } = call;
  let lotId: string | null = null;
  const offerLotIds: string[] = [];
  const events: DomainEvent[] = [];
  for (const part of accrualParts(purchase.lines as never, call.accrual)) {
    const dates = part.terms
      ? lotDatesOn(soldAt, part.terms, currency.rules)
      : { activatesAt: purchase.accrualActivatesAt ?? soldAt, expiresAt: purchase.accrualExpiresAt };
    const accrued = await accrueLot(tx, locks, { ...base, kind: 'ACCRUAL', amount: part.amount }, dates);
    if (part.terms) offerLotIds.push(accrued.lotId);
    else lotId = accrued.lotId;
    events.push(lotAccrued(purchase, base.memberId, currency.code, { ...accrued, amount: part.amount }, soldAt, dates));
  }
  return { lotId, offerLotIds, events };
}

/**
 * Accrues a confirmed purchase's offer bonuses in other currencies: for each, the member's pool in
 * that currency is locked (after the receipt's, currencies in code order) and gets a lot per terms,
 * dated from the sale (an offline receipt's later spends there are placed again). A currency the
 * company lost since the calculation is skipped. Answers the lots (kept with the offers' own ones)
 * and their events.
 */
export async function accrueInOtherCurrencies(
  tx: LedgerSql,
  currencyByCode: (companyId: string, code: string) => Promise<CurrencyWithRules | null>,
  call: { purchase: Purchase; pool: string[]; soldAt: Date; now: Date; base: Omit<OperationRecord, 'kind' | 'amount'> },
): Promise<{ lotIds: string[]; events: DomainEvent[] }> {
  const { purchase, pool, soldAt, now, base } = call;
  const lotIds: string[] = [];
  const events: DomainEvent[] = [];
  for (const { currency: code, parts } of otherCurrencyParts(purchase.lines as never)) {
    const currency = await currencyByCode(purchase.companyId, code);
    if (!currency) continue;
    const { accountId, locks } = await lockPoolFor(tx, purchase.companyId, currency.id, base.memberId, pool);
    for (const part of parts) {
      const dates = lotDatesOn(soldAt, part.terms, currency.rules);
      const accrued = await accrueLot(tx, locks, { ...base, accountId, kind: 'ACCRUAL', amount: part.amount }, dates);
      lotIds.push(accrued.lotId);
      events.push(lotAccrued(purchase, base.memberId, code, { ...accrued, amount: part.amount }, soldAt, dates));
    }
    if (soldAt < now) await placeFrom(tx, locks, soldAt, spendingOrderOf(currency));
  }
  return { lotIds, events };
}
