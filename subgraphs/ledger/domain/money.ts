import Decimal from 'decimal.js';

export { Decimal };

/**
 * Amounts carry two decimal places, like the ledger's columns: bonus units of every currency
 * (stored as numeric(18, 2)) and money, which every calculation rounds down to the cent. No
 * currency has a scale of its own, so this is the scale of all of them.
 */
export const AMOUNT_PLACES = 2;
export const ZERO = new Decimal(0);
export const CENT = new Decimal('0.01');

export function amount(value: Decimal.Value | { toString(): string }): Decimal {
  return new Decimal(typeof value === 'object' && !(value instanceof Decimal) ? value.toString() : value);
}

/** An amount as clients read it: at its currency's scale, e.g. `"100.50"`, `"15.00"`, `"0.00"`. */
export function formatAmount(value: Decimal.Value | { toString(): string }): string {
  return amount(value).toFixed(AMOUNT_PLACES);
}

export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const value of values) total = total.plus(value);
  return total;
}

export function isValidAmount(value: Decimal): boolean {
  return value.isFinite() && value.gt(0) && value.decimalPlaces() <= AMOUNT_PLACES;
}

/** Rounds down to a step (a cent, a rounding step of the program): never more than the exact value. */
export function floorTo(value: Decimal, step: Decimal): Decimal {
  return value.dividedBy(step).floor().times(step);
}

/** Rounds down to the cent. */
export function cents(value: Decimal): Decimal {
  return floorTo(value, CENT);
}

/**
 * The one conversion between bonus units and money (a currency's exchange rate is the money one unit
 * pays for). Rounding rule: both directions round down to the cent, so a conversion never creates
 * value. A return does not convert money back to units at all: it gives back its share of the units
 * that were paid (see domain/refund.ts), so pay-then-return neither gains nor loses a cent.
 */
export const bonusMoney = {
  /** What `units` bonus units pay for, in money. */
  valueOf(units: Decimal, exchangeRate: Decimal): Decimal {
    return cents(units.times(exchangeRate));
  },
  /** How many bonus units `money` is worth. */
  unitsFor(money: Decimal, exchangeRate: Decimal): Decimal {
    return cents(money.dividedBy(exchangeRate));
  },
};

/**
 * `part / whole` of `total`, rounded down to the cent. Shares taken on a running total
 * (share(after) − share(before)) add up to exactly `total` once `part` reaches `whole`.
 */
export function proportionalShare(total: Decimal, part: Decimal, whole: Decimal): Decimal {
  if (whole.isZero()) return ZERO;
  if (part.gte(whole)) return total;
  return cents(total.times(part).dividedBy(whole));
}
