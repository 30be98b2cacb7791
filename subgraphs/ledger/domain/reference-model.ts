import type { BalanceFigures } from './balance';
import type { SpendingOrder } from './lots';
import { type Decimal, ZERO } from './money';

/**
 * A deliberately naive model of the balance rules, for property tests only: it replays every
 * operation from the beginning, the slow and obvious way, with no checkpoints or SQL.
 *
 * Members default to one ('member'); with several, `poolAt` says whose lots a member's spend could
 * draw at a moment (their family then). A RETURNED_PAYMENT is paid bonuses a return gave back: a
 * lot of its own that undoes a payment rather than accruing. A spend may be `pinnedTo` a lot
 * (a return taking back its purchase's own accrual): that lot pays first, whatever the order.
 */
export type ReferenceOperation =
  | {
      kind: 'ACCRUAL' | 'RETURNED_PAYMENT';
      amount: Decimal;
      effectiveAt: Date;
      activatesAt: Date;
      expiresAt: Date | null;
      memberId?: string;
      /** Names the lot, so a later spend can be pinned to it. */
      label?: string;
    }
  | { kind: 'PAYMENT' | 'DEDUCTION'; amount: Decimal; effectiveAt: Date; memberId?: string; pinnedTo?: string; label?: string };

export type ReferencePool = (memberId: string, at: Date) => ReadonlySet<string>;

const ALONE = 'member';
const onlyThemselves: ReferencePool = (memberId) => new Set([memberId]);

interface ReferenceLot {
  seq: number;
  owner: string;
  label: string | undefined;
  returnedPayment: boolean;
  amount: Decimal;
  left: Decimal;
  effectiveAt: Date;
  activatesAt: Date;
  expiresAt: Date | null;
}

interface ReferenceSpend {
  kind: 'PAYMENT' | 'DEDUCTION';
  label: string | undefined;
  at: Date;
  draws: Array<{ lot: ReferenceLot; amount: Decimal }>;
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

const isUsableAt = (lot: ReferenceLot, t: number) =>
  lot.effectiveAt.getTime() <= t && lot.activatesAt.getTime() <= t && (!lot.expiresAt || lot.expiresAt.getTime() > t) && lot.left.gt(0);

/** Applies operations in the order given (the caller's effective-time order); refused spends are skipped. Returns which were accepted. */
export function referenceApply(operations: ReferenceOperation[], order: SpendingOrder, poolAt: ReferencePool = onlyThemselves) {
  const lots: ReferenceLot[] = [];
  const spends: ReferenceSpend[] = [];
  const accepted: boolean[] = [];
  operations.forEach((op, seq) => {
    const owner = op.memberId ?? ALONE;
    if (op.kind === 'ACCRUAL' || op.kind === 'RETURNED_PAYMENT') {
      const { amount, effectiveAt, activatesAt, expiresAt, label } = op;
      lots.push({ seq, owner, label, returnedPayment: op.kind === 'RETURNED_PAYMENT', amount, left: amount, effectiveAt, activatesAt, expiresAt });
      accepted.push(true);
      return;
    }
    const t = op.effectiveAt.getTime();
    const pool = poolAt(owner, op.effectiveAt);
    const usable = lots.filter((l) => pool.has(l.owner) && isUsableAt(l, t)).sort((a, b) => compareKeys(sortKey(a, order), sortKey(b, order)));
    const pinnedTo = 'pinnedTo' in op ? op.pinnedTo : undefined;
    const pinned = pinnedTo === undefined ? [] : usable.filter((l) => l.label === pinnedTo);
    const ordered = [...pinned, ...usable.filter((l) => !pinned.includes(l))];
    const total = ordered.reduce((s, l) => s.plus(l.left), ZERO);
    if (total.lt(op.amount)) {
      accepted.push(false);
      return;
    }
    let need = op.amount;
    const draws: ReferenceSpend['draws'] = [];
    for (const lot of ordered) {
      if (need.isZero()) break;
      const take = lot.left.lt(need) ? lot.left : need;
      lot.left = lot.left.minus(take);
      need = need.minus(take);
      draws.push({ lot, amount: take });
    }
    spends.push({ kind: op.kind, label: op.label, at: op.effectiveAt, draws });
    accepted.push(true);
  });
  return { lots, spends, accepted };
}

export type ReferenceState = ReturnType<typeof referenceApply>;

/**
 * The six figures at `at` of the lots these members own (one member's own, or a family's pool),
 * recomputed from scratch: a draw counts where its lot is, whoever spent it.
 */
export function referenceBalance(state: ReferenceState, at: Date, owners: ReadonlySet<string> = new Set([ALONE])): BalanceFigures {
  const t = at.getTime();
  let accruedGross = ZERO;
  let returnedPayments = ZERO;
  let payments = ZERO;
  let deductions = ZERO;
  let expired = ZERO;
  let nonActivated = ZERO;
  let active = ZERO;
  const toExpire = new Map<number, Decimal>();
  const draws = state.spends.filter((s) => s.at.getTime() <= t).flatMap((s) => s.draws.map((d) => ({ ...d, kind: s.kind })));
  for (const lot of state.lots) {
    if (!owners.has(lot.owner) || lot.effectiveAt.getTime() > t) continue;
    if (lot.returnedPayment) returnedPayments = returnedPayments.plus(lot.amount);
    else accruedGross = accruedGross.plus(lot.amount);
    let leftAtT = lot.amount;
    for (const draw of draws.filter((d) => d.lot === lot)) {
      leftAtT = leftAtT.minus(draw.amount);
      if (draw.kind === 'PAYMENT') payments = payments.plus(draw.amount);
      else deductions = deductions.plus(draw.amount);
    }
    if (lot.activatesAt.getTime() > t) nonActivated = nonActivated.plus(leftAtT);
    else if (lot.expiresAt && lot.expiresAt.getTime() <= t) expired = expired.plus(leftAtT);
    else active = active.plus(leftAtT);
    if (lot.expiresAt && lot.expiresAt.getTime() > t && leftAtT.gt(0)) {
      toExpire.set(lot.expiresAt.getTime(), (toExpire.get(lot.expiresAt.getTime()) ?? ZERO).plus(leftAtT));
    }
  }
  return {
    active,
    nonActivated,
    totalAccrued: accruedGross.minus(deductions),
    totalDeducted: payments.minus(returnedPayments),
    expired,
    debt: ZERO,
    toExpire: [...toExpire.entries()].sort(([a], [b]) => a - b).map(([ms, amount]) => ({ amount, expiresAt: new Date(ms) })),
  };
}

/** What members could spend at `at`: the active bonuses of their pool then. */
export function referenceSpendable(state: ReferenceState, memberId: string, at: Date, poolAt: ReferencePool = onlyThemselves): Decimal {
  return referenceBalance(state, at, poolAt(memberId, at)).active;
}
