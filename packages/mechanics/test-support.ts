/**
 * Builders the engine's tests share: terse offers, lines and contexts with the defaults spelled out
 * once, and readers that turn answers into plain strings for exact comparisons.
 */
import Decimal from 'decimal.js';
import { type BonusPointsAction, type DiscountAction, NO_FILTERS, type OfferFilters, type OfferRule } from './definition';
import type { EvaluationContext, ReceiptInput, ReceiptLine } from './receipt-input';
import type { AppliedOffers, OfferAccruals, Rejection } from './results';

export const dec = (value: Decimal.Value) => new Decimal(value);

/** An offer with no filters and no actions, COMBINABLE in the null group, PRIORITY competition, priority 0. */
export function offer(offerId: string, patch: Partial<Omit<OfferRule, 'filters'>> & { filters?: Partial<OfferFilters> } = {}): OfferRule {
  const { filters, ...rest } = patch;
  return {
    offerId,
    version: 1,
    name: offerId,
    priority: 0,
    stacking: { mode: 'COMBINABLE', group: null },
    competition: 'PRIORITY',
    startsAt: null,
    endsAt: null,
    event: { kind: 'RECEIPT' },
    actions: [],
    ...rest,
    filters: { ...NO_FILTERS, ...filters },
  };
}

export function discount(base: DiscountAction['base'], value: string | null, more: Partial<DiscountAction> = {}): DiscountAction {
  return { kind: 'DISCOUNT', base, value, scope: 'LINE', n: null, m: null, rounding: null, ...more };
}

export function points(base: BonusPointsAction['base'], value: string, more: Partial<BonusPointsAction> = {}): BonusPointsAction {
  return { kind: 'BONUS_POINTS', base, value, currency: null, activationDelayDays: null, lifetimeDays: null, ...more };
}

let lineCounter = 0;

/** A line: `line('sku', '9.99', 2)`; category path, brand and register discount as options. */
export function line(
  sku: string,
  price: string,
  quantity: Decimal.Value = 1,
  more: { categoryPath?: string[]; brand?: string | null; registerDiscount?: string; lineNo?: number } = {},
): ReceiptLine {
  return {
    lineNo: more.lineNo ?? ++lineCounter,
    sku,
    categoryPath: more.categoryPath ?? [],
    brand: more.brand ?? null,
    price: dec(price),
    quantity: dec(quantity),
    registerDiscount: dec(more.registerDiscount ?? '0'),
  };
}

/** A receipt numbering its lines 1, 2, 3…, at a POS of store-1 on Wednesday 2025-03-05 12:00. */
export function receipt(lines: ReceiptLine[], more: Partial<Omit<ReceiptInput, 'lines'>> = {}): ReceiptInput {
  return {
    lines: lines.map((l, i) => ({ ...l, lineNo: i + 1 })),
    pointOfSaleId: 'store-1',
    channel: 'POS',
    localTime: '2025-03-05T12:00',
    currency: 'PTS',
    ...more,
  };
}

export const MEMBER = { state: 'REGISTERED', audienceIds: new Set(['regulars']), purchaseOrdinal: 3 };

/** A member receipt's context: base accrual 1 %, currency PTS at 1 money unit a point, no budgets, no coupons. */
export function context(more: Partial<EvaluationContext> = {}): EvaluationContext {
  return {
    member: MEMBER,
    couponOfferIds: new Set(),
    productLists: new Map(),
    budgetLeft: new Map(),
    baseAccrualPercent: dec(1),
    defaultCurrency: 'PTS',
    exchangeRates: new Map([['PTS', dec(1)]]),
    ...more,
  };
}

/** Line totals as "0.00" strings. */
export const totals = (applied: AppliedOffers) => applied.lines.map((l) => l.total.toFixed(2));

/** Each line's offer discounts as "offerId:amount" (rounding included). */
export const discountsOf = (applied: AppliedOffers) => applied.lines.map((l) => l.discounts.map((d) => `${d.offerId}:${d.amount.toFixed(2)}`).join(' '));

/** The offers that applied, rank order. */
export const appliedIds = (applied: AppliedOffers) => applied.offers.filter((o) => o.status === 'APPLIED').map((o) => o.offerId);

/** Why an offer was rejected (needs `explainRejections`). */
export function reasonOf(applied: AppliedOffers, offerId: string): Rejection | 'APPLIED' | undefined {
  const outcome = applied.offers.find((o) => o.offerId === offerId);
  return outcome?.status === 'REJECTED' ? outcome.reason : outcome ? 'APPLIED' : undefined;
}

/** Each line's bonuses as "offerId:currency:amount". */
export const bonusesOf = (accruals: OfferAccruals) =>
  accruals.lines.map((l) => l.bonuses.map((b) => `${b.offerId}:${b.currency}:${b.amount.toFixed(2)}`).join(' '));
