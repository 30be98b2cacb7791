/**
 * The arithmetic of one DISCOUNT action over the lines it applies to, in cents. Each line comes with
 * its `price` (what the action computes on) and its `room` (how much more it may still lose before it
 * reaches zero). Money rounds in the member's favour: a discount rounds up to the cent, a price down.
 */
import type { CompiledDiscount, CompiledRounding } from './compile';
import { ceilDiv, distributeCents, min, pow10, sumOf } from './exact';
import type { PreparedLine } from './lines';

export interface ActionLines {
  lines: readonly PreparedLine[];
  prices: readonly bigint[];
  rooms: readonly bigint[];
}

/** What one action takes off each of its lines, before rounding; never more than the line's room. */
export function proposeDiscount(action: CompiledDiscount, at: ActionLines): bigint[] {
  const raw = rawDiscount(action, at);
  for (let i = 0; i < raw.length; i++) raw[i] = min(raw[i] as bigint, at.rooms[i] as bigint);
  return raw;
}

function rawDiscount(action: CompiledDiscount, { lines, prices }: ActionLines): bigint[] {
  switch (action.kind) {
    case 'PERCENT': {
      const denominator = 100n * pow10(action.percent.s);
      if (action.scope === 'LINE') return prices.map((price) => ceilDiv(price * action.percent.n, denominator));
      return distributeCents(ceilDiv(sumOf(prices) * action.percent.n, denominator), prices);
    }
    case 'AMOUNT':
      if (action.scope === 'LINE') return prices.map((price) => min(action.cents, price));
      return distributeCents(min(action.cents, sumOf(prices)), prices);
    case 'FIXED_PRICE':
      return prices.map((price, i) => {
        const q = (lines[i] as PreparedLine).quantity;
        const target = (action.cents * q.n) / pow10(q.s);
        return price > target ? price - target : 0n;
      });
    case 'N_FOR_M':
      return action.scope === 'LINE'
        ? prices.map((price, i) => freeValueOfLine(lines[i] as PreparedLine, price, action.n, action.m))
        : freeValueOfPool(lines, prices, action.n, action.m);
  }
}

/** N_FOR_M on one line: of every n whole units, n − m are free; their value (rounded up to the cent). */
function freeValueOfLine(line: PreparedLine, price: bigint, n: bigint, m: bigint): bigint {
  const free = (line.units / n) * (n - m);
  if (free === 0n) return 0n;
  const value = ceilDiv(free * price * pow10(line.quantity.s), line.quantity.n);
  return min(value, price);
}

/**
 * N_FOR_M over the lines together: of all their whole units, ⌊units / n⌋ × (n − m) are free, the
 * cheapest ones (by the unit price left on each line); their value, rounded up to the cent, is spread
 * over the lines by value, so every qualifying unit gets the same share off.
 */
function freeValueOfPool(lines: readonly PreparedLine[], prices: readonly bigint[], n: bigint, m: bigint): bigint[] {
  let units = 0n;
  for (const line of lines) units += line.units;
  let free = (units / n) * (n - m);
  if (free === 0n) return prices.map(() => 0n);
  // unit price of line i = prices[i] × 10^s_i / q_i; compare by cross-multiplying, ties by position
  const order = lines.map((_, i) => i).filter((i) => (lines[i] as PreparedLine).units > 0n);
  const unitNum = (i: number) => (prices[i] as bigint) * pow10((lines[i] as PreparedLine).quantity.s);
  const unitDen = (i: number) => (lines[i] as PreparedLine).quantity.n;
  order.sort((a, b) => {
    const left = unitNum(a) * unitDen(b);
    const right = unitNum(b) * unitDen(a);
    return left === right ? a - b : left < right ? -1 : 1;
  });
  let num = 0n;
  let den = 1n;
  for (const i of order) {
    if (free === 0n) break;
    const take = min(free, (lines[i] as PreparedLine).units);
    free -= take;
    // num/den += take × unitNum / unitDen
    num = num * unitDen(i) + take * unitNum(i) * den;
    den *= unitDen(i);
  }
  const value = min(ceilDiv(num, den), sumOf(prices));
  return distributeCents(value, prices);
}

/**
 * The rounding correction after an action, as more discount: UNIT_PRICE rounds each discounted line's
 * unit price down to the step; RECEIPT_TOTAL rounds the action's lines' total down to the step and
 * spreads the difference by value. Nothing when the action discounted nothing.
 */
export function roundingCorrection(
  rounding: CompiledRounding,
  lines: readonly PreparedLine[],
  discounts: readonly bigint[],
  roomsAfter: readonly bigint[],
): bigint[] {
  if (rounding.of === 'UNIT_PRICE') {
    return roomsAfter.map((room, i) => {
      if ((discounts[i] as bigint) === 0n || room === 0n) return 0n;
      const q = (lines[i] as PreparedLine).quantity;
      const scale = pow10(q.s);
      const unitSteps = (room * scale) / (q.n * rounding.stepCents);
      const newTotal = (unitSteps * rounding.stepCents * q.n) / scale;
      return room - newTotal;
    });
  }
  if (sumOf(discounts) === 0n) return roomsAfter.map(() => 0n);
  const correction = sumOf(roomsAfter) % rounding.stepCents;
  return distributeCents(correction, roomsAfter);
}
