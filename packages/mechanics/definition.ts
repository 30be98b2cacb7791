/**
 * What an offer is, as the offers subgraph stores it and publishes it in a company's snapshot, and
 * as the evaluation engine reads it. Plain data (JSON-safe: amounts are decimal strings, times
 * local wall-clock strings), so the same value crosses the outbox, the ledger's copy and the
 * engine unchanged.
 */

/** An exact decimal written as a string: "12.50", "0.1", "3". */
export type DecimalText = string;

/** A wall-clock time with no zone, `YYYY-MM-DDTHH:MM`: 12:00 is 12:00 in each store's own time zone. */
export type LocalDateTimeText = string;

/** What an offer reacts to. Only RECEIPT is evaluated at the till; the others reward a member's action once per occurrence. */
export type OfferEvent =
  | { kind: 'RECEIPT' }
  | { kind: 'PURCHASE_CONFIRMED' }
  | { kind: 'RETURN' }
  | { kind: 'CARD_ACTIVATED' }
  | { kind: 'MEMBER_REGISTERED'; channels: string[] | null }
  | { kind: 'PROFILE_COMPLETED' }
  | { kind: 'CONTACT_LINKED'; contact: 'PHONE' | 'EMAIL' | 'SOCIAL' }
  | { kind: 'APP_INSTALLED' }
  | { kind: 'SOCIAL_GROUP_JOINED' }
  | { kind: 'SOCIAL_GROUP_LEFT' }
  | { kind: 'FRIEND_INVITED' }
  | { kind: 'FRIENDS_FIRST_PURCHASE' }
  | { kind: 'BIRTHDAY'; daysBefore: number; windowDays: number }
  | { kind: 'AUDIENCE_ENTERED'; audienceId: string }
  | { kind: 'SCHEDULE'; dayOfMonth: number | null; daysOfWeek: number[] | null; time: string };

export const EVENT_KINDS = [
  'RECEIPT',
  'PURCHASE_CONFIRMED',
  'RETURN',
  'CARD_ACTIVATED',
  'MEMBER_REGISTERED',
  'PROFILE_COMPLETED',
  'CONTACT_LINKED',
  'APP_INSTALLED',
  'SOCIAL_GROUP_JOINED',
  'SOCIAL_GROUP_LEFT',
  'FRIEND_INVITED',
  'FRIENDS_FIRST_PURCHASE',
  'BIRTHDAY',
  'AUDIENCE_ENTERED',
  'SCHEDULE',
] as const satisfies ReadonlyArray<OfferEvent['kind']>;

/** Which products a filter names: a SKU, a category (and everything under it), a brand, or a product list. */
export type ProductSelector = { sku: string } | { category: string } | { brand: string } | { productListId: string };

/** Every filter given must hold; an omitted one does not limit. */
export interface OfferFilters {
  /** Target audiences the member must be in (any of them); null: everyone the other filters allow. */
  audienceIds: string[] | null;
  /** Only receipts with an identified member (a card or phone of a registered member). */
  membersOnly: boolean;
  /** Points of sale where it applies (any of them), and where it never does. */
  pointsOfSale: { include: string[] | null; exclude: string[] | null };
  /** Channels the purchase comes through. */
  channels: Array<'POS' | 'ONLINE' | 'MOBILE'> | null;
  /** Lines that qualify: any `include` selector (all lines when null) and no `exclude` selector. */
  products: { include: ProductSelector[] | null; exclude: ProductSelector[] | null };
  /** The qualifying lines' total and quantity must reach these. */
  minTotal: DecimalText | null;
  minQuantity: DecimalText | null;
  /** ISO days of week, 1 (Monday) to 7, in the register's local time. */
  daysOfWeek: number[] | null;
  /** A daily window `HH:MM`–`HH:MM` in the register's local time; `to` before `from` spans midnight. */
  hours: { from: string; to: string } | null;
  /** Member states that qualify (e.g. REGISTERED); null: any. */
  memberStates: string[] | null;
  /** The member's purchase this would be: 1 for the first; null: any. */
  purchaseOrdinal: number | null;
  /** The receipt is in this bonus currency's program; null: any. */
  currency: string | null;
  /** A coupon of this offer must be presented. */
  couponRequired: boolean;
}

export type BonusPointsAction = {
  kind: 'BONUS_POINTS';
  /** PERCENT of the qualifying amount, FIXED per qualifying unit or per receipt, or a MULTIPLIER of the base accrual. */
  base: 'PERCENT' | 'FIXED_PER_UNIT' | 'FIXED_PER_RECEIPT' | 'MULTIPLIER';
  value: DecimalText;
  /** The bonus currency's code; null: the company's default one. */
  currency: string | null;
  /** Falls back to the currency's rules when null. */
  activationDelayDays: number | null;
  lifetimeDays: number | null;
};

export type DiscountAction = {
  kind: 'DISCOUNT';
  /** PERCENT or AMOUNT off, a FIXED_PRICE per unit, or N_FOR_M (n units for the price of m). */
  base: 'PERCENT' | 'AMOUNT' | 'FIXED_PRICE' | 'N_FOR_M';
  /** The percent, the amount or the fixed price; unused for N_FOR_M. */
  value: DecimalText | null;
  /** Per qualifying LINE, or once for the RECEIPT (spread over the qualifying lines). */
  scope: 'LINE' | 'RECEIPT';
  n: number | null;
  m: number | null;
  /** Rounding correction, in the member's favour: each discounted unit price, or the receipt total, down to a multiple of `step`. */
  rounding: { step: DecimalText; of: 'UNIT_PRICE' | 'RECEIPT_TOTAL' } | null;
};

export type RegisterDiscountAction = {
  kind: 'REGISTER_DISCOUNT';
  /** The register's own discount: ACCEPTED as it is, REPLACED by the offers' one, or COMBINED with it. */
  policy: 'ACCEPT' | 'REPLACE' | 'COMBINE';
  /** Whether lines the register discounted still earn bonuses. */
  discountedLinesAccrue: boolean;
};

export type PaymentAction = {
  kind: 'PAYMENT';
  /** The largest share of a qualifying line that bonuses may pay, 0 to 1. */
  maxShare: DecimalText;
  /** Cash the receipt keeps whatever the bonuses (e.g. "1.00"). */
  minCash: DecimalText | null;
};

export type MessageAction = { kind: 'RECEIPT_MESSAGE' | 'CASHIER_MESSAGE'; text: string };

export type MemberMessageAction = { kind: 'MEMBER_MESSAGE'; channel: 'SMS' | 'EMAIL' | 'PUSH' | 'VIBER'; template: string };

/**
 * Bonus points taken from the member (a penalty for leaving the social group, a deduction for an
 * audience): never at a till, only on another event. Takes what the member can spend, up to `value`.
 */
export type BonusDeductionAction = { kind: 'BONUS_DEDUCTION'; value: DecimalText; currency: string | null };

export type OfferAction =
  | BonusPointsAction
  | BonusDeductionAction
  | DiscountAction
  | RegisterDiscountAction
  | PaymentAction
  | MessageAction
  | MemberMessageAction;

export const ACTION_KINDS = [
  'BONUS_POINTS',
  'BONUS_DEDUCTION',
  'DISCOUNT',
  'REGISTER_DISCOUNT',
  'PAYMENT',
  'RECEIPT_MESSAGE',
  'CASHIER_MESSAGE',
  'MEMBER_MESSAGE',
] as const satisfies ReadonlyArray<OfferAction['kind']>;

/** How an offer combines with others that qualify for the same line. */
export interface Stacking {
  /** EXCLUSIVE: alone on a line; COMBINABLE: with the others of its group (null: with every combinable offer). */
  mode: 'EXCLUSIVE' | 'COMBINABLE';
  group: string | null;
}

/**
 * What an offer may give away, in money: its discounts plus its bonuses at their money value (units
 * × the currency's exchange rate). `total` over the offer's life, `perMember` per member within a
 * rolling `periodDays` (null: the offer's whole life). The ledger holds a receipt's share at
 * calculation and spends it at confirmation, so racing tills never give more than the budget.
 */
export interface OfferBudget {
  total: DecimalText | null;
  perMember: DecimalText | null;
  periodDays: number | null;
}

/** An offer as a snapshot carries it: one version, what the engine needs and nothing personal. */
export interface OfferRule {
  offerId: string;
  version: number;
  name: string;
  /** Higher wins when offers compete in PRIORITY order. */
  priority: number;
  stacking: Stacking;
  /** When offers compete for a line: the one BEST_FOR_MEMBER, or the highest PRIORITY. */
  competition: 'BEST_FOR_MEMBER' | 'PRIORITY';
  /** Local wall-clock bounds, start inclusive, end exclusive; null: open. */
  startsAt: LocalDateTimeText | null;
  endsAt: LocalDateTimeText | null;
  event: OfferEvent;
  filters: OfferFilters;
  actions: OfferAction[];
  /** Null or absent (snapshots before budgets): it may give without limit. */
  budget?: OfferBudget | null;
}

/** A company's active (and scheduled) offers at one version: what the ledger keeps and evaluates receipts with. */
export interface OfferSnapshot {
  companyId: string;
  version: number;
  offers: OfferRule[];
}

export const NO_FILTERS: OfferFilters = {
  audienceIds: null,
  membersOnly: false,
  pointsOfSale: { include: null, exclude: null },
  channels: null,
  products: { include: null, exclude: null },
  minTotal: null,
  minQuantity: null,
  daysOfWeek: null,
  hours: null,
  memberStates: null,
  purchaseOrdinal: null,
  currency: null,
  couponRequired: false,
};
