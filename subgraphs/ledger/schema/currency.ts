import { builder } from '../builder';
import { listCurrencies } from '../data/currencies-store';
import { amount } from '../domain/money';
import { amountField } from './amount';
import { attempt, payloadType } from './errors';

export const SpendingOrder = builder.enumType('SpendingOrder', {
  description: 'Which lots a payment or deduction draws first.',
  values: {
    EXPIRING_FIRST: { description: 'Soonest expiry first, lots without expiry last, older accruals first among equals (the default).' },
    OLDEST_FIRST: { description: 'Oldest accrual (by effective time) first.' },
    NEWEST_FIRST: { description: 'Newest accrual (by effective time) first.' },
  } as const,
});

export const ProgramRules = builder.prismaObject('ProgramRules', {
  description: 'The program rules of one currency; offers add campaign rules on top.',
  fields: (t) => ({
    baseAccrualPercent: t.field({
      type: 'Decimal',
      description: 'Percent (0 to 100) of what a receipt leaves to pay in money that purchases accrue, rounded down to the cent.',
      resolve: (r) => r.baseAccrualPercent,
    }),
    activationDelayDays: t.exposeInt('activationDelayDays', { description: 'Purchase accruals activate this many days later.' }),
    lifetimeDays: t.exposeInt('lifetimeDays', { nullable: true, description: 'Purchase accruals expire this many days after activation; never when null.' }),
    maxPaymentShare: t.field({
      type: 'Decimal',
      description: 'Share of a receipt’s total payable with bonuses, 0 to 1 (0.5: half).',
      resolve: (r) => r.maxPaymentShare,
    }),
    roundingStep: amountField(t, 'Money step that discounted receipt totals are rounded down to (0.01 to 1000, whole cents).', (r) => r.roundingStep),
    spendingOrder: t.field({ type: SpendingOrder, description: 'Which lots payments and deductions draw first.', resolve: (r) => r.spendingOrder }),
  }),
});

export const Currency = builder.prismaObject('Currency', {
  description: 'A bonus currency of the company ("bonuses", "stars"…). Every company has the default BONUS currency.',
  fields: (t) => ({
    id: t.exposeID('id', { description: 'The currency’s id.' }),
    code: t.exposeString('code', { description: 'Unique in the company, upper case (BONUS, STARS): what calls name the currency by.' }),
    name: t.exposeString('name', { description: 'Display name for people.' }),
    exchangeRate: t.field({
      type: 'Decimal',
      description: 'What one unit pays for, in the POS currency (up to 6 decimal places).',
      resolve: (c) => c.exchangeRate,
    }),
    isDefault: t.exposeBoolean('isDefault', { description: 'The company’s default currency (BONUS), used when a call names none.' }),
    rules: t.relation('rules', { nullable: true, description: 'Null until set: no base accrual, no payment with bonuses.' }),
  }),
});

builder.queryField('currencies', (t) =>
  t.prismaField({
    type: ['Currency'],
    description: "The caller's company's bonus currencies, the default first.",
    authScopes: { signedIn: true },
    resolve: async (_query, _root, _args, ctx) => (ctx.identity.kind === 'anonymous' ? [] : listCurrencies(ctx.db, ctx.identity.companyId)),
  }),
);

const CreateCurrencyInput = builder.inputType('CreateCurrencyInput', {
  description: 'A new bonus currency.',
  fields: (t) => ({
    code: t.string({ required: true, description: '2 to 16 letters, digits or _, starting with a letter; stored upper case, unique in the company.' }),
    name: t.string({ required: true, description: 'Display name for people; not blank.' }),
    exchangeRate: t.field({ type: 'Decimal', required: true, description: 'What one unit pays for, in the POS currency; positive.' }),
  }),
});

builder.mutationField('createCurrency', (t) =>
  t.field({
    type: payloadType('CreateCurrencyPayload', 'currency', Currency, {
      description: 'What createCurrency answers: the new currency, or why it was refused.',
      result: 'The new currency, without program rules yet.',
    }),
    description:
      'Admins: adds a bonus currency to their company ("stars" next to the default BONUS), usable at once; set its program rules with updateProgramRules. Errors: INVALID_INPUT, CURRENCY_CODE_TAKEN.',
    authScopes: { role: ['ADMIN'] },
    args: { input: t.arg({ type: CreateCurrencyInput, required: true, description: 'The currency to add.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() => ctx.services.currencies.createCurrency(ctx.identity, { ...input, exchangeRate: amount(input.exchangeRate) })),
  }),
);

const UpdateProgramRulesInput = builder.inputType('UpdateProgramRulesInput', {
  description: 'Omitted fields keep their value; lifetimeDays: null means accruals never expire.',
  fields: (t) => ({
    currency: t.string({ description: 'The currency’s code; the default currency when omitted.' }),
    baseAccrualPercent: t.field({ type: 'Decimal', description: 'Percent of what is paid in money that purchases accrue, 0 to 100.' }),
    activationDelayDays: t.int({ description: 'Days after a purchase before its accrual can pay, 0 to 3650.' }),
    lifetimeDays: t.int({ description: 'Days a purchase’s accrual lives after activating, 1 to 36500; null: it never expires.' }),
    maxPaymentShare: t.field({ type: 'Decimal', description: 'Share of a receipt’s total payable with bonuses, 0 to 1.' }),
    roundingStep: t.field({ type: 'Decimal', description: 'Money step discounted totals are rounded down to: 0.01 to 1000, whole cents.' }),
    spendingOrder: t.field({ type: SpendingOrder, description: 'Which lots payments and deductions draw first.' }),
  }),
});

builder.mutationField('updateProgramRules', (t) =>
  t.field({
    type: payloadType('UpdateProgramRulesPayload', 'currency', Currency, {
      description: 'What updateProgramRules answers: the currency with its new rules, or why they were refused.',
      result: 'The currency with its rules as they are now.',
    }),
    description:
      'Admins and marketers: sets the program rules of a currency (the default one when none is named); omitted rules keep their value. They apply to purchases calculated from now on. Errors: CURRENCY_NOT_FOUND, INVALID_INPUT.',
    authScopes: { role: ['ADMIN', 'MARKETER'] },
    args: { input: t.arg({ type: UpdateProgramRulesInput, required: true, description: 'The rules to change.' }) },
    resolve: (_root, { input }, ctx) =>
      attempt(() =>
        ctx.services.currencies.updateProgramRules(ctx.identity, {
          ...input,
          baseAccrualPercent: input.baseAccrualPercent ? amount(input.baseAccrualPercent) : null,
          maxPaymentShare: input.maxPaymentShare ? amount(input.maxPaymentShare) : null,
          roundingStep: input.roundingStep ? amount(input.roundingStep) : null,
        }),
      ),
  }),
);
