import { type Decimal, sum, ZERO } from './money';

/** The six figures of domain.md for one currency at one moment. */
export interface BalanceFigures {
  active: Decimal;
  nonActivated: Decimal;
  /** Everything ever accrued, less manual deductions. */
  totalAccrued: Decimal;
  /** Spent on purchases only. */
  totalDeducted: Decimal;
  expired: Decimal;
  toExpire: Array<{ amount: Decimal; expiresAt: Date }>;
  /** Taken back by returns beyond what was left (WRITE_OFF_TO_NEGATIVE), not yet repaid; active is below zero by it. */
  debt: Decimal;
}

/** Running totals of every fact up to a moment (see Checkpoint). */
export interface Totals {
  accruedGross: Decimal;
  payments: Decimal;
  deductions: Decimal;
  expired: Decimal;
}

export const NO_TOTALS: Totals = { accruedGross: ZERO, payments: ZERO, deductions: ZERO, expired: ZERO };

export function addTotals(a: Totals, b: Totals): Totals {
  return {
    accruedGross: a.accruedGross.plus(b.accruedGross),
    payments: a.payments.plus(b.payments),
    deductions: a.deductions.plus(b.deductions),
    expired: a.expired.plus(b.expired),
  };
}

export interface BalanceInputs {
  /** Totals of all facts up to the moment asked for. */
  totals: Totals;
  /** Amounts of lots that exist but have not activated yet at that moment. */
  nonActivated: Decimal[];
  /** Lots alive at that moment that carry an expiry: what is left of each, and when it expires. */
  expiring: Array<{ remaining: Decimal; expiresAt: Date }>;
  /** Outstanding debt at that moment. */
  debt?: Decimal;
  /** Paid bonuses given back by returns up to that moment (held in lots of their own). */
  returnedPayments?: Decimal;
}

/**
 * Composes the figures. Every accrued unit is, at any moment, exactly one of: active, not yet
 * activated, spent on a purchase, deducted manually, or expired; so
 * totalAccrued = active + nonActivated + totalDeducted + expired holds by construction. A debt is
 * deducted but drawn from no lot yet: it lowers active (below zero) and totalAccrued alike. Paid
 * bonuses a return gave back sit in lots of their own, but are a payment undone, not an accrual:
 * they lower totalDeducted and totalAccrued alike, and the identity still holds.
 */
export function composeBalance(inputs: BalanceInputs): BalanceFigures {
  const { totals } = inputs;
  const debt = inputs.debt ?? ZERO;
  const returned = inputs.returnedPayments ?? ZERO;
  const nonActivated = sum(inputs.nonActivated);
  const active = totals.accruedGross.minus(totals.payments).minus(totals.deductions).minus(totals.expired).minus(nonActivated).minus(debt);
  const byDate = new Map<number, Decimal>();
  for (const lot of inputs.expiring) {
    if (lot.remaining.lte(0)) continue;
    const key = lot.expiresAt.getTime();
    byDate.set(key, (byDate.get(key) ?? ZERO).plus(lot.remaining));
  }
  return {
    active,
    nonActivated,
    totalAccrued: totals.accruedGross.minus(totals.deductions).minus(debt).minus(returned),
    totalDeducted: totals.payments.minus(returned),
    expired: totals.expired,
    debt,
    toExpire: [...byDate.entries()].sort(([a], [b]) => a - b).map(([at, amount]) => ({ amount, expiresAt: new Date(at) })),
  };
}
