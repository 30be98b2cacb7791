import type { Identity } from '../../../infra/auth/identity';
import { runTransaction } from '../../../infra/db/transaction';
import { type ActiveLimit, activeLimits, createLimitAlerts, lockLimitSubject, type MeasureScope, measureBefore, type OwnSumsMemo } from '../data/limits-store';
import { recordLedgerEvents } from '../data/outbox-store';
import type { LedgerSql } from '../data/prisma';
import { LedgerError } from '../domain/errors';
import { describeRefusal, judgeLimit, LIMIT_METRICS, type LimitedOperation, type LimitMetric, type LimitRule, periodStart } from '../domain/limits';
import { amount, type Decimal, ZERO } from '../domain/money';
import { balanceOf } from './balance-reader';
import type { LedgerDeps } from './deps';

/** One operation as the limits see it. */
export interface LimitedMovement {
  /** The call being judged, as recorded on alerts. */
  operation: LimitedOperation;
  companyId: string;
  currencyId: string;
  memberId: string | null;
  memberAccountId: string | null;
  /** The accounts whose balance the maximum-balance limit reads (the member's family pool). */
  poolAccountIds: string[];
  terminalId: string | null;
  pointOfSaleId: string | null;
  purchase?: { accrual: Decimal; payment: Decimal };
  manual?: { kind: 'ACCRUAL' | 'DEDUCTION'; amount: Decimal };
  now: Date;
}

/** A limit the operation reached or crossed. */
export interface LimitHit {
  limit: LimitRule;
  value: Decimal;
  boundary: Decimal;
  refused: boolean;
}

/** Refused by a limit: the payload error names it; the refusal itself is recorded for the security service. */
export class LimitExceededError extends LedgerError {
  constructor(
    readonly hit: LimitHit,
    readonly movement: LimitedMovement,
  ) {
    super('LIMIT_EXCEEDED', describeRefusal(hit.limit, hit.value, hit.boundary), null);
  }
}

/** What the operation adds to each measure; zero where a measure does not concern it. */
function addedTo(metric: LimitMetric, m: LimitedMovement): Decimal {
  const { purchase, manual } = m;
  const card = m.memberId !== null;
  const one = amount(1);
  const accrued = purchase?.accrual ?? (manual?.kind === 'ACCRUAL' ? manual.amount : ZERO);
  const spent = purchase?.payment ?? (manual?.kind === 'DEDUCTION' ? manual.amount : ZERO);
  const atTerminal = m.terminalId !== null;
  switch (metric) {
    case 'CARD_ACCRUAL_PER_PURCHASE':
      return card && purchase ? purchase.accrual : ZERO;
    case 'CARD_PAYMENT_PER_PURCHASE':
      return card && purchase ? purchase.payment : ZERO;
    case 'CARD_ACCRUED':
      return card ? accrued : ZERO;
    case 'CARD_DEDUCTED':
      return card ? spent : ZERO;
    case 'CARD_PURCHASE_ACCRUALS_AT_POINT_OF_SALE':
      return card && purchase?.accrual.gt(0) ? one : ZERO;
    case 'CARD_MANUAL_OPERATIONS_AT_TERMINAL':
      return card && manual && atTerminal ? one : ZERO;
    case 'CARD_PURCHASES_AT_TERMINAL':
    case 'CARD_PURCHASES_AT_POINT_OF_SALE':
      return card && purchase ? one : ZERO;
    case 'CARD_MAX_BALANCE':
      return card ? accrued.minus(spent) : ZERO;
    case 'TERMINAL_PURCHASE_ACCRUALS':
      return purchase && atTerminal ? accrued : ZERO;
    case 'TERMINAL_BONUS_PAYMENTS':
      return purchase && atTerminal ? spent : ZERO;
    case 'TERMINAL_MANUAL_DEDUCTIONS':
      return manual?.kind === 'DEDUCTION' && atTerminal ? manual.amount : ZERO;
    case 'TERMINAL_MANUAL_ACCRUALS':
      return manual?.kind === 'ACCRUAL' && atTerminal ? manual.amount : ZERO;
    case 'POINT_OF_SALE_PURCHASES':
      return purchase && m.pointOfSaleId ? one : ZERO;
  }
}

function subjectOf(metric: LimitMetric, m: LimitedMovement): string | null {
  const scope = LIMIT_METRICS[metric].scope;
  return scope === 'TERMINAL' ? m.terminalId : scope === 'POINT_OF_SALE' ? m.pointOfSaleId : m.memberId;
}

/**
 * Judges an operation against the company's active limits (read in the transaction unless the
 * caller kept them: services/settings-cache.ts), inside the operation's transaction.
 * Throws LimitExceededError for the first limit it would cross (nothing is changed); otherwise
 * returns the soft limits it reached, for `recordLimitAlerts`. Terminal and point-of-sale measures
 * are serialised per subject here; card measures by the caller's account lock.
 */
export async function checkLimits(
  tx: LedgerSql,
  m: LimitedMovement,
  active?: ActiveLimit[],
  /** The card's sums the caller read ahead (ownSumsSince), by period start. */
  ownSums: OwnSumsMemo = new Map(),
): Promise<LimitHit[]> {
  const limits = (active ?? (await activeLimits(tx, m.companyId))).filter((limit) => {
    if (limit.currencyId && limit.currencyId !== m.currencyId) return false;
    const subject = subjectOf(limit.metric, m);
    return subject !== null && (!limit.subjectId || limit.subjectId === subject) && addedTo(limit.metric, m).gt(0);
  });
  const lockedSubjects = new Set<string>();
  for (const limit of limits) {
    const scope = LIMIT_METRICS[limit.metric].scope;
    const subject = subjectOf(limit.metric, m);
    if (scope !== 'CARD' && subject && !lockedSubjects.has(subject)) {
      lockedSubjects.add(subject);
      await lockLimitSubject(tx, subject);
    }
  }
  const hits: LimitHit[] = [];
  for (const row of limits) {
    const limit: LimitRule = {
      id: row.id,
      name: row.name,
      metric: row.metric,
      period: row.period,
      alertAt: row.alertAt === null ? null : amount(String(row.alertAt)),
      refuseAbove: amount(String(row.refuseAbove)),
    };
    const scope: MeasureScope = { ...m, since: periodStart(limit.period, m.now, row.window, row.timeZone) };
    const before =
      limit.metric === 'CARD_MAX_BALANCE'
        ? await balanceOf(tx, m.poolAccountIds, m.now).then((b) => b.active.plus(b.nonActivated))
        : await measureBefore(tx, limit.metric, scope, ownSums);
    const verdict = judgeLimit(limit, before, addedTo(limit.metric, m));
    if (verdict.kind === 'REFUSE') throw new LimitExceededError({ limit, value: verdict.value, boundary: verdict.boundary, refused: true }, m);
    if (verdict.kind === 'ALERT') hits.push({ limit, value: verdict.value, boundary: verdict.boundary, refused: false });
  }
  return hits;
}

const CARD_SUM_METRICS: ReadonlySet<LimitMetric> = new Set(['CARD_ACCRUED', 'CARD_DEDUCTED']);

/**
 * The moment from which the card's accruals and deductions will be measured, when the member's
 * limits in this currency measure them from one moment (the default limits: the same day), so a
 * caller can read them ahead with what it reads anyway; null when there is nothing to read ahead.
 */
export function ownSumsSince(active: ActiveLimit[] | undefined, on: { currencyId: string; memberId: string | null; now: Date }): Date | null {
  if (!active || !on.memberId) return null;
  const starts = new Set<number>();
  for (const limit of active) {
    if (!CARD_SUM_METRICS.has(limit.metric) || (limit.currencyId && limit.currencyId !== on.currencyId)) continue;
    if (limit.subjectId && limit.subjectId !== on.memberId) continue;
    starts.add(periodStart(limit.period, on.now, limit.window, limit.timeZone).getTime());
  }
  return starts.size === 1 ? new Date([...starts][0] as number) : null;
}

/** Records alerts and refusals and emits limit.alert for each, in the caller's transaction. */
export async function recordLimitAlerts(tx: LedgerSql, identity: Identity, m: LimitedMovement, hits: LimitHit[]): Promise<void> {
  if (hits.length === 0) return;
  const rows = hits.map((hit) => ({
    companyId: m.companyId,
    limitId: hit.limit.id,
    value: hit.value.toFixed(2),
    boundary: hit.boundary.toFixed(2),
    refused: hit.refused,
    operation: m.operation,
    memberId: m.memberId,
    terminalId: m.terminalId,
    pointOfSaleId: m.pointOfSaleId,
    createdAt: m.now,
  }));
  await createLimitAlerts(tx, rows);
  await recordLedgerEvents(
    tx,
    identity,
    hits.map((hit) => ({
      type: 'limit.alert',
      companyId: m.companyId,
      memberId: m.memberId,
      data: {
        limitId: hit.limit.id,
        name: hit.limit.name,
        metric: hit.limit.metric,
        period: hit.limit.period,
        value: hit.value.toFixed(2),
        boundary: hit.boundary.toFixed(2),
        refused: hit.refused,
        operation: m.operation,
        terminalId: m.terminalId,
        pointOfSaleId: m.pointOfSaleId,
      },
    })),
  );
}

/**
 * Runs an operation whose transaction a limit may refuse; the refusal rolled the operation back,
 * so it is recorded (and emitted) in a transaction of its own before the error goes to the client.
 */
export async function recordingRefusals<T>(deps: LedgerDeps, identity: Identity, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof LimitExceededError) {
      await runTransaction(deps, (tx) => recordLimitAlerts(tx, identity, error.movement, [error.hit]));
    }
    throw error;
  }
}
