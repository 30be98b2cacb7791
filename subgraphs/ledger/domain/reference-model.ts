import type { BalanceFigures } from './balance';
import type { SpendingOrder } from './lots';
import { type Decimal, ZERO } from './money';

/**
 * A deliberately naive model of the balance rules, for property tests only: it replays every
 * operation from the beginning, the slow and obvious way, with no checkpoints or SQL.
 */
export type ReferenceOperation =
  | { kind: 'ACCRUAL'; amount: Decimal; effectiveAt: Date; activatesAt: Date; expiresAt: Date | null }
  | { kind: 'PAYMENT' | 'DEDUCTION'; amount: Decimal; effectiveAt: Date };

interface ReferenceLot {
  seq: number;
  amount: Decimal;
  left: Decimal;
  effectiveAt: Date;
  activatesAt: Date;
  expiresAt: Date | null;
}

function sortKey(lot: ReferenceLot, order: SpendingOrder): number[] {
  const expiry = lot.expiresAt ? lot.expiresAt.getTime() : Number.MAX_SAFE_INTEGER;
  if (order === 'OLDEST_FIRST') return [lot.effectiveAt.getTime(), lot.seq];
  if (order === 'NEWEST_FIRST') return [-lot.effectiveAt.getTime(), -lot.seq];
  return [expiry, lot.effectiveAt.getTime(), lot.seq];
}

function compareKeys(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if ((a[i] as number) !== (b[i] as number)) return (a[i] as number) - (b[i] as number);
  return 0;
}

/** Applies operations in the order given (the caller's effective-time order); refused spends are skipped. Returns which were accepted. */
export function referenceApply(operations: ReferenceOperation[], order: SpendingOrder) {
  const lots: ReferenceLot[] = [];
  const spends: Array<{ kind: 'PAYMENT' | 'DEDUCTION'; at: Date; draws: Array<{ lot: ReferenceLot; amount: Decimal }> }> = [];
  const accepted: boolean[] = [];
  operations.forEach((op, seq) => {
    if (op.kind === 'ACCRUAL') {
      lots.push({ seq, amount: op.amount, left: op.amount, effectiveAt: op.effectiveAt, activatesAt: op.activatesAt, expiresAt: op.expiresAt });
      accepted.push(true);
      return;
    }
    const t = op.effectiveAt.getTime();
    const usable = lots
      .filter((l) => l.effectiveAt.getTime() <= t && l.activatesAt.getTime() <= t && (!l.expiresAt || l.expiresAt.getTime() > t) && l.left.gt(0))
      .sort((a, b) => compareKeys(sortKey(a, order), sortKey(b, order)));
    const total = usable.reduce((s, l) => s.plus(l.left), ZERO);
    if (total.lt(op.amount)) {
      accepted.push(false);
      return;
    }
    let need = op.amount;
    const draws: Array<{ lot: ReferenceLot; amount: Decimal }> = [];
    for (const lot of usable) {
      if (need.isZero()) break;
      const take = lot.left.lt(need) ? lot.left : need;
      lot.left = lot.left.minus(take);
      need = need.minus(take);
      draws.push({ lot, amount: take });
    }
    spends.push({ kind: op.kind, at: op.effectiveAt, draws });
    accepted.push(true);
  });
  return { lots, spends, accepted };
}

/** The six figures at `at`, recomputed from scratch. */
export function referenceBalance(state: ReturnType<typeof referenceApply>, at: Date): BalanceFigures {
  const t = at.getTime();
  let accruedGross = ZERO;
  let payments = ZERO;
  let deductions = ZERO;
  let expired = ZERO;
  let nonActivated = ZERO;
  let active = ZERO;
  const toExpire = new Map<number, Decimal>();
  for (const lot of state.lots) {
    if (lot.effectiveAt.getTime() > t) continue;
    accruedGross = accruedGross.plus(lot.amount);
    const drawnByT = state.spends.filter((s) => s.at.getTime() <= t).flatMap((s) => s.draws.filter((d) => d.lot === lot));
    const leftAtT = drawnByT.reduce((left, d) => left.minus(d.amount), lot.amount);
    if (lot.activatesAt.getTime() > t) nonActivated = nonActivated.plus(leftAtT);
    else if (lot.expiresAt && lot.expiresAt.getTime() <= t) expired = expired.plus(leftAtT);
    else active = active.plus(leftAtT);
    if (lot.expiresAt && lot.expiresAt.getTime() > t && leftAtT.gt(0)) {
      toExpire.set(lot.expiresAt.getTime(), (toExpire.get(lot.expiresAt.getTime()) ?? ZERO).plus(leftAtT));
    }
  }
  for (const spend of state.spends) {
    if (spend.at.getTime() > t) continue;
    const drawn = spend.draws.reduce((s, d) => s.plus(d.amount), ZERO);
    if (spend.kind === 'PAYMENT') payments = payments.plus(drawn);
    else deductions = deductions.plus(drawn);
  }
  return {
    active,
    nonActivated,
    totalAccrued: accruedGross.minus(deductions),
    totalDeducted: payments,
    expired,
    debt: ZERO,
    toExpire: [...toExpire.entries()].sort(([a], [b]) => a - b).map(([ms, amount]) => ({ amount, expiresAt: new Date(ms) })),
  };
}
