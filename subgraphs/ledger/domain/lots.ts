import { type Decimal, ZERO } from './money';

export type SpendingOrder = 'EXPIRING_FIRST' | 'OLDEST_FIRST' | 'NEWEST_FIRST';

/** A lot as the allocation rules see it: its dates and what is left of it at the moment of spending. */
export interface LotState {
  id: string;
  /** The account holding the lot (a family pool spans several). */
  accountId?: string;
  effectiveAt: Date;
  activatesAt: Date;
  expiresAt: Date | null;
  remaining: Decimal;
}

const DAY_MS = 24 * 3600_000;

/** A new lot's dates from when it is accrued: activated after the delay, expiring a lifetime later (never without one). */
export function lotDates(accruedAt: Date, rules: { activationDelayDays: number; lifetimeDays: number | null }): { activatesAt: Date; expiresAt: Date | null } {
  const activatesAt = new Date(accruedAt.getTime() + rules.activationDelayDays * DAY_MS);
  return { activatesAt, expiresAt: rules.lifetimeDays ? new Date(activatesAt.getTime() + rules.lifetimeDays * DAY_MS) : null };
}

type LotTerms = { activationDelayDays: number | null; lifetimeDays: number | null };

/**
 * A new lot's dates on its own terms where they set them (an offer's activation delay or lifetime),
 * the currency's rules where not: no delay and no expiry when neither says.
 */
export function lotDatesOn(accruedAt: Date, terms: LotTerms | null | undefined, rules: LotTerms | null | undefined) {
  return lotDates(accruedAt, {
    activationDelayDays: terms?.activationDelayDays ?? rules?.activationDelayDays ?? 0,
    lifetimeDays: terms?.lifetimeDays ?? rules?.lifetimeDays ?? null,
  });
}

/** A lot can pay at `at` when it exists, has activated and has not expired yet. */
export function isActiveAt(lot: Pick<LotState, 'effectiveAt' | 'activatesAt' | 'expiresAt'>, at: Date): boolean {
  return lot.effectiveAt <= at && lot.activatesAt <= at && (lot.expiresAt === null || lot.expiresAt > at);
}

const byEffective = (a: LotState, b: LotState) => a.effectiveAt.getTime() - b.effectiveAt.getTime() || a.id.localeCompare(b.id);

/** Orders the lots a spend draws: the company's configured spending order, ties broken deterministically. */
export function orderForSpending(lots: LotState[], order: SpendingOrder): LotState[] {
  const sorted = [...lots];
  switch (order) {
    case 'OLDEST_FIRST':
      return sorted.sort(byEffective);
    case 'NEWEST_FIRST':
      return sorted.sort((a, b) => -byEffective(a, b));
    default:
      // Soonest expiry first, lots that never expire last, older accruals first among equals.
      return sorted.sort((a, b) => {
        const ea = a.expiresAt?.getTime() ?? Number.POSITIVE_INFINITY;
        const eb = b.expiresAt?.getTime() ?? Number.POSITIVE_INFINITY;
        return ea === eb ? byEffective(a, b) : ea - eb;
      });
  }
}

export interface Draw {
  lotId: string;
  amount: Decimal;
}

/** What can be spent at `at` from these lots. */
export function spendableAt(lots: LotState[], at: Date): Decimal {
  return lots.filter((lot) => isActiveAt(lot, at)).reduce((total, lot) => total.plus(lot.remaining), ZERO);
}

/**
 * Draws `amount` from the lots active at `at`, in spending order. Returns the draws, or null when the
 * active lots do not cover the amount (nothing is drawn then). Mutates nothing.
 */
export function planDraws(lots: LotState[], amount: Decimal, at: Date, order: SpendingOrder): Draw[] | null {
  const draws: Draw[] = [];
  let left = amount;
  for (const lot of orderForSpending(
    lots.filter((l) => isActiveAt(l, at) && l.remaining.gt(0)),
    order,
  )) {
    if (left.lte(0)) break;
    const take = lot.remaining.lt(left) ? lot.remaining : left;
    draws.push({ lotId: lot.id, amount: take });
    left = left.minus(take);
  }
  return left.gt(0) ? null : draws;
}
