import { InsufficientBalanceError } from './errors';
import { type Draw, type LotState, planDraws, type SpendingOrder, spendableAt } from './lots';
import type { Decimal } from './money';

export interface SpendToPlace {
  /** Null for the spend being recorded now; the id of a recorded one otherwise. */
  operationId: bigint | null;
  amount: Decimal;
  effectiveAt: Date;
}

export interface PlacedDraw extends Draw {
  operationId: bigint | null;
  effectiveAt: Date;
}

/**
 * Places spends on lots in effective-time order, as if each had happened at its moment: the lots
 * active then, in the spending order, with what earlier spends left. A recorded spend that no longer
 * fits (because a back-dated change came before it) refuses the change. Lots are not mutated.
 */
export function placeSpends(lots: LotState[], spends: SpendToPlace[], order: SpendingOrder): PlacedDraw[] {
  const state = lots.map((lot) => ({ ...lot }));
  const byId = new Map(state.map((lot) => [lot.id, lot]));
  const placed: PlacedDraw[] = [];
  const sorted = [...spends].sort(
    (a, b) =>
      a.effectiveAt.getTime() - b.effectiveAt.getTime() ||
      Number((a.operationId ?? BigInt(Number.MAX_SAFE_INTEGER)) - (b.operationId ?? BigInt(Number.MAX_SAFE_INTEGER))),
  );
  for (const spend of sorted) {
    const draws = planDraws(state, spend.amount, spend.effectiveAt, order);
    if (!draws) {
      const available = spendableAt(state, spend.effectiveAt).toFixed(2);
      const message = spend.operationId === null ? undefined : 'it would leave a later recorded spend uncovered';
      const error = new InsufficientBalanceError(available, spend.amount.toFixed(2));
      if (message) error.message = `${error.message}: ${message}`;
      throw error;
    }
    for (const draw of draws) {
      const lot = byId.get(draw.lotId);
      if (lot) lot.remaining = lot.remaining.minus(draw.amount);
      placed.push({ ...draw, operationId: spend.operationId, effectiveAt: spend.effectiveAt });
    }
  }
  return placed;
}
