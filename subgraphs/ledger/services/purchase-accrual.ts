import type { DomainEvent } from '../../../infra/outbox/outbox-writer';
import type { LockedPool } from '../data/accounts-store';
import type { CurrencyWithRules } from '../data/currencies-store';
import type { OperationRecord } from '../data/ledger-store';
import type { Purchase } from '../data/prisma';
import { accrualParts } from '../domain/accrual-lots';
import { lotDates } from '../domain/lots';
import type { Decimal } from '../domain/money';
import { accrueLot } from './ledger-writer';

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
      ? lotDates(soldAt, {
          activationDelayDays: part.terms.activationDelayDays ?? currency.rules?.activationDelayDays ?? 0,
          lifetimeDays: part.terms.lifetimeDays ?? currency.rules?.lifetimeDays ?? null,
        })
      : { activatesAt: purchase.accrualActivatesAt ?? soldAt, expiresAt: purchase.accrualExpiresAt };
    const accrued = await accrueLot(tx, locks, { ...base, kind: 'ACCRUAL', amount: part.amount }, dates);
    if (part.terms) offerLotIds.push(accrued.lotId);
    else lotId = accrued.lotId;
    events.push({
      type: 'bonuses.accrued',
      companyId: purchase.companyId,
      memberId: base.memberId,
      data: {
        operationId: accrued.operationId.toString(),
        currency: currency.code,
        amount: part.amount.toFixed(2),
        purchaseId: purchase.id,
        effectiveAt: soldAt,
        ...dates,
      },
    });
  }
  return { lotId, offerLotIds, events };
}
