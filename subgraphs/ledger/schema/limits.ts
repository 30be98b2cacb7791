import { builder } from '../builder';
import { formatMeasure, LIMIT_METRIC_NAMES, LIMIT_METRICS, type LimitedOperation, type LimitMetric } from '../domain/limits';
import { amount, type Decimal } from '../domain/money';
import { attempt, payloadType } from './errors';

const LimitMetricEnum = builder.enumType('LimitMetric', {
  description: 'What a limit measures. CARD_* count what one card (its holder) did, TERMINAL_* one terminal, POINT_OF_SALE_* one point of sale.',
  values: Object.fromEntries(
    LIMIT_METRIC_NAMES.map((name) => {
      const metric = LIMIT_METRICS[name];
      const unit = metric.measure === 'COUNT' ? 'count' : 'amount of bonuses';
      return [name, { description: `${metric.describe} (${unit}${metric.periodic ? ', per period' : ''})` }];
    }),
  ) as Record<(typeof LIMIT_METRIC_NAMES)[number], { description: string }>,
});

const LimitPeriodEnum = builder.enumType('LimitPeriod', {
  description: 'How long a periodic measure counts; its window says whether rolling or calendar. TOTAL: all time.',
  values: ['HOUR', 'DAY', 'WEEK', 'MONTH', 'TOTAL'] as const,
});

const LimitWindowEnum = builder.enumType('LimitWindow', {
  values: {
    ROLLING: { description: 'Ending at the operation: the last hour, 24 hours, 7 days or 30 days.' },
    CALENDAR: { description: 'The current hour, day, week (from Monday) or month in the company’s time zone.' },
  } as const,
});

const LimitKind = builder.enumType('LimitKind', {
  description: 'HARD: refuses above refuseAbove. SOFT: alerts the security service on reaching alertAt, refuses above refuseAbove.',
  values: ['HARD', 'SOFT'] as const,
});

const LIMITED_OPERATIONS: Record<LimitedOperation, { description: string }> = {
  calculatePurchase: { description: 'A terminal calculating a purchase.' },
  requestBonusPayment: { description: 'A terminal asking to pay a pending purchase with bonuses.' },
  confirmPurchase: { description: 'A terminal confirming a purchase.' },
  registerOfflinePurchase: { description: 'A terminal sending a receipt it kept while offline.' },
  calculateManualOperation: { description: 'A terminal calculating a cashier’s manual accrual or deduction.' },
  accrueBonuses: { description: 'An accrual being recorded: an operator’s, a confirmed cashier’s one, or a row of a bulk accrual.' },
  deductBonuses: { description: 'A deduction being recorded: an operator’s, or a confirmed cashier’s one.' },
};

const LimitedOperationEnum = builder.enumType('LimitedOperation', {
  description: 'The call a limit judged, as its alert records it. The values are the names of the calls, as they have always been on the wire.',
  values: LIMITED_OPERATIONS,
});

/** A boundary or value of a limit's measure, printed as its metric counts: whole for counts, at the currency's scale for amounts. */
const measure = (metric: LimitMetric, value: { toString(): string }) => formatMeasure(metric, amount(value));

export const Limit = builder.prismaObject('Limit', {
  description: 'A limit against fraud (domain.md "Limits").',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
    metric: t.field({ type: LimitMetricEnum, resolve: (l) => l.metric }),
    period: t.field({ type: LimitPeriodEnum, nullable: true, resolve: (l) => l.period }),
    window: t.field({ type: LimitWindowEnum, resolve: (l) => l.window }),
    kind: t.field({ type: LimitKind, resolve: (l) => (l.alertAt ? 'SOFT' : 'HARD') }),
    currencyId: t.exposeID('currencyId', { nullable: true, description: 'The currency an amount limit counts in; null for counts.' }),
    subjectId: t.exposeID('subjectId', { nullable: true, description: 'The one terminal or point of sale it applies to; null: all of them.' }),
    alertAt: t.field({
      type: 'Decimal',
      nullable: true,
      description: 'Reaching it alerts the security service (a soft limit); null for a hard limit. A whole number for counts, bonuses for amounts.',
      resolve: (l) => (l.alertAt === null ? null : measure(l.metric, l.alertAt)),
    }),
    refuseAbove: t.field({
      type: 'Decimal',
      description: 'An operation that would take the measure above it is refused. A whole number for counts, bonuses for amounts.',
      resolve: (l) => measure(l.metric, l.refuseAbove),
    }),
    active: t.exposeBoolean('active'),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.prismaObject('LimitAlert', {
  description: 'A soft limit reached (refused: false) or an operation a limit refused (refused: true).',
  fields: (t) => ({
    id: t.exposeID('id'),
    limit: t.relation('limit'),
    value: t.field({
      type: 'Decimal',
      description: 'The measure with the operation: what it became (an alert) or would have become (a refusal).',
      select: { limit: { select: { metric: true } } },
      resolve: (a) => measure(a.limit.metric, a.value),
    }),
    boundary: t.field({
      type: 'Decimal',
      description: 'The boundary met: alertAt reached (an alert), or refuseAbove crossed (a refusal).',
      select: { limit: { select: { metric: true } } },
      resolve: (a) => measure(a.limit.metric, a.boundary),
    }),
    refused: t.exposeBoolean('refused'),
    operation: t.field({ type: LimitedOperationEnum, description: 'The call that met the limit.', resolve: (a) => a.operation as LimitedOperation }),
    memberId: t.exposeID('memberId', { nullable: true }),
    terminalId: t.exposeID('terminalId', { nullable: true }),
    pointOfSaleId: t.exposeID('pointOfSaleId', { nullable: true }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
  }),
});

builder.queryFields((t) => ({
  limits: t.prismaField({
    type: ['Limit'],
    description: "Administrators and security: the company's limits.",
    authScopes: { role: ['ADMIN', 'SECURITY'] },
    resolve: (_query, _root, _args, ctx) => ctx.services.limits.listLimits(ctx.identity),
  }),
  limitAlerts: t.prismaConnection({
    type: 'LimitAlert',
    cursor: 'id',
    maxSize: 100,
    defaultSize: 20,
    description: "Administrators and security: the company's limit alerts and refusals, newest first.",
    authScopes: { role: ['ADMIN', 'SECURITY'] },
    resolve: (query, _root, _args, ctx) =>
      ctx.db.limitAlert.findMany({
        ...query,
        where: { companyId: ctx.services.limits.companyOf(ctx.identity) },
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
      }),
  }),
}));

const limitFields = builder.inputRef<{
  name: string;
  metric: (typeof LIMIT_METRIC_NAMES)[number];
  period?: 'HOUR' | 'DAY' | 'WEEK' | 'MONTH' | 'TOTAL' | null;
  window?: 'ROLLING' | 'CALENDAR' | null;
  currency?: string | null;
  subjectId?: string | number | null;
  alertAt?: Decimal | null;
  refuseAbove: Decimal;
}>('LimitDefinition');

const LimitDefinition = limitFields.implement({
  fields: (t) => ({
    name: t.string({ required: true }),
    metric: t.field({ type: LimitMetricEnum, required: true }),
    period: t.field({ type: LimitPeriodEnum, description: 'Required for per-period measures, absent otherwise.' }),
    window: t.field({ type: LimitWindowEnum, description: 'ROLLING when omitted.' }),
    currency: t.string({ description: 'Amount limits: the currency code (the default one when omitted).' }),
    subjectId: t.id({ description: 'Terminal and point-of-sale limits: just this one; all of them when omitted.' }),
    alertAt: t.field({ type: 'Decimal', description: 'Makes the limit soft: reaching it alerts the security service.' }),
    refuseAbove: t.field({ type: 'Decimal', required: true, description: 'An operation taking the measure above it is refused.' }),
  }),
});

const toLimitInput = (input: typeof limitFields.$inferInput) => ({
  ...input,
  subjectId: input.subjectId == null ? null : String(input.subjectId),
  alertAt: input.alertAt ?? null,
});

builder.mutationField('createLimit', (t) =>
  t.field({
    type: payloadType('CreateLimitPayload', 'limit', Limit, {
      description: 'What createLimit answers: the new limit, or every problem of its definition.',
      result: 'The new limit, active.',
    }),
    description:
      'Administrators and security: adds a hard or soft limit; it applies from the next operation on. A bad definition is refused with one error per field at fault. Errors: INVALID_INPUT, CURRENCY_NOT_FOUND.',
    authScopes: { role: ['ADMIN', 'SECURITY'] },
    args: { input: t.arg({ type: LimitDefinition, required: true }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.limits.createLimit(ctx.identity, toLimitInput(input))),
  }),
);

const UpdateLimitInput = builder.inputType('UpdateLimitInput', {
  fields: (t) => ({
    limitId: t.id({ required: true }),
    definition: t.field({ type: LimitDefinition, required: true, description: 'The whole new definition.' }),
    active: t.boolean({ description: 'false switches the limit off (kept with its alerts).' }),
  }),
});

builder.mutationField('updateLimit', (t) =>
  t.field({
    type: payloadType('UpdateLimitPayload', 'limit', Limit, {
      description: 'What updateLimit answers: the limit as it is now, or why the change was refused.',
      result: 'The limit as it is now.',
    }),
    description:
      'Administrators and security: replaces a limit’s definition, or switches it off or on; it applies from the next operation on, and its alerts are kept. Errors: LIMIT_NOT_FOUND, INVALID_INPUT, CURRENCY_NOT_FOUND.',
    authScopes: { role: ['ADMIN', 'SECURITY'] },
    args: { input: t.arg({ type: UpdateLimitInput, required: true }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => ctx.services.limits.updateLimit(ctx.identity, { ...toLimitInput(input.definition), limitId: String(input.limitId), active: input.active })),
  }),
);
