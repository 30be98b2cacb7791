import { InsufficientBalanceError } from './errors';
import type { PoolAt } from './family-history';
import { type Draw, type LotState, planDraws, type SpendingOrder, spendableAt } from './lots';
import { type Decimal, ZERO } from './money';

export interface SpendToPlace {
  /** Null for the spend being recorded now; the id of a recorded one otherwise. */
  operationId: bigint | null;
  /** The member who spent: their pool at the spend's moment is what it could draw from. */
  memberId: string;
  amount: Decimal;
  effectiveAt: Date;
  /** A draw pinned to one lot (a return taking back its purchase's accrual): placed there, whatever the order. */
  pinnedLotId?: string | null;
}

export interface PlacedDraw extends Draw {
  operationId: bigint | null;
  effectiveAt: Date;
  /** Pinned draws stay recorded as they are; placing them only keeps the lots' arithmetic right. */
  pinned?: boolean;
}

function uncovered(available: Decimal, spend: SpendToPlace): InsufficientBalanceError {
  const error = new InsufficientBalanceError(available.toFixed(2), spend.amount.toFixed(2));
  if (spend.operationId !== null) error.message = `${error.message}: it would leave a later recorded spend uncovered`;
  return error;
}

/**
 * Places spends on lots in effective-time order, as if each had happened at its moment: the lots
 * of the pool its member was in then (`poolAt`; all lots when not given), active then, in the
 * spending order, with what earlier spends left. A pinned draw takes its own lot. A recorded spend
 * that no longer fits (because a back-dated change came before it) refuses the change. Lots are
 * not mutated.
 */
export function placeSpends(lots: LotState[], spends: SpendToPlace[], order: SpendingOrder, poolAt?: PoolAt): PlacedDraw[] {
  const state = lots.map((lot) => ({ ...lot }));
  const byId = new Map(state.map((lot) => [lot.id, lot]));
  const placed: PlacedDraw[] = [];
  const sorted = [...spends].sort(
    (a, b) =>
      a.effectiveAt.getTime() - b.effectiveAt.getTime() ||
      Number((a.operationId ?? BigInt(Number.MAX_SAFE_INTEGER)) - (b.operationId ?? BigInt(Number.MAX_SAFE_INTEGER))),
  );
  for (const spend of sorted) {
    if (spend.pinnedLotId) {
      const lot = byId.get(spend.pinnedLotId);
      if (!lot || lot.remaining.lt(spend.amount)) throw uncovered(lot?.remaining ?? ZERO, spend);
      lot.remaining = lot.remaining.minus(spend.amount);
      placed.push({ lotId: lot.id, amount: spend.amount, operationId: spend.operationId, effectiveAt: spend.effectiveAt, pinned: true });
      continue;
    }
    const reachable = poolAt?.(spend.memberId, spend.effectiveAt);
    const candidates = reachable ? state.filter((lot) => lot.accountId !== undefined && reachable.has(lot.accountId)) : state;
    const draws = planDraws(candidates, spend.amount, spend.effectiveAt, order);
    if (!draws) throw uncovered(spendableAt(candidates, spend.effectiveAt), spend);
    for (const draw of draws) {
      const lot = byId.get(draw.lotId);
      if (lot) lot.remaining = lot.remaining.minus(draw.amount);
      placed.push({ ...draw, operationId: spend.operationId, effectiveAt: spend.effectiveAt });
    }
  }
  return placed;
}
