/**
 * What the engine answers: phase 1 (`applyOffers`) before the member pays with bonuses, phase 2
 * (`accrueOffers`) after. Money and bonus amounts are Decimals with at most two decimals.
 */
import type Decimal from 'decimal.js';
import type { BonusPointsAction, MemberMessageAction, RegisterDiscountAction } from './definition';

/** One offer's direct discount on one line. `amount` includes `rounding`, the part its rounding correction added. */
export interface LineDiscount {
  offerId: string;
  amount: Decimal;
  rounding: Decimal;
}

/** A BONUS_POINTS action that applies to a line; phase 2 turns it into bonuses. */
export interface LineAccrualRule {
  offerId: string;
  /** The action's position in the offer's `actions`. */
  actionIndex: number;
  base: BonusPointsAction['base'];
  value: Decimal;
  /** Resolved: the action's currency, or the company's default one. */
  currency: string;
  activationDelayDays: number | null;
  lifetimeDays: number | null;
}

export interface AppliedLine {
  lineNo: number;
  sku: string;
  quantity: Decimal;
  /** price × quantity, rounded down to the cent. */
  gross: Decimal;
  /** How the register's own discount was treated on this line. */
  registerPolicy: RegisterDiscountAction['policy'];
  /** The register's discount the line keeps (REPLACE drops it when the offers give more). */
  registerDiscount: Decimal;
  /** The offers' direct discounts, in the order they applied. */
  discounts: LineDiscount[];
  /** Their sum. */
  discount: Decimal;
  /** gross − registerDiscount − discount; never below zero. */
  total: Decimal;
  /** The largest share of `total` bonuses may pay (a PAYMENT offer's); null: the program's default applies. */
  maxPaymentShare: Decimal | null;
  /** `total × maxPaymentShare` rounded down to the cent; null with it. */
  maxPayment: Decimal | null;
  /** False when the register discounted the line and an applying REGISTER_DISCOUNT action says such lines do not accrue. */
  accrues: boolean;
  /** The offers that apply to the line (rank order). */
  offerIds: string[];
  /** Bonus rules for phase 2; empty when the line does not accrue. */
  accrualRules: LineAccrualRule[];
}

export type RejectionCode =
  | 'INVALID_OFFER'
  | 'OUTSIDE_PERIOD'
  | 'CHANNEL'
  | 'POINT_OF_SALE'
  | 'DAY_OF_WEEK'
  | 'HOURS'
  | 'CURRENCY'
  | 'MEMBERS_ONLY'
  | 'MEMBER_STATE'
  | 'PURCHASE_ORDINAL'
  | 'AUDIENCE'
  | 'COUPON_REQUIRED'
  | 'BUDGET_SPENT'
  | 'NO_QUALIFYING_LINES'
  | 'MIN_TOTAL'
  | 'MIN_QUANTITY'
  | 'LOST_TO_OFFER';

export interface Rejection {
  code: RejectionCode;
  /** Human-readable particulars ("qualifying total 12.00 is below 20.00"). */
  detail: string;
  /** LOST_TO_OFFER: the top offers of the bundles that took its lines, in rank order. */
  winnerOfferIds?: string[];
}

export interface AppliedOfferOutcome {
  status: 'APPLIED';
  offerId: string;
  version: number;
  /** Lines it applied to. */
  lineNos: number[];
  /** Lines it qualified for but another offer took. */
  lostLines: Array<{ lineNo: number; winnerOfferId: string }>;
  /** Lines where REPLACE kept the register's larger discount, so this offer's discount there is zero. */
  registerDiscountKept: number[];
  /** Its direct discounts in total (money), rounding included. */
  discount: Decimal;
  rounding: Decimal;
  /** Its BONUS_POINTS rules attached to lines (bonus amounts come in phase 2). */
  accrualRuleCount: number;
  /** Its PAYMENT action, if any (a line takes the share of the first-ranked applying offer that has one). */
  payment: { maxShare: Decimal; minCash: Decimal | null } | null;
  /** When it has a budget: what was left before, whether the discounts were capped by it, and what is left for bonuses. */
  budget: { left: Decimal; discountCapped: boolean; leftForBonuses: Decimal } | null;
}

export interface RejectedOfferOutcome {
  status: 'REJECTED';
  offerId: string;
  version: number;
  reason: Rejection;
}

export type OfferOutcome = AppliedOfferOutcome | RejectedOfferOutcome;

export interface ReceiptMessage {
  offerId: string;
  text: string;
}

export interface MemberMessage {
  offerId: string;
  channel: MemberMessageAction['channel'];
  template: string;
}

/** Phase 1's answer. Keep it and pass it to `accrueOffers` once the bonus payment is known. */
export interface AppliedOffers {
  /** The receipt's bonus currency. */
  currency: string;
  lines: AppliedLine[];
  /** Sum of the offers' direct discounts (rounding included) and of the lines' totals. */
  discount: Decimal;
  total: Decimal;
  receiptMessages: ReceiptMessage[];
  cashierMessages: ReceiptMessage[];
  /** Only for a receipt with a member. */
  memberMessages: MemberMessage[];
  /** Cash the receipt must keep whatever the bonuses pay (the largest of the applying PAYMENT actions'); null: none. */
  minCash: Decimal | null;
  /** Applied offers always; rejected ones with `explainRejections`. Rank order (priority desc, offer id). */
  offers: OfferOutcome[];
  /** What phase 2 needs from the context. */
  baseAccrualPercent: Decimal;
  exchangeRates: ReadonlyMap<string, Decimal>;
}

/** Bonuses one action gives on one line. */
export interface LineBonus {
  offerId: string;
  actionIndex: number;
  currency: string;
  amount: Decimal;
  activationDelayDays: number | null;
  lifetimeDays: number | null;
}

export interface OfferAccrual {
  offerId: string;
  currency: string;
  amount: Decimal;
  /** True when the offer's budget cut its bonuses. */
  capped: boolean;
}

/** Phase 2's answer. */
export interface OfferAccruals {
  lines: Array<{ lineNo: number; bonuses: LineBonus[] }>;
  /** Per offer and currency, rank order then the order of its actions; an offer that gave nothing is left out unless its budget capped it. */
  offers: OfferAccrual[];
  /** Per currency with bonuses (sorted by code). */
  totals: Array<{ currency: string; amount: Decimal }>;
}
