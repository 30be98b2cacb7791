/**
 * Exact arithmetic the engine runs on: money as integer cents (bigint), other decimals as a bigint
 * over a power of ten. decimal.js is the API's currency; inside, bigint is exact and many times
 * faster, which is what lets a 30-line receipt meet its time budget.
 */
import Decimal from 'decimal.js';

/** A non-negative exact decimal: `n / 10^s`. */
export interface Scaled {
  readonly n: bigint;
  readonly s: number;
}

const POWERS: bigint[] = Array.from({ length: 41 }, (_, i) => 10n ** BigInt(i));

/** 10^s as a bigint (cached for the usual scales). */
export function pow10(s: number): bigint {
  return POWERS[s] ?? 10n ** BigInt(s);
}

/** Zero as a scaled value. */
export const ZERO_SCALED: Scaled = { n: 0n, s: 0 };

/** The one Decimal zero the engine hands out. */
export const ZERO = new Decimal(0);

const DECIMAL_TEXT = /^(\d+)(?:\.(\d+))?$/;

/** Parses a non-negative decimal string ("12.50", "3", "0.125"); null when it is not one. */
export function parseScaled(text: string): Scaled | null {
  const match = DECIMAL_TEXT.exec(text.trim());
  if (!match) return null;
  const whole = match[1] as string;
  const fraction = match[2] ?? '';
  return { n: BigInt(whole + fraction), s: fraction.length };
}

function digitCount(word: number): number {
  let count = 1;
  while (word >= 10) {
    word = Math.floor(word / 10);
    count++;
  }
  return count;
}

/**
 * A Decimal as an exact scaled value; throws on a negative or non-finite one (callers validate first).
 * Reads decimal.js's public read-only representation (`d`: base-1e7 words, `e`: exponent of the first
 * digit) instead of printing and parsing a string.
 */
export function scaledFromDecimal(value: Decimal): Scaled {
  const words = value.d;
  if (!words || !value.isFinite()) throw new RangeError(`${value.toString()} is not a finite amount`);
  const first = words[0] as number;
  if (first === 0) return ZERO_SCALED;
  if (value.s < 0) throw new RangeError(`${value.toString()} is negative`);
  // digits = words joined (7 per word after the first); the last word's trailing zeros are dropped,
  // so 12.5 becomes 125/10 rather than 125000000/10^7
  const last = words.length - 1;
  let n = 0n;
  let digits = 0;
  let zeros = 0;
  for (let i = 0; i <= last; i++) {
    let word = words[i] as number;
    let width = i === 0 ? digitCount(word) : 7;
    digits += width;
    if (i === last) {
      while (word % 10 === 0) {
        word /= 10;
        width--;
        zeros++;
      }
    }
    n = i === 0 ? BigInt(word) : n * pow10(width) + BigInt(word);
  }
  const exponent = value.e - digits + 1 + zeros;
  return exponent >= 0 ? { n: n * pow10(exponent), s: 0 } : { n, s: -exponent };
}

/** How many decimals a scaled value really carries (trailing zeros do not count). */
export function decimalPlaces(value: Scaled): number {
  let { n, s } = value;
  while (s > 0 && n % 10n === 0n) {
    n /= 10n;
    s--;
  }
  return s;
}

/** A scaled value in cents, rounded down (money never gains a fraction of a cent). */
export function centsFloor(value: Scaled): bigint {
  return value.s <= 2 ? value.n * pow10(2 - value.s) : value.n / pow10(value.s - 2);
}

// Decimals are immutable, so the amounts a process keeps producing (prices, shares, bonuses) are
// made once and shared; the cache starts over when full, so it never grows past its bound.
const DECIMAL_CACHE_SIZE = 50_000;
let decimalCache = new Map<bigint, Decimal>();

/** Cents as a Decimal ("12.34"), shared with earlier calls for the same amount. */
export function centsToDecimal(cents: bigint): Decimal {
  if (cents === 0n) return ZERO;
  let value = decimalCache.get(cents);
  if (value === undefined) {
    const negative = cents < 0n;
    const digits = (negative ? -cents : cents).toString().padStart(3, '0');
    value = new Decimal(`${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`);
    if (decimalCache.size >= DECIMAL_CACHE_SIZE) decimalCache = new Map();
    decimalCache.set(cents, value);
  }
  return value;
}

/** ⌈a / b⌉ for a ≥ 0, b > 0. */
export function ceilDiv(a: bigint, b: bigint): bigint {
  return (a + b - 1n) / b;
}

/** The smaller of two bigints. */
export function min(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

/** The sum of bigints (0 for none). */
export function sumOf(values: readonly bigint[]): bigint {
  let total = 0n;
  for (const value of values) total += value;
  return total;
}

/**
 * Splits `total` cents over weights like the ledger's `distribute`: each share rounded down, the cents
 * left over to the largest remainders (ties: the earlier weight), so the shares add up exactly. A share
 * never exceeds its weight when the total does not exceed the weights' sum.
 */
export function distributeCents(total: bigint, weights: readonly bigint[]): bigint[] {
  let weightSum = 0n;
  for (const w of weights) weightSum += w;
  if (total === 0n || weightSum === 0n) return weights.map(() => 0n);
  const shares: bigint[] = new Array(weights.length);
  const rests: bigint[] = new Array(weights.length);
  let given = 0n;
  for (let i = 0; i < weights.length; i++) {
    const x = total * (weights[i] as bigint);
    const share = x / weightSum;
    shares[i] = share;
    rests[i] = x % weightSum;
    given += share;
  }
  let left = Number(total - given);
  if (left > 0) {
    const order = weights.map((_, i) => i);
    order.sort((a, b) => {
      const ra = rests[a] as bigint;
      const rb = rests[b] as bigint;
      return ra === rb ? a - b : ra > rb ? -1 : 1;
    });
    for (const i of order) {
      if (left <= 0) break;
      shares[i] = (shares[i] as bigint) + 1n;
      left--;
    }
  }
  return shares;
}

/** Weights that are all zero become equal ones, so a fixed amount still has somewhere to go. */
export function weightsOrEqual(weights: readonly bigint[]): readonly bigint[] {
  for (const w of weights) if (w > 0n) return weights;
  return weights.map(() => 1n);
}
