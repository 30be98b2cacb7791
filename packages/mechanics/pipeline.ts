/**
 * Runs a set of offers, each on its lines, through the discounts: in rank order, each action seeing
 * the price the previous ones left, each offer held to its budget, then the register's discount
 * settled per line. The same run serves the real application and the worth of a contender.
 */
import type { CompiledOffer } from './compile';
import { proposeDiscount, roundingCorrection } from './discounts';
import { distributeCents, min, sumOf } from './exact';
import type { PreparedLine } from './lines';
import { type LineState, lineAccrues, newLineState, priceForOffers, roomLeft, settleRegisterDiscount } from './register-discount';

/** An offer and the lines (receipt positions, ascending) it applies to. */
export interface Application {
  offer: CompiledOffer;
  lineIdxs: number[];
}

export interface OfferRun {
  offer: CompiledOffer;
  lineIdxs: number[];
  /** The budget before this receipt (cents), null: unlimited. */
  budgetBefore: bigint | null;
  /** What is left of it after the discounts (the bonuses may use it). */
  budgetLeft: bigint | null;
  discountCapped: boolean;
  /** Positions of the lines where REPLACE kept the register's discount over the offers'. */
  registerKept: number[];
}

export interface Run {
  lines: readonly PreparedLine[];
  /** Per receipt position; undefined for a line no offer of the run touches. */
  states: Array<LineState | undefined>;
  offers: OfferRun[];
  /** Line totals after everything (cents), per position. */
  totals: bigint[];
  accrues: boolean[];
}

/** Applies the offers (given in rank order) to their lines; `budgetOf` gives an offer's budget left in cents (null: none). */
export function runOffers(lines: readonly PreparedLine[], applications: readonly Application[], budgetOf: (offer: CompiledOffer) => bigint | null): Run {
  const states: Array<LineState | undefined> = new Array(lines.length);
  for (const { offer, lineIdxs } of applications) {
    for (const idx of lineIdxs) {
      const state = states[idx];
      if (state === undefined) states[idx] = newLineState(offer.register);
      else if (state.policyAction === null && offer.register !== null) states[idx] = newLineState(offer.register);
    }
  }
  const runs: OfferRun[] = [];
  const runByOrdinal = new Map<number, OfferRun>();
  for (const { offer, lineIdxs } of applications) {
    const budgetBefore = budgetOf(offer);
    const run: OfferRun = { offer, lineIdxs, budgetBefore, budgetLeft: budgetBefore, discountCapped: false, registerKept: [] };
    runs.push(run);
    runByOrdinal.set(offer.ordinal, run);
    if (offer.discounts.length > 0) applyDiscounts(lines, states, run);
  }
  const totals: bigint[] = new Array(lines.length);
  const accrues: boolean[] = new Array(lines.length);
  for (let idx = 0; idx < lines.length; idx++) {
    const line = lines[idx] as PreparedLine;
    const state = states[idx];
    if (state) {
      for (const dropped of settleRegisterDiscount(line, state)) {
        const run = runByOrdinal.get(dropped.ordinal) as OfferRun;
        if (run.budgetLeft !== null) run.budgetLeft += dropped.amount;
        run.registerKept.push(idx);
      }
      totals[idx] = line.gross - state.keptRegister - state.offersTotal;
    } else {
      totals[idx] = line.gross - line.register;
    }
    accrues[idx] = lineAccrues(state, line);
  }
  return { lines, states, offers: runs, totals, accrues };
}

function applyDiscounts(lines: readonly PreparedLine[], states: Array<LineState | undefined>, run: OfferRun): void {
  const own = run.lineIdxs.map((idx) => lines[idx] as PreparedLine);
  const ownStates = run.lineIdxs.map((idx) => states[idx] as LineState);
  const amounts = own.map(() => 0n);
  const roundings = own.map(() => 0n);
  for (const action of run.offer.discounts) {
    const prices = own.map((line, i) => priceForOffers(line, ownStates[i] as LineState));
    const rooms = own.map((line, i) => roomLeft(line, ownStates[i] as LineState));
    const discounts = proposeDiscount(action, { lines: own, prices, rooms });
    const corrections = action.rounding
      ? roundingCorrection(
          action.rounding,
          own,
          discounts,
          rooms.map((room, i) => room - (discounts[i] as bigint)),
        )
      : own.map(() => 0n);
    let taken = discounts.map((d, i) => d + (corrections[i] as bigint));
    if (run.budgetLeft !== null) {
      const wanted = sumOf(taken);
      if (wanted > run.budgetLeft) {
        // the cap trims the last-applied part first: the rounding, then the discount
        taken = distributeCents(run.budgetLeft, taken);
        for (let i = 0; i < taken.length; i++) {
          const kept = min(discounts[i] as bigint, taken[i] as bigint);
          corrections[i] = (taken[i] as bigint) - kept;
        }
        run.discountCapped = true;
      }
      run.budgetLeft -= sumOf(taken);
    }
    for (let i = 0; i < own.length; i++) {
      const state = ownStates[i] as LineState;
      state.offersTotal += taken[i] as bigint;
      amounts[i] = (amounts[i] as bigint) + (taken[i] as bigint);
      roundings[i] = (roundings[i] as bigint) + (corrections[i] as bigint);
    }
  }
  for (let i = 0; i < own.length; i++) {
    if ((amounts[i] as bigint) === 0n) continue;
    (ownStates[i] as LineState).entries.push({ ordinal: run.offer.ordinal, amount: amounts[i] as bigint, rounding: roundings[i] as bigint });
  }
}
