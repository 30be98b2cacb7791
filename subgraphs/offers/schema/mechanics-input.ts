import type Decimal from 'decimal.js';
import { NO_FILTERS, type OfferAction, type OfferEvent, type OfferFilters, type ProductSelector } from '../../../packages/mechanics/definition';
import { builder } from '../builder';
import { OffersError } from '../domain/errors';
import type { OfferDraft } from '../domain/offer-draft';
import {
  BonusPointsBase,
  Competition,
  ContactKind,
  DiscountBase,
  DiscountScope,
  MessageChannel,
  OfferEventKind,
  RegisterDiscountPolicy,
  RoundingTarget,
  SalesChannel,
  StackingMode,
} from './enums';

/** The inputs that write an offer's content, and their reading into an OfferDraft (domain/offer-draft.ts). */

const OfferEventInput = builder.inputType('OfferEventInput', {
  description: 'What the offer reacts to; give the parameters its kind takes (see OfferEventKind).',
  fields: (t) => ({
    kind: t.field({ type: OfferEventKind, required: true, description: 'The event.' }),
    channels: t.stringList({ description: 'MEMBER_REGISTERED: registration channels that count; omitted: all.' }),
    contact: t.field({ type: ContactKind, description: 'CONTACT_LINKED: the contact (required there).' }),
    daysBefore: t.int({ description: 'BIRTHDAY: days before the birthday (default 0: on the day).' }),
    windowDays: t.int({ description: 'BIRTHDAY: for how many days (default 1).' }),
    audienceId: t.id({ description: 'AUDIENCE_ENTERED: the audience (required there).' }),
    dayOfMonth: t.int({ description: 'SCHEDULE: the day of each month (or daysOfWeek).' }),
    daysOfWeek: t.intList({ description: 'SCHEDULE: ISO days of the week, 1 (Monday) to 7 (or dayOfMonth).' }),
    time: t.string({ description: 'SCHEDULE: the time of day, HH:MM (required there).' }),
  }),
});

export const ProductSelectorInput = builder.inputType('ProductSelectorInput', {
  description: 'Products a filter names: exactly one field.',
  fields: (t) => ({
    sku: t.string({ description: 'A product by its SKU.' }),
    category: t.string({ description: 'A category and everything under it.' }),
    brand: t.string({ description: 'A brand.' }),
    productListId: t.id({ description: 'A product list of the company.' }),
  }),
});

const OfferFiltersInput = builder.inputType('OfferFiltersInput', {
  description: 'What limits the offer: every filter given must hold; an omitted one does not limit.',
  fields: (t) => ({
    audienceIds: t.idList({ description: 'Members of any of these target audiences.' }),
    membersOnly: t.boolean({ description: 'Only receipts of an identified member (default false).' }),
    pointsOfSaleInclude: t.idList({ description: 'Only at these points of sale.' }),
    pointsOfSaleExclude: t.idList({ description: 'Never at these.' }),
    channels: t.field({ type: [SalesChannel], description: 'Where the purchase is made.' }),
    productsInclude: t.field({ type: [ProductSelectorInput], description: 'Lines of these products qualify (omitted: every line).' }),
    productsExclude: t.field({ type: [ProductSelectorInput], description: 'Lines of these products never do.' }),
    minTotal: t.field({ type: 'Decimal', description: 'The qualifying lines must total at least this.' }),
    minQuantity: t.field({ type: 'Decimal', description: 'And hold at least this many units.' }),
    daysOfWeek: t.intList({ description: 'ISO days of the week, 1 (Monday) to 7, in the register’s local time.' }),
    hoursFrom: t.string({ description: 'A daily window’s start, HH:MM, in the register’s local time (with hoursTo).' }),
    hoursTo: t.string({ description: 'Its end, HH:MM, exclusive; before hoursFrom it spans midnight.' }),
    memberStates: t.stringList({ description: 'Member states that qualify (CARD_HOLDER, REGISTERED, BLOCKED).' }),
    purchaseOrdinal: t.int({ description: 'Only the member’s purchase of this number (1: the first).' }),
    currency: t.string({ description: 'Only receipts in this bonus currency’s program.' }),
    couponRequired: t.boolean({ description: 'A coupon of the offer must be presented (default false).' }),
  }),
});

const BonusPointsActionInput = builder.inputType('BonusPointsActionInput', {
  description: 'Additional bonus points.',
  fields: (t) => ({
    base: t.field({ type: BonusPointsBase, required: true, description: 'How it counts.' }),
    value: t.field({ type: 'Decimal', required: true, description: 'The percent, points or multiplier.' }),
    currency: t.string({
      description:
        'The bonus currency’s code; omitted: the receipt’s (RECEIPT offers), the company’s default (other events). Any case; one the company does not have is refused (CURRENCY_NOT_FOUND).',
    }),
    activationDelayDays: t.int({
      description: 'Days before they can be spent; omitted: the currency’s rule (a receipt’s bonuses with their own get a lot of their own).',
    }),
    lifetimeDays: t.int({
      description: 'Days they last once active; omitted: the currency’s rule (a receipt’s bonuses with their own get a lot of their own).',
    }),
  }),
});

const DiscountRoundingInput = builder.inputType('DiscountRoundingInput', {
  description: 'A rounding correction, in the member’s favour.',
  fields: (t) => ({
    step: t.field({ type: 'Decimal', required: true, description: 'Down to a multiple of this, e.g. 0.10.' }),
    of: t.field({ type: RoundingTarget, required: true, description: 'What is rounded.' }),
  }),
});

const DiscountActionInput = builder.inputType('DiscountActionInput', {
  description: 'A direct discount.',
  fields: (t) => ({
    base: t.field({ type: DiscountBase, required: true, description: 'How it counts.' }),
    value: t.field({ type: 'Decimal', description: 'The percent, amount or fixed price (not for N_FOR_M).' }),
    scope: t.field({ type: DiscountScope, description: 'Per line (default) or once per receipt.' }),
    n: t.int({ description: 'N_FOR_M: units taken.' }),
    m: t.int({ description: 'N_FOR_M: units paid for.' }),
    rounding: t.field({ type: DiscountRoundingInput, description: 'A rounding correction; omitted: none.' }),
  }),
});

const RegisterDiscountActionInput = builder.inputType('RegisterDiscountActionInput', {
  description: 'What becomes of the cash register’s own discount.',
  fields: (t) => ({
    policy: t.field({ type: RegisterDiscountPolicy, required: true, description: 'Accepted, replaced or combined.' }),
    discountedLinesAccrue: t.boolean({ description: 'Whether lines the register discounted still earn bonuses (default true).' }),
  }),
});

const PaymentActionInput = builder.inputType('PaymentActionInput', {
  description: 'Paying with bonuses.',
  fields: (t) => ({
    maxShare: t.field({ type: 'Decimal', required: true, description: 'The largest share of a qualifying line bonuses may pay, 0 to 1.' }),
    minCash: t.field({ type: 'Decimal', description: 'Cash the receipt keeps whatever the bonuses.' }),
  }),
});

const MemberMessageActionInput = builder.inputType('MemberMessageActionInput', {
  description: 'A message sent to the member.',
  fields: (t) => ({
    channel: t.field({ type: MessageChannel, required: true, description: 'Its channel.' }),
    template: t.string({ required: true, description: 'The message template’s name.' }),
  }),
});

const BonusDeductionActionInput = builder.inputType('BonusDeductionActionInput', {
  description: 'Bonus points taken from the member on an event other than a receipt: what they can spend, up to the value.',
  fields: (t) => ({
    value: t.field({ type: 'Decimal', required: true, description: 'The points to take, more than 0.' }),
    currency: t.string({ description: 'The bonus currency’s code; omitted: the company’s default one.' }),
  }),
});

const OfferActionInput = builder.inputType('OfferActionInput', {
  description: 'One thing the offer does: exactly one field.',
  fields: (t) => ({
    bonusPoints: t.field({ type: BonusPointsActionInput, description: 'Additional bonus points.' }),
    bonusDeduction: t.field({ type: BonusDeductionActionInput, description: 'Bonus points taken from the member (not on a receipt).' }),
    discount: t.field({ type: DiscountActionInput, description: 'A direct discount.' }),
    registerDiscount: t.field({ type: RegisterDiscountActionInput, description: 'What becomes of the register’s own discount.' }),
    payment: t.field({ type: PaymentActionInput, description: 'Paying with bonuses.' }),
    receiptMessage: t.string({ description: 'A text printed on the receipt.' }),
    cashierMessage: t.string({ description: 'A text shown on the cashier’s screen.' }),
    memberMessage: t.field({ type: MemberMessageActionInput, description: 'A message sent to the member.' }),
  }),
});

const OfferBudgetInput = builder.inputType('OfferBudgetInput', {
  description: 'What the offer may give away, in money: its discounts plus its bonuses at their money value. Give a total, a limit per member, or both.',
  fields: (t) => ({
    total: t.field({ type: 'Decimal', description: 'Over the offer’s life (across its versions).' }),
    perMember: t.field({ type: 'Decimal', description: 'Per member; a receipt without a member gets nothing of such a budget.' }),
    periodDays: t.int({ description: 'The per-member limit counts the last this many days; omitted: the offer’s whole life.' }),
  }),
});

export const OfferContentInput = builder.inputType('OfferContentInput', {
  description: 'An offer’s content: what it reacts to, what limits it, what it does, and how it combines with others.',
  fields: (t) => ({
    name: t.string({ required: true, description: '1 to 100 characters.' }),
    description: t.string({ description: 'Up to 2,000 characters.' }),
    priority: t.int({ description: 'Higher goes first (default 0), from −1000 to 1000.' }),
    stacking: t.field({ type: StackingMode, description: 'How it combines with other offers (default COMBINABLE).' }),
    stackingGroup: t.string({ description: 'COMBINABLE: the group it combines within; omitted: every combinable offer without a group.' }),
    competition: t.field({ type: Competition, description: 'Which offer takes a line when offers compete (default BEST_FOR_MEMBER).' }),
    startsAt: t.field({ type: 'LocalDateTime', description: 'Local start, inclusive; omitted: from publication.' }),
    endsAt: t.field({ type: 'LocalDateTime', description: 'Local end, exclusive; omitted: until finished.' }),
    event: t.field({ type: OfferEventInput, required: true, description: 'What it reacts to.' }),
    filters: t.field({ type: OfferFiltersInput, description: 'What limits it; omitted: nothing.' }),
    actions: t.field({ type: [OfferActionInput], required: true, description: 'What it does, 1 to 20 actions.' }),
    budget: t.field({ type: OfferBudgetInput, description: 'What it may give away; omitted: without limit.' }),
  }),
});

type InputOf<T> = T extends PothosSchemaTypes.InputObjectRef<infer _Types, infer Shape> ? Shape : never;
export type OfferContent = InputOf<typeof OfferContentInput>;

const decimalText = (value: Decimal | null | undefined) => (value === null || value === undefined ? null : value.toFixed());

const invalid = (field: string, message: string) => new OffersError('INVALID_INPUT', `${field}: ${message}`, field);

/** The event parameters each kind takes: one given to another kind would be dropped, so it is refused. */
const EVENT_PARAMETERS: Record<string, ReadonlyArray<string>> = {
  MEMBER_REGISTERED: ['channels'],
  CONTACT_LINKED: ['contact'],
  BIRTHDAY: ['daysBefore', 'windowDays'],
  AUDIENCE_ENTERED: ['audienceId'],
  SCHEDULE: ['dayOfMonth', 'daysOfWeek', 'time'],
};

function eventOf(input: InputOf<typeof OfferEventInput>): OfferEvent {
  const own = EVENT_PARAMETERS[input.kind] ?? [];
  const foreign = Object.entries(input).find(([key, value]) => key !== 'kind' && value !== null && value !== undefined && !own.includes(key));
  if (foreign) throw invalid(`event.${foreign[0]}`, `${input.kind} takes no ${foreign[0]}${own.length ? ` (it takes ${own.join(', ')})` : ''}`);
  switch (input.kind) {
    case 'MEMBER_REGISTERED':
      return { kind: input.kind, channels: input.channels ?? null };
    case 'CONTACT_LINKED':
      if (!input.contact) throw invalid('event.contact', 'CONTACT_LINKED names the contact');
      return { kind: input.kind, contact: input.contact };
    case 'BIRTHDAY':
      return { kind: input.kind, daysBefore: input.daysBefore ?? 0, windowDays: input.windowDays ?? 1 };
    case 'AUDIENCE_ENTERED':
      if (!input.audienceId) throw invalid('event.audienceId', 'AUDIENCE_ENTERED names the audience');
      return { kind: input.kind, audienceId: String(input.audienceId) };
    case 'SCHEDULE':
      if (!input.time) throw invalid('event.time', 'a SCHEDULE names its time of day');
      return { kind: input.kind, dayOfMonth: input.dayOfMonth ?? null, daysOfWeek: input.daysOfWeek ?? null, time: input.time };
    default:
      return { kind: input.kind };
  }
}

export function selectorOf(input: InputOf<typeof ProductSelectorInput>): ProductSelector {
  // Every field given is kept, so the check can say a selector names more than one thing.
  return Object.fromEntries(
    Object.entries(input)
      .filter(([, value]) => value !== null && value !== undefined)
      .map(([key, value]) => [key, String(value).trim()]),
  ) as ProductSelector;
}

function filtersOf(input: InputOf<typeof OfferFiltersInput> | null | undefined): OfferFilters {
  if (!input) return NO_FILTERS;
  if ((input.hoursFrom == null) !== (input.hoursTo == null)) throw invalid('filters.hoursTo', 'a daily window names both hoursFrom and hoursTo');
  const ids = (values: Array<string | number> | null | undefined) => (values ? values.map(String) : null);
  return {
    audienceIds: ids(input.audienceIds),
    membersOnly: input.membersOnly ?? false,
    pointsOfSale: { include: ids(input.pointsOfSaleInclude), exclude: ids(input.pointsOfSaleExclude) },
    channels: input.channels ?? null,
    products: { include: input.productsInclude?.map(selectorOf) ?? null, exclude: input.productsExclude?.map(selectorOf) ?? null },
    minTotal: decimalText(input.minTotal),
    minQuantity: decimalText(input.minQuantity),
    daysOfWeek: input.daysOfWeek ?? null,
    hours: input.hoursFrom && input.hoursTo ? { from: input.hoursFrom, to: input.hoursTo } : null,
    memberStates: input.memberStates ?? null,
    purchaseOrdinal: input.purchaseOrdinal ?? null,
    currency: currencyCode(input.currency),
    couponRequired: input.couponRequired ?? false,
  };
}

/** A currency code as the ledger stores it: upper case (createCurrency upper-cases it too). */
export const currencyCode = (code: string | null | undefined) => (code == null ? null : code.trim().toUpperCase());

function actionOf(input: InputOf<typeof OfferActionInput>, index: number): OfferAction {
  const given = Object.entries(input).filter(([, value]) => value !== null && value !== undefined);
  if (given.length !== 1)
    throw invalid(
      `actions.${index}`,
      'give exactly one of bonusPoints, bonusDeduction, discount, registerDiscount, payment, receiptMessage, cashierMessage, memberMessage',
    );
  const { bonusPoints, bonusDeduction, discount, registerDiscount, payment, receiptMessage, cashierMessage, memberMessage } = input;
  if (bonusDeduction) return { kind: 'BONUS_DEDUCTION', value: bonusDeduction.value.toFixed(), currency: currencyCode(bonusDeduction.currency) };
  if (bonusPoints) {
    const { base, value, currency, activationDelayDays, lifetimeDays } = bonusPoints;
    return {
      kind: 'BONUS_POINTS',
      base,
      value: value.toFixed(),
      currency: currencyCode(currency),
      activationDelayDays: activationDelayDays ?? null,
      lifetimeDays: lifetimeDays ?? null,
    };
  }
  if (discount) {
    const { base, value, scope, n, m, rounding } = discount;
    return {
      kind: 'DISCOUNT',
      base,
      value: decimalText(value),
      scope: scope ?? 'LINE',
      n: n ?? null,
      m: m ?? null,
      rounding: rounding ? { step: rounding.step.toFixed(), of: rounding.of } : null,
    };
  }
  if (registerDiscount)
    return { kind: 'REGISTER_DISCOUNT', policy: registerDiscount.policy, discountedLinesAccrue: registerDiscount.discountedLinesAccrue ?? true };
  if (payment) return { kind: 'PAYMENT', maxShare: payment.maxShare.toFixed(), minCash: decimalText(payment.minCash) };
  if (receiptMessage != null) return { kind: 'RECEIPT_MESSAGE', text: receiptMessage };
  if (cashierMessage != null) return { kind: 'CASHIER_MESSAGE', text: cashierMessage };
  if (memberMessage) return { kind: 'MEMBER_MESSAGE', channel: memberMessage.channel, template: memberMessage.template };
  throw invalid(`actions.${index}`, 'no action given');
}

/** The draft an OfferContentInput describes; throws INVALID_INPUT for what its shape cannot say (two actions in one entry). */
export function draftOfContent(input: OfferContent): OfferDraft {
  return {
    name: input.name,
    description: input.description ?? '',
    priority: input.priority ?? 0,
    stacking: { mode: input.stacking ?? 'COMBINABLE', group: input.stackingGroup ?? null },
    competition: input.competition ?? 'BEST_FOR_MEMBER',
    startsAt: input.startsAt ?? null,
    endsAt: input.endsAt ?? null,
    event: eventOf(input.event),
    filters: filtersOf(input.filters),
    actions: input.actions.map(actionOf),
    budget: input.budget
      ? { total: decimalText(input.budget.total), perMember: decimalText(input.budget.perMember), periodDays: input.budget.periodDays ?? null }
      : null,
  };
}

const FLATTENED: Array<[RegExp, string]> = [
  [/^stacking\.group(?=$|\.)/, 'stackingGroup'],
  [/^filters\.products\.include(?=$|\.)/, 'filters.productsInclude'],
  [/^filters\.products\.exclude(?=$|\.)/, 'filters.productsExclude'],
  [/^filters\.pointsOfSale\.include(?=$|\.)/, 'filters.pointsOfSaleInclude'],
  [/^filters\.pointsOfSale\.exclude(?=$|\.)/, 'filters.pointsOfSaleExclude'],
  [/^filters\.hours\.to$/, 'filters.hoursTo'],
  [/^filters\.hours(\.from)?$/, 'filters.hoursFrom'],
];

/** Each action kind's field in OfferActionInput. */
const ACTION_FIELDS: Record<OfferAction['kind'], string> = {
  BONUS_POINTS: 'bonusPoints',
  BONUS_DEDUCTION: 'bonusDeduction',
  DISCOUNT: 'discount',
  REGISTER_DISCOUNT: 'registerDiscount',
  PAYMENT: 'payment',
  RECEIPT_MESSAGE: 'receiptMessage',
  CASHIER_MESSAGE: 'cashierMessage',
  MEMBER_MESSAGE: 'memberMessage',
};

/** The input field each action of an offer's content is given in (what a refusal about `actions.N` names). */
export function actionFieldsOfContent(content: OfferContent): Array<string | undefined> {
  return content.actions.map((action) => Object.entries(action).find(([, value]) => value !== null && value !== undefined)?.[0]);
}

/** The same for a stored offer's draft: each action's kind names its field. */
export function actionFieldsOfDraft(draft: OfferDraft): Array<string | undefined> {
  return draft.actions.map((action) => ACTION_FIELDS[action.kind]);
}

/**
 * The path in OfferContentInput of a problem the checks name on the draft (domain/offer-check.ts),
 * where the input is shaped otherwise: filters flattened, each action under its own field.
 */
export function inputFieldOf(field: string | null, actionFields: ReadonlyArray<string | undefined>): string | null {
  if (field === null) return null;
  for (const [draftPath, inputPath] of FLATTENED) if (draftPath.test(field)) return field.replace(draftPath, inputPath);
  const action = /^actions\.(\d+)\.(.+)$/.exec(field);
  if (!action) return field;
  const [, index, rest] = action as unknown as [string, string, string];
  const given = actionFields[Number(index)];
  if (!given) return field;
  // A message action's input is its text itself.
  return given === 'receiptMessage' || given === 'cashierMessage' ? `actions.${index}.${given}` : `actions.${index}.${given}.${rest}`;
}

/** Refusals about an offer's content named by the input's own fields (OfferContentInput), message and field alike. */
export function namingInputFields<T extends { errors: Array<{ field: string | null; message: string }> }>(
  outcome: T,
  actionFields: ReadonlyArray<string | undefined>,
): T {
  return {
    ...outcome,
    errors: outcome.errors.map((error) => {
      const field = inputFieldOf(error.field, actionFields);
      // The message starts with the path it is about: the input's too.
      const message =
        error.field && field && error.message.startsWith(`${error.field}: `) ? `${field}${error.message.slice(error.field.length)}` : error.message;
      return { ...error, field, message };
    }),
  };
}
