import { calendarStart } from './calendar';
import { type Decimal, formatAmount, ZERO } from './money';

/** Limits against fraud (domain.md "Limits"): what each one measures, and how a measure is judged. */

export type LimitScope = 'CARD' | 'TERMINAL' | 'POINT_OF_SALE';
export type LimitPeriod = 'HOUR' | 'DAY' | 'WEEK' | 'MONTH' | 'TOTAL';

interface MetricDefinition {
  scope: LimitScope;
  /** AMOUNT: bonuses in the limit's currency; COUNT: operations or purchases. */
  measure: 'AMOUNT' | 'COUNT';
  /** Periodic measures add up what happened in the limit's period; the others look at one operation or the balance. */
  periodic: boolean;
  describe: string;
}

export const LIMIT_METRICS = {
  CARD_ACCRUAL_PER_PURCHASE: { scope: 'CARD', measure: 'AMOUNT', periodic: false, describe: 'bonuses one purchase accrues to a card' },
  CARD_PAYMENT_PER_PURCHASE: { scope: 'CARD', measure: 'AMOUNT', periodic: false, describe: 'bonuses paid in one purchase with a card' },
  CARD_ACCRUED: { scope: 'CARD', measure: 'AMOUNT', periodic: true, describe: 'bonuses accrued to a card' },
  CARD_DEDUCTED: { scope: 'CARD', measure: 'AMOUNT', periodic: true, describe: 'bonuses paid or deducted from a card' },
  CARD_PURCHASE_ACCRUALS_AT_POINT_OF_SALE: {
    scope: 'CARD',
    measure: 'COUNT',
    periodic: true,
    describe: 'purchases accruing bonuses to a card at one point of sale',
  },
  CARD_MANUAL_OPERATIONS_AT_TERMINAL: {
    scope: 'CARD',
    measure: 'COUNT',
    periodic: true,
    describe: 'manual accruals and deductions on a card from one terminal',
  },
  CARD_PURCHASES_AT_TERMINAL: { scope: 'CARD', measure: 'COUNT', periodic: true, describe: 'purchases with a card at one terminal' },
  CARD_PURCHASES_AT_POINT_OF_SALE: { scope: 'CARD', measure: 'COUNT', periodic: true, describe: 'purchases with a card at one point of sale' },
  CARD_MAX_BALANCE: { scope: 'CARD', measure: 'AMOUNT', periodic: false, describe: 'the balance of a member (active and not yet activated)' },
  TERMINAL_PURCHASE_ACCRUALS: { scope: 'TERMINAL', measure: 'AMOUNT', periodic: true, describe: 'bonuses a terminal accrued for purchases' },
  TERMINAL_BONUS_PAYMENTS: { scope: 'TERMINAL', measure: 'AMOUNT', periodic: true, describe: 'bonuses paid with at a terminal' },
  TERMINAL_MANUAL_DEDUCTIONS: { scope: 'TERMINAL', measure: 'AMOUNT', periodic: true, describe: 'bonuses a terminal deducted manually' },
  TERMINAL_MANUAL_ACCRUALS: { scope: 'TERMINAL', measure: 'AMOUNT', periodic: true, describe: 'bonuses a terminal accrued manually or as extras' },
  POINT_OF_SALE_PURCHASES: { scope: 'POINT_OF_SALE', measure: 'COUNT', periodic: true, describe: 'purchases at a point of sale' },
} as const satisfies Record<string, MetricDefinition>;

export type LimitMetric = keyof typeof LIMIT_METRICS;

/**
 * The calls limits judge, as alerts record them. Confirming a cashier's manual operation, importing
 * and bulk accruals are judged as the one-step accrual or deduction they record.
 */
export type LimitedOperation =
  | 'calculatePurchase'
  | 'requestBonusPayment'
  | 'confirmPurchase'
  | 'registerOfflinePurchase'
  | 'calculateManualOperation'
  | 'accrueBonuses'
  | 'deductBonuses';
export const LIMIT_METRIC_NAMES = Object.keys(LIMIT_METRICS) as LimitMetric[];

const PERIOD_MS: Record<Exclude<LimitPeriod, 'TOTAL'>, number> = {
  HOUR: 3600_000,
  DAY: 24 * 3600_000,
  WEEK: 7 * 24 * 3600_000,
  MONTH: 30 * 24 * 3600_000,
};

export type LimitWindow = 'ROLLING' | 'CALENDAR';

/**
 * Where a period starts for an operation at `now`. ROLLING: the last hour, 24 hours, 7 days or 30
 * days. CALENDAR: the current hour, day, week (from Monday) or month in the company's time zone.
 */
export function periodStart(period: LimitPeriod | null, now: Date, window: LimitWindow = 'ROLLING', timeZone = 'UTC'): Date {
  // The whole history: before any history start a company may set (1900 at the earliest).
  if (!period || period === 'TOTAL') return new Date('0001-01-01T00:00:00Z');
  if (window === 'CALENDAR') return calendarStart(period, now, timeZone);
  return new Date(now.getTime() - PERIOD_MS[period]);
}

export interface LimitRule {
  id: string;
  name: string;
  metric: LimitMetric;
  period: LimitPeriod | null;
  alertAt: Decimal | null;
  refuseAbove: Decimal;
}

export type LimitVerdict = { kind: 'PASS' } | { kind: 'ALERT'; value: Decimal; boundary: Decimal } | { kind: 'REFUSE'; value: Decimal; boundary: Decimal };

/**
 * Judges one operation against one limit, given the measure before it and what the operation adds.
 * An operation that adds nothing never trips a limit (a payment lowering a balance, a receipt that
 * accrues nothing). Refused when the measure would go above refuseAbove; an alert for every
 * operation that lands in the soft range (alertAt up to refuseAbove), not only the one that enters it.
 */
export function judgeLimit(limit: LimitRule, before: Decimal, added: Decimal): LimitVerdict {
  if (added.lte(ZERO)) return { kind: 'PASS' };
  const value = before.plus(added);
  if (value.gt(limit.refuseAbove)) return { kind: 'REFUSE', value, boundary: limit.refuseAbove };
  if (limit.alertAt && value.gte(limit.alertAt)) return { kind: 'ALERT', value, boundary: limit.alertAt };
  return { kind: 'PASS' };
}

/** A value of a limit's measure as people read it: a count whole, an amount of bonuses at its currency's scale. */
export function formatMeasure(metric: LimitMetric, value: Decimal): string {
  return LIMIT_METRICS[metric].measure === 'COUNT' ? value.toFixed(0) : formatAmount(value);
}

/** The refusal message: which limit, what it counts, and by how much the operation would cross it. */
export function describeRefusal(limit: LimitRule, value: Decimal, boundary: Decimal): string {
  const definition = LIMIT_METRICS[limit.metric];
  const over = formatMeasure(limit.metric, value);
  const at = formatMeasure(limit.metric, boundary);
  const period = definition.periodic && limit.period && limit.period !== 'TOTAL' ? ` per ${limit.period.toLowerCase()}` : '';
  return `Limit "${limit.name}" (${limit.metric}: ${definition.describe}${period}, at most ${at}) would be exceeded: ${over}`;
}

/** Checks a limit's definition; returns the problems with their fields. */
export function limitDefinitionProblems(input: {
  metric: LimitMetric;
  period: LimitPeriod | null;
  alertAt: Decimal | null;
  refuseAbove: Decimal;
  subjectId: string | null;
}): Array<{ field: string; message: string }> {
  const definition = LIMIT_METRICS[input.metric];
  const problems: Array<{ field: string; message: string }> = [];
  if (definition.periodic && !input.period) problems.push({ field: 'period', message: `${input.metric} counts over a period: give one` });
  if (!definition.periodic && input.period) problems.push({ field: 'period', message: `${input.metric} has no period` });
  const whole = (value: Decimal) => definition.measure === 'AMOUNT' || value.isInteger();
  const boundaryOk = (value: Decimal) => value.gte(0) && value.decimalPlaces() <= 2 && whole(value) && value.lte(1_000_000_000);
  if (!boundaryOk(input.refuseAbove))
    problems.push({ field: 'refuseAbove', message: `a non-negative ${definition.measure === 'COUNT' ? 'whole number' : 'amount'}` });
  if (input.alertAt && (!boundaryOk(input.alertAt) || input.alertAt.gt(input.refuseAbove)))
    problems.push({ field: 'alertAt', message: 'at most refuseAbove, of the same kind of number' });
  if (input.subjectId && definition.scope === 'CARD') problems.push({ field: 'subjectId', message: 'card limits apply to every card of the company' });
  return problems;
}
