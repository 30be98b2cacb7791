/**
 * The register's own discount against the offers' ones, per line. ACCEPT: offers work on the price
 * after the register's discount. COMBINE: offers work on the price before it, and both are taken.
 * REPLACE: offers work on the price before it; the larger of the two (offers' sum or register's) is
 * kept, the other dropped. Without a REGISTER_DISCOUNT action: ACCEPT, and discounted lines accrue.
 */
import type { RegisterDiscountAction } from './definition';
import type { PreparedLine } from './lines';

export interface DiscountEntry {
  ordinal: number;
  amount: bigint;
  rounding: bigint;
}

/** One line's progress through the offers. */
export interface LineState {
  policy: RegisterDiscountAction['policy'];
  /** The REGISTER_DISCOUNT action that set the policy (the first by rank among the line's offers); null: the default. */
  policyAction: RegisterDiscountAction | null;
  /** Sum of the offers' discounts so far. */
  offersTotal: bigint;
  /** The register's discount the line keeps; set by `settleRegisterDiscount`. */
  keptRegister: bigint;
  /** One entry per offer that discounted the line, in the order they applied. */
  entries: DiscountEntry[];
}

/** A line's state before any offer, with the policy of the first (by rank) applying offer that has one. */
export function newLineState(policyAction: RegisterDiscountAction | null): LineState {
  return { policy: policyAction?.policy ?? 'ACCEPT', policyAction, offersTotal: 0n, keptRegister: 0n, entries: [] };
}

/** What the next offer's percent, fixed price or free units are computed on. */
export function priceForOffers(line: PreparedLine, state: LineState): bigint {
  return line.gross - (state.policy === 'ACCEPT' ? line.register : 0n) - state.offersTotal;
}

/** How much more the offers may take off the line before it reaches zero. */
export function roomLeft(line: PreparedLine, state: LineState): bigint {
  return line.gross - (state.policy === 'REPLACE' ? 0n : line.register) - state.offersTotal;
}

/**
 * Ends a line's offers: under REPLACE the register's discount is dropped when the offers give more,
 * otherwise the offers' discounts on the line are dropped (returned, so their budgets get them back).
 */
export function settleRegisterDiscount(line: PreparedLine, state: LineState): DiscountEntry[] {
  if (state.policy !== 'REPLACE' || state.offersTotal === 0n) {
    state.keptRegister = line.register;
    return [];
  }
  if (state.offersTotal > line.register) {
    state.keptRegister = 0n;
    return [];
  }
  state.keptRegister = line.register;
  const dropped = state.entries.filter((entry) => entry.amount > 0n).map((entry) => ({ ...entry }));
  for (const entry of state.entries) {
    entry.amount = 0n;
    entry.rounding = 0n;
  }
  state.offersTotal = 0n;
  return dropped;
}

/** Whether the line earns bonuses: not when it keeps a register discount and the policy's action says such lines do not accrue. */
export function lineAccrues(state: LineState | undefined, line: PreparedLine): boolean {
  const keptRegister = state ? state.keptRegister : line.register;
  return !(keptRegister > 0n && state?.policyAction?.discountedLinesAccrue === false);
}
