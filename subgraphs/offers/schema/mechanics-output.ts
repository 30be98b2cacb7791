import Decimal from 'decimal.js';
import type {
  BonusDeductionAction,
  BonusPointsAction,
  DiscountAction,
  MemberMessageAction,
  MessageAction,
  OfferAction,
  OfferEvent,
  OfferFilters,
  PaymentAction,
  ProductSelector,
  RegisterDiscountAction,
} from '../../../packages/mechanics/definition';
import { builder } from '../builder';
import {
  BonusPointsBase,
  ContactKind,
  DiscountBase,
  DiscountScope,
  MessageChannel,
  OfferEventKind,
  RegisterDiscountPolicy,
  RoundingTarget,
  SalesChannel,
} from './enums';

/** An offer's event, filters and actions as clients read them (packages/mechanics/definition.ts). */

/** Money and bonus amounts are printed with their two decimals (`"0.10"`), as the ledger prints them; percents, shares and multipliers exactly. */
export function money(value: string): string;
export function money(value: string | null): string | null;
export function money(value: string | null): string | null {
  return value === null ? null : new Decimal(value).toFixed(2);
}

/** A field of an event kind's own: null for the kinds that do not have it. */
const eventParameter = <K extends string>(event: OfferEvent, key: K): unknown => (key in event ? (event as Record<K, unknown>)[key] : null);

export const OfferEventType = builder.objectRef<OfferEvent>('OfferEvent').implement({
  description: 'What the offer reacts to, with the parameters of its kind (null for the other kinds’).',
  fields: (t) => ({
    kind: t.field({ type: OfferEventKind, description: 'The event.', resolve: (event) => event.kind }),
    channels: t.stringList({
      nullable: true,
      description: 'MEMBER_REGISTERED: the registration channels that count; null: all.',
      resolve: (event) => eventParameter(event, 'channels') as string[] | null,
    }),
    contact: t.field({
      type: ContactKind,
      nullable: true,
      description: 'CONTACT_LINKED: the contact.',
      resolve: (event) => eventParameter(event, 'contact') as never,
    }),
    daysBefore: t.int({
      nullable: true,
      description: 'BIRTHDAY: how many days before the birthday.',
      resolve: (event) => eventParameter(event, 'daysBefore') as number | null,
    }),
    windowDays: t.int({
      nullable: true,
      description: 'BIRTHDAY: for how many days.',
      resolve: (event) => eventParameter(event, 'windowDays') as number | null,
    }),
    audienceId: t.id({
      nullable: true,
      description: 'AUDIENCE_ENTERED: the audience.',
      resolve: (event) => eventParameter(event, 'audienceId') as string | null,
    }),
    dayOfMonth: t.int({
      nullable: true,
      description: 'SCHEDULE: the day of each month.',
      resolve: (event) => eventParameter(event, 'dayOfMonth') as number | null,
    }),
    daysOfWeek: t.intList({
      nullable: true,
      description: 'SCHEDULE: ISO days of the week, 1 (Monday) to 7.',
      resolve: (event) => eventParameter(event, 'daysOfWeek') as number[] | null,
    }),
    time: t.string({ nullable: true, description: 'SCHEDULE: the time of day, HH:MM.', resolve: (event) => eventParameter(event, 'time') as string | null }),
  }),
});

export const ProductSelectorType = builder.objectRef<ProductSelector>('ProductSelector').implement({
  description: 'Products a filter names: exactly one of the fields is set.',
  fields: (t) => ({
    sku: t.string({ nullable: true, description: 'A product by its SKU.', resolve: (s) => ('sku' in s ? s.sku : null) }),
    category: t.string({ nullable: true, description: 'A category and everything under it.', resolve: (s) => ('category' in s ? s.category : null) }),
    brand: t.string({ nullable: true, description: 'A brand.', resolve: (s) => ('brand' in s ? s.brand : null) }),
    productListId: t.id({ nullable: true, description: 'A product list.', resolve: (s) => ('productListId' in s ? s.productListId : null) }),
  }),
});

const ProductFilterType = builder.objectRef<OfferFilters['products']>('ProductFilter').implement({
  description: 'The lines that qualify: any `include` selector (every line when null) and no `exclude` selector.',
  fields: (t) => ({
    include: t.field({
      type: [ProductSelectorType],
      nullable: true,
      description: 'Lines of these products qualify; null: every line.',
      resolve: (p) => p.include,
    }),
    exclude: t.field({ type: [ProductSelectorType], nullable: true, description: 'Lines of these products never do.', resolve: (p) => p.exclude }),
  }),
});

const PointOfSaleFilterType = builder.objectRef<OfferFilters['pointsOfSale']>('PointOfSaleFilter').implement({
  description: 'Where the offer applies.',
  fields: (t) => ({
    include: t.idList({ nullable: true, description: 'Only at these points of sale; null: at all.', resolve: (p) => p.include }),
    exclude: t.idList({ nullable: true, description: 'Never at these.', resolve: (p) => p.exclude }),
  }),
});

const HoursType = builder.objectRef<NonNullable<OfferFilters['hours']>>('DailyHours').implement({
  description: 'A daily window in the register’s local time; `to` before `from` spans midnight.',
  fields: (t) => ({
    from: t.exposeString('from', { description: 'Start, HH:MM, inclusive.' }),
    to: t.exposeString('to', { description: 'End, HH:MM, exclusive.' }),
  }),
});

export const OfferFiltersType = builder.objectRef<OfferFilters>('OfferFilters').implement({
  description: 'What limits the offer: every filter given must hold; a null one does not limit.',
  fields: (t) => ({
    audienceIds: t.idList({ nullable: true, description: 'Members of any of these target audiences; null: everyone.', resolve: (f) => f.audienceIds }),
    membersOnly: t.exposeBoolean('membersOnly', { description: 'Only receipts of an identified member.' }),
    pointsOfSale: t.field({ type: PointOfSaleFilterType, description: 'Where it applies.', resolve: (f) => f.pointsOfSale }),
    channels: t.field({ type: [SalesChannel], nullable: true, description: 'Where the purchase is made; null: anywhere.', resolve: (f) => f.channels }),
    products: t.field({ type: ProductFilterType, description: 'The lines that qualify.', resolve: (f) => f.products }),
    minTotal: t.field({ type: 'Decimal', nullable: true, description: 'The qualifying lines must total at least this.', resolve: (f) => money(f.minTotal) }),
    minQuantity: t.field({ type: 'Decimal', nullable: true, description: 'And hold at least this many units.', resolve: (f) => f.minQuantity }),
    daysOfWeek: t.intList({
      nullable: true,
      description: 'ISO days of the week, 1 (Monday) to 7, in the register’s local time.',
      resolve: (f) => f.daysOfWeek,
    }),
    hours: t.field({ type: HoursType, nullable: true, description: 'A daily window.', resolve: (f) => f.hours }),
    memberStates: t.stringList({ nullable: true, description: 'Member states that qualify; null: any.', resolve: (f) => f.memberStates }),
    purchaseOrdinal: t.int({ nullable: true, description: 'Only the member’s purchase of this number (1: the first).', resolve: (f) => f.purchaseOrdinal }),
    currency: t.string({ nullable: true, description: 'Only receipts in this bonus currency’s program.', resolve: (f) => f.currency }),
    couponRequired: t.exposeBoolean('couponRequired', { description: 'A coupon of the offer must be presented.' }),
  }),
});

const BonusPointsActionType = builder.objectRef<BonusPointsAction>('BonusPointsAction').implement({
  description: 'Additional bonus points.',
  fields: (t) => ({
    base: t.field({ type: BonusPointsBase, description: 'How it counts.', resolve: (a) => a.base }),
    value: t.field({
      type: 'Decimal',
      description: 'The percent, points or multiplier.',
      resolve: (a) => (a.base === 'FIXED_PER_UNIT' || a.base === 'FIXED_PER_RECEIPT' ? money(a.value) : a.value),
    }),
    currency: t.string({ nullable: true, description: 'The bonus currency; null: the company’s default.', resolve: (a) => a.currency }),
    activationDelayDays: t.int({
      nullable: true,
      description: 'Days before they can be spent; null: the currency’s rule.',
      resolve: (a) => a.activationDelayDays,
    }),
    lifetimeDays: t.int({ nullable: true, description: 'Days they last once active; null: the currency’s rule.', resolve: (a) => a.lifetimeDays }),
  }),
});

const BonusDeductionActionType = builder.objectRef<BonusDeductionAction>('BonusDeductionAction').implement({
  description: 'Bonus points taken from the member on an event other than a receipt: what they can spend, up to the value.',
  fields: (t) => ({
    value: t.field({ type: 'Decimal', description: 'The points taken at most.', resolve: (a) => money(a.value) }),
    currency: t.string({ nullable: true, description: 'The bonus currency; null: the company’s default.', resolve: (a) => a.currency }),
  }),
});

const DiscountRoundingType = builder.objectRef<NonNullable<DiscountAction['rounding']>>('DiscountRounding').implement({
  description: 'A rounding correction: down to a multiple of `step`, in the member’s favour.',
  fields: (t) => ({
    step: t.field({ type: 'Decimal', description: 'The step, e.g. 0.10.', resolve: (r) => money(r.step) }),
    of: t.field({ type: RoundingTarget, description: 'What is rounded.', resolve: (r) => r.of }),
  }),
});

const DiscountActionType = builder.objectRef<DiscountAction>('DiscountAction').implement({
  description: 'A direct discount.',
  fields: (t) => ({
    base: t.field({ type: DiscountBase, description: 'How it counts.', resolve: (a) => a.base }),
    value: t.field({
      type: 'Decimal',
      nullable: true,
      description: 'The percent, amount or fixed price; null for N_FOR_M.',
      resolve: (a) => (a.base === 'AMOUNT' || a.base === 'FIXED_PRICE' ? money(a.value) : a.value),
    }),
    scope: t.field({ type: DiscountScope, description: 'Per line or once per receipt.', resolve: (a) => a.scope }),
    n: t.int({ nullable: true, description: 'N_FOR_M: units taken.', resolve: (a) => a.n }),
    m: t.int({ nullable: true, description: 'N_FOR_M: units paid for.', resolve: (a) => a.m }),
    rounding: t.field({ type: DiscountRoundingType, nullable: true, description: 'The rounding correction; null: none.', resolve: (a) => a.rounding }),
  }),
});

const RegisterDiscountActionType = builder.objectRef<RegisterDiscountAction>('RegisterDiscountAction').implement({
  description: 'What becomes of the cash register’s own discount.',
  fields: (t) => ({
    policy: t.field({ type: RegisterDiscountPolicy, description: 'Accepted, replaced or combined.', resolve: (a) => a.policy }),
    discountedLinesAccrue: t.exposeBoolean('discountedLinesAccrue', { description: 'Whether lines the register discounted still earn bonuses.' }),
  }),
});

const PaymentActionType = builder.objectRef<PaymentAction>('PaymentAction').implement({
  description: 'Paying with bonuses.',
  fields: (t) => ({
    maxShare: t.field({ type: 'Decimal', description: 'The largest share of a qualifying line bonuses may pay, 0 to 1.', resolve: (a) => a.maxShare }),
    minCash: t.field({ type: 'Decimal', nullable: true, description: 'Cash the receipt keeps whatever the bonuses.', resolve: (a) => money(a.minCash) }),
  }),
});

const ReceiptMessageActionType = builder.objectRef<MessageAction>('ReceiptMessageAction').implement({
  description: 'A text printed on the receipt.',
  fields: (t) => ({ text: t.exposeString('text', { description: 'The text.' }) }),
});

const CashierMessageActionType = builder.objectRef<MessageAction>('CashierMessageAction').implement({
  description: 'A text shown on the cashier’s screen.',
  fields: (t) => ({ text: t.exposeString('text', { description: 'The text.' }) }),
});

const MemberMessageActionType = builder.objectRef<MemberMessageAction>('MemberMessageAction').implement({
  description: 'A message sent to the member.',
  fields: (t) => ({
    channel: t.field({ type: MessageChannel, description: 'Its channel.', resolve: (a) => a.channel }),
    template: t.exposeString('template', { description: 'The message template’s name.' }),
  }),
});

const ACTION_TYPES = {
  BONUS_POINTS: BonusPointsActionType,
  BONUS_DEDUCTION: BonusDeductionActionType,
  DISCOUNT: DiscountActionType,
  REGISTER_DISCOUNT: RegisterDiscountActionType,
  PAYMENT: PaymentActionType,
  RECEIPT_MESSAGE: ReceiptMessageActionType,
  CASHIER_MESSAGE: CashierMessageActionType,
  MEMBER_MESSAGE: MemberMessageActionType,
} as const;

export const OfferActionType = builder.unionType('OfferAction', {
  description: 'One thing the offer does.',
  types: Object.values(ACTION_TYPES),
  resolveType: (action: OfferAction) => ACTION_TYPES[action.kind],
});
