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
  description: 'How long a periodic measure counts; its window says whether rolling or calendar.',
  values: {
    HOUR: { description: 'An hour.' },
    DAY: { description: 'A day (24 hours when rolling).' },
    WEEK: { description: 'A week (7 days when rolling; from Monday in the calendar).' },
    MONTH: { description: 'A month (30 days when rolling).' },
    TOTAL: { description: 'All time.' },
  } as const,
});

const LimitWindowEnum = builder.enumType('LimitWindow', {
  description: 'Where a period starts.',
  values: {
    ROLLING: { description: 'Ending at the operation: the last hour, 24 hours, 7 days or 30 days.' },
    CALENDAR: { description: 'The current hour, day, week (from Monday) or month in the company’s time zone.' },
  } as const,
});

const LimitKind = builder.enumType('LimitKind', {
  description: 'How a limit treats an operation: every limit refuses above refuseAbove; a soft one also alerts before.',
  values: {
    HARD: { description: 'Refuses an operation that would take the measure above refuseAbove; no alerts.' },
    SOFT: { description: 'Alerts the security service for every operation from alertAt up to refuseAbove, and refuses above refuseAbove.' },
  } as const,
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
  description:
    'A limit against fraud: a measure (what a card, terminal or point of sale did, per operation or over a period) and the boundaries that alert or refuse. Judged on every operation it concerns, inside its transaction.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The limit’s id.' }),
    name: t.exposeString('name', { description: 'Its name for people, named in refusals and alerts.' }),
    metric: t.field({ type: LimitMetricEnum, description: 'What it measures.', resolve: (l) => l.metric }),
    period: t.field({
      type: LimitPeriodEnum,
      nullable: true,
      description: 'How long a periodic measure counts; null for per-operation measures and the maximum balance.',
      resolve: (l) => l.period,
    }),
    window: t.field({
      type: LimitWindowEnum,
      description: 'Where the period starts: rolling, or the calendar in the company’s time zone.',
      resolve: (l) => l.window,
    }),
    kind: t.field({ type: LimitKind, description: 'SOFT when it has alertAt, HARD otherwise.', resolve: (l) => (l.alertAt ? 'SOFT' : 'HARD') }),
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
    active: t.exposeBoolean('active', { description: 'Judged on operations; false once switched off by updateLimit.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When it was created.' }),
  }),
});

builder.prismaObject('LimitAlert', {
  description: 'A soft limit reached (refused: false) or an operation a limit refused (refused: true).',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The alert’s id.' }),
    limit: t.relation('limit', { description: 'The limit met (as it is now: its definition may have changed since).' }),
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
    refused: t.exposeBoolean('refused', { description: 'true: the operation was refused (nothing changed); false: a soft limit let it through and alerted.' }),
    operation: t.field({ type: LimitedOperationEnum, description: 'The call that met the limit.', resolve: (a) => a.operation as LimitedOperation }),
    memberId: t.exposeID('memberId', { nullable: true, description: 'The member of the operation; null for a receipt without a member.' }),
    terminalId: t.exposeID('terminalId', { nullable: true, description: 'The terminal that made the call; null for an operator’s.' }),
    pointOfSaleId: t.exposeID('pointOfSaleId', { nullable: true, description: 'The terminal’s point of sale; null for an operator’s call.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime', description: 'When the limit was met.' }),
  }),
});

builder.queryFields((t) => ({
  limits: t.prismaField({
    type: ['Limit'],
    description: "Administrators and security: the company's limits, active or not, oldest first.",
    authScopes: { role: ['ADMIN', 'SECURITY'] },
    resolve: (_query, _root, _args, ctx) => ctx.services.limits.listLimits(ctx.identity),
  }),
  limitAlerts: t.prismaConnection(
    {
      type: 'LimitAlert',
      cursor: 'id',
      maxSize: 100,
      defaultSize: 20,
      description: "Administrators and security: the company's limit alerts and refusals, newest first; up to 100 per page, 20 by default.",
      authScopes: { role: ['ADMIN', 'SECURITY'] },
      resolve: (query, _root, _args, ctx) =>
        ctx.db.limitAlert.findMany({
          ...query,
          where: { companyId: ctx.services.limits.companyOf(ctx.identity) },
          orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        }),
    },
    { description: 'A page of limit alerts and refusals.' },
    { description: 'One alert or refusal in the page, with its cursor.' },
  ),
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
  description: 'A limit’s whole definition; every problem with it is reported at once, one error per field.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Its name for people, 1 to 200 characters.' }),
    metric: t.field({ type: LimitMetricEnum, required: true, description: 'What it measures.' }),
    period: t.field({ type: LimitPeriodEnum, description: 'Required for per-period measures, absent otherwise.' }),
    window: t.field({ type: LimitWindowEnum, description: 'ROLLING when omitted.' }),
    currency: t.string({ description: 'Amount limits: the currency code (the default one when omitted).' }),
    subjectId: t.id({
      description:
        'Terminal and point-of-sale limits: just this terminal or point of sale of the caller’s company (LIMIT_SUBJECT_NOT_FOUND otherwise); all of them when omitted. Not for card limits.',
    }),
    alertAt: t.field({
      type: 'Decimal',
      description: 'Makes the limit soft: reaching it alerts the security service. At most refuseAbove, of the same kind of number.',
    }),
    refuseAbove: t.field({
      type: 'Decimal',
      required: true,
      description:
        'An operation taking the measure above it is refused: a whole number for counts, bonuses (2 decimal places) for amounts; 0 to 1,000,000,000.',
    }),
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
      'Administrators and security: adds a hard or soft limit; it applies from the next operation on. A bad definition is refused with one error per field at fault; a subjectId must name a terminal or point of sale of the caller’s company. Errors: INVALID_INPUT, CURRENCY_NOT_FOUND, LIMIT_SUBJECT_NOT_FOUND.',
    authScopes: { role: ['ADMIN', 'SECURITY'] },
    args: { input: t.arg({ type: LimitDefinition, required: true, description: 'The new limit’s definition.' }) },
    resolve: (_root, { input }, ctx) => attempt(() => ctx.services.limits.createLimit(ctx.identity, toLimitInput(input))),
  }),
);

const UpdateLimitInput = builder.inputType('UpdateLimitInput', {
  description: 'A limit’s new definition, and whether it is on.',
  fields: (t) => ({
    limitId: t.id({ required: true, description: 'The limit to change.' }),
    definition: t.field({ type: LimitDefinition, required: true, description: 'The whole new definition.' }),
    active: t.boolean({ description: 'false switches the limit off (kept with its alerts), true on again; unchanged when omitted.' }),
  }),
});

builder.mutationField('updateLimit', (t) =>
  t.field({
    type: payloadType('UpdateLimitPayload', 'limit', Limit, {
      description: 'What updateLimit answers: the limit as it is now, or why the change was refused.',
      result: 'The limit as it is now.',
    }),
    description:
      'Administrators and security: replaces a limit’s definition, or switches it off or on; it applies from the next operation on, and its alerts are kept. Errors: LIMIT_NOT_FOUND, INVALID_INPUT, CURRENCY_NOT_FOUND, LIMIT_SUBJECT_NOT_FOUND.',
    authScopes: { role: ['ADMIN', 'SECURITY'] },
    args: { input: t.arg({ type: UpdateLimitInput, required: true, description: 'The limit and its new definition.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => ctx.services.limits.updateLimit(ctx.identity, { ...toLimitInput(input.definition), limitId: String(input.limitId), active: input.active })),
  }),
);
