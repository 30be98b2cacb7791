import Decimal from 'decimal.js';

export { Decimal };

/** Bonus amounts carry two decimal places, like the ledger's columns. */
export const AMOUNT_PLACES = 2;
export const ZERO = new Decimal(0);

export function amount(value: Decimal.Value | { toString(): string }): Decimal {
  return new Decimal(typeof value === 'object' && !(value instanceof Decimal) ? value.toString() : value);
}

export function sum(values: Iterable<Decimal>): Decimal {
  let total = ZERO;
  for (const value of values) total = total.plus(value);
  return total;
}

export function isValidAmount(value: Decimal): boolean {
  return value.isFinite() && value.gt(0) && value.decimalPlaces() <= AMOUNT_PLACES;
}
