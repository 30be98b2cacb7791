/**
 * An offer turned, once per snapshot, into what evaluation reads fast: parsed amounts, sets instead
 * of lists, minutes instead of "HH:MM". An offer the engine cannot read is kept as INVALID (explained,
 * never applied) rather than failing every receipt of the company.
 */
import Decimal from 'decimal.js';
import type { BonusPointsAction, DiscountAction, MemberMessageAction, OfferFilters, OfferRule, ProductSelector, RegisterDiscountAction } from './definition';
import { centsFloor, decimalPlaces, parseScaled, type Scaled } from './exact';

export interface CompiledSelectors {
  skus: ReadonlySet<string>;
  categories: ReadonlySet<string>;
  brands: ReadonlySet<string>;
  /** Product list ids, resolved per receipt from the context. */
  lists: readonly string[];
}

export interface CompiledFilters {
  startsAt: string | null;
  endsAt: string | null;
  channels: ReadonlySet<string> | null;
  posInclude: ReadonlySet<string> | null;
  posExclude: ReadonlySet<string> | null;
  daysOfWeek: ReadonlySet<number> | null;
  /** Minutes of the day, `from` inclusive, `to` exclusive; `to` ≤ `from` spans midnight. */
  hours: { from: number; to: number } | null;
  currency: string | null;
  membersOnly: boolean;
  memberStates: ReadonlySet<string> | null;
  purchaseOrdinal: number | null;
  audienceIds: ReadonlySet<string> | null;
  couponRequired: boolean;
  minTotal: bigint | null;
  minQuantity: Scaled | null;
  include: CompiledSelectors | null;
  exclude: CompiledSelectors | null;
}

export type CompiledDiscount =
  | { kind: 'PERCENT'; scope: 'LINE' | 'RECEIPT'; percent: Scaled; rounding: CompiledRounding | null }
  | { kind: 'AMOUNT'; scope: 'LINE' | 'RECEIPT'; cents: bigint; rounding: CompiledRounding | null }
  | { kind: 'FIXED_PRICE'; cents: bigint; rounding: CompiledRounding | null }
  | { kind: 'N_FOR_M'; scope: 'LINE' | 'RECEIPT'; n: bigint; m: bigint; rounding: CompiledRounding | null };

export interface CompiledRounding {
  stepCents: bigint;
  of: 'UNIT_PRICE' | 'RECEIPT_TOTAL';
}

export interface CompiledBonus {
  actionIndex: number;
  base: BonusPointsAction['base'];
  value: Scaled;
  valueDecimal: Decimal;
  /** null: the context's default currency. */
  currency: string | null;
  activationDelayDays: number | null;
  lifetimeDays: number | null;
}

export interface CompiledPayment {
  maxShare: Scaled;
  maxShareDecimal: Decimal;
  minCash: bigint | null;
  minCashDecimal: Decimal | null;
}

export interface CompiledOffer {
  /** Position in rank order (priority desc, offer id): lower applies first and wins PRIORITY contests. */
  ordinal: number;
  rule: OfferRule;
  offerId: string;
  /** Offers with the same key combine on a line; an EXCLUSIVE offer has a key of its own. */
  bundleKey: string;
  invalid: string | null;
  filters: CompiledFilters;
  discounts: CompiledDiscount[];
  bonuses: CompiledBonus[];
  register: RegisterDiscountAction | null;
  payment: CompiledPayment | null;
  receiptMessages: string[];
  cashierMessages: string[];
  memberMessages: MemberMessageAction[];
}

class InvalidOffer extends Error {}

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$/;
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

function fail(message: string): never {
  throw new InvalidOffer(message);
}

function decimal(text: string | null | undefined, what: string): Scaled {
  const parsed = text == null ? null : parseScaled(String(text));
  if (!parsed) fail(`${what} must be a non-negative decimal, got ${JSON.stringify(text)}`);
  return parsed;
}

function money(text: string | null | undefined, what: string): bigint {
  const parsed = decimal(text, what);
  if (decimalPlaces(parsed) > 2) fail(`${what} must be money (at most 2 decimals), got ${text}`);
  return centsFloor(parsed);
}

function minutes(text: string, what: string): number {
  const match = HH_MM.exec(text);
  if (!match) fail(`${what} must be HH:MM, got ${JSON.stringify(text)}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

function setOrNull<T>(values: readonly T[] | null | undefined): ReadonlySet<T> | null {
  return values == null ? null : new Set(values);
}

/** Splits selectors by kind, so a line is matched with a few set look-ups. */
export function compileSelectors(selectors: readonly ProductSelector[] | null): CompiledSelectors | null {
  if (selectors == null) return null;
  const skus = new Set<string>();
  const categories = new Set<string>();
  const brands = new Set<string>();
  const lists: string[] = [];
  for (const selector of selectors) {
    if ('sku' in selector) skus.add(selector.sku);
    else if ('category' in selector) categories.add(selector.category);
    else if ('brand' in selector) brands.add(selector.brand);
    else if ('productListId' in selector) lists.push(selector.productListId);
    else fail(`unknown product selector ${JSON.stringify(selector)}`);
  }
  return { skus, categories, brands, lists };
}

function compileFilters(rule: OfferRule): CompiledFilters {
  const f: OfferFilters = rule.filters;
  for (const [bound, what] of [
    [rule.startsAt, 'startsAt'],
    [rule.endsAt, 'endsAt'],
  ] as const) {
    if (bound != null && !LOCAL_TIME.test(bound)) fail(`${what} must be YYYY-MM-DDTHH:MM, got ${JSON.stringify(bound)}`);
  }
  if (f.daysOfWeek?.some((d) => !Number.isInteger(d) || d < 1 || d > 7)) fail('daysOfWeek are ISO days 1 (Monday) to 7 (Sunday)');
  if (f.purchaseOrdinal != null && (!Number.isInteger(f.purchaseOrdinal) || f.purchaseOrdinal < 1)) fail('purchaseOrdinal is 1 or more');
  return {
    startsAt: rule.startsAt,
    endsAt: rule.endsAt,
    channels: setOrNull(f.channels),
    posInclude: setOrNull(f.pointsOfSale?.include),
    posExclude: setOrNull(f.pointsOfSale?.exclude),
    daysOfWeek: setOrNull(f.daysOfWeek),
    hours: f.hours ? { from: minutes(f.hours.from, 'hours.from'), to: minutes(f.hours.to, 'hours.to') } : null,
    currency: f.currency,
    membersOnly: f.membersOnly,
    memberStates: setOrNull(f.memberStates),
    purchaseOrdinal: f.purchaseOrdinal,
    audienceIds: setOrNull(f.audienceIds),
    couponRequired: f.couponRequired,
    minTotal: f.minTotal == null ? null : money(f.minTotal, 'minTotal'),
    minQuantity: f.minQuantity == null ? null : decimal(f.minQuantity, 'minQuantity'),
    include: compileSelectors(f.products?.include ?? null),
    exclude: compileSelectors(f.products?.exclude ?? null),
  };
}

function compileRounding(action: DiscountAction): CompiledRounding | null {
  if (!action.rounding) return null;
  const stepCents = money(action.rounding.step, 'rounding.step');
  if (stepCents <= 0n) fail('rounding.step must be at least 0.01');
  if (action.rounding.of !== 'UNIT_PRICE' && action.rounding.of !== 'RECEIPT_TOTAL') fail(`unknown rounding ${action.rounding.of}`);
  return { stepCents, of: action.rounding.of };
}

function compileDiscount(action: DiscountAction): CompiledDiscount {
  const rounding = compileRounding(action);
  const scope = action.scope === 'RECEIPT' ? 'RECEIPT' : 'LINE';
  switch (action.base) {
    case 'PERCENT': {
      const percent = decimal(action.value, 'DISCOUNT.value');
      if (percent.n > 100n * 10n ** BigInt(percent.s)) fail('a PERCENT discount is 0 to 100');
      return { kind: 'PERCENT', scope, percent, rounding };
    }
    case 'AMOUNT':
      return { kind: 'AMOUNT', scope, cents: money(action.value, 'DISCOUNT.value'), rounding };
    case 'FIXED_PRICE':
      return { kind: 'FIXED_PRICE', cents: money(action.value, 'DISCOUNT.value'), rounding };
    case 'N_FOR_M': {
      const { n, m } = action;
      if (n == null || m == null || !Number.isInteger(n) || !Number.isInteger(m) || n < 1 || m < 0 || m >= n) {
        fail('N_FOR_M needs whole n ≥ 1 and 0 ≤ m < n');
      }
      return { kind: 'N_FOR_M', scope, n: BigInt(n), m: BigInt(m), rounding };
    }
    default:
      return fail(`unknown DISCOUNT base ${(action as { base: string }).base}`);
  }
}

function compileBonus(action: BonusPointsAction, actionIndex: number): CompiledBonus {
  if (!['PERCENT', 'FIXED_PER_UNIT', 'FIXED_PER_RECEIPT', 'MULTIPLIER'].includes(action.base)) fail(`unknown BONUS_POINTS base ${action.base}`);
  return {
    actionIndex,
    base: action.base,
    value: decimal(action.value, 'BONUS_POINTS.value'),
    valueDecimal: new Decimal(action.value),
    currency: action.currency,
    activationDelayDays: action.activationDelayDays,
    lifetimeDays: action.lifetimeDays,
  };
}

function compileActions(rule: OfferRule, offer: CompiledOffer): void {
  rule.actions.forEach((action, index) => {
    switch (action.kind) {
      case 'DISCOUNT':
        offer.discounts.push(compileDiscount(action));
        break;
      case 'BONUS_POINTS':
        offer.bonuses.push(compileBonus(action, index));
        break;
      case 'REGISTER_DISCOUNT':
        if (!['ACCEPT', 'REPLACE', 'COMBINE'].includes(action.policy)) fail(`unknown REGISTER_DISCOUNT policy ${action.policy}`);
        offer.register ??= action;
        break;
      case 'PAYMENT': {
        const maxShare = decimal(action.maxShare, 'PAYMENT.maxShare');
        if (maxShare.n > 10n ** BigInt(maxShare.s)) fail('PAYMENT.maxShare is 0 to 1');
        const minCash = action.minCash == null ? null : money(action.minCash, 'PAYMENT.minCash');
        offer.payment ??= {
          maxShare,
          maxShareDecimal: new Decimal(action.maxShare),
          minCash,
          minCashDecimal: action.minCash == null ? null : new Decimal(action.minCash),
        };
        break;
      }
      case 'RECEIPT_MESSAGE':
        offer.receiptMessages.push(action.text);
        break;
      case 'CASHIER_MESSAGE':
        offer.cashierMessages.push(action.text);
        break;
      case 'MEMBER_MESSAGE':
        offer.memberMessages.push(action);
        break;
      case 'BONUS_DEDUCTION':
        // Never on a receipt (the offers subgraph refuses it there); the ledger applies it on its event.
        break;
      default:
        fail(`unknown action ${(action as { kind: string }).kind}`);
    }
  });
}

const NO_SELECTORS: CompiledFilters = {
  startsAt: null,
  endsAt: null,
  channels: null,
  posInclude: null,
  posExclude: null,
  daysOfWeek: null,
  hours: null,
  currency: null,
  membersOnly: false,
  memberStates: null,
  purchaseOrdinal: null,
  audienceIds: null,
  couponRequired: false,
  minTotal: null,
  minQuantity: null,
  include: null,
  exclude: null,
};

/** EXCLUSIVE: a key of its own; COMBINABLE: one key per group, and one for the null group. */
function bundleKey(rule: OfferRule): string {
  if (rule.stacking?.mode === 'EXCLUSIVE') return `exclusive:${rule.offerId}`;
  return rule.stacking?.group == null ? 'combinable' : `combinable:${rule.stacking.group}`;
}

/** Rank order: higher priority first, then offer id (a total order, so input order never matters). */
export function compareRank(a: OfferRule, b: OfferRule): number {
  if (a.priority !== b.priority) return b.priority - a.priority;
  return a.offerId < b.offerId ? -1 : a.offerId > b.offerId ? 1 : 0;
}

/** Compiles one offer (its ordinal is its place in rank order); an unreadable one comes back with `invalid` set. */
export function compileOffer(rule: OfferRule, ordinal: number): CompiledOffer {
  const offer: CompiledOffer = {
    ordinal,
    rule,
    offerId: rule.offerId,
    bundleKey: bundleKey(rule),
    invalid: null,
    filters: NO_SELECTORS,
    discounts: [],
    bonuses: [],
    register: null,
    payment: null,
    receiptMessages: [],
    cashierMessages: [],
    memberMessages: [],
  };
  try {
    if (!Number.isFinite(rule.priority)) fail('priority must be a number');
    if (rule.stacking?.mode !== 'EXCLUSIVE' && rule.stacking?.mode !== 'COMBINABLE') fail('stacking.mode is EXCLUSIVE or COMBINABLE');
    if (rule.competition !== 'BEST_FOR_MEMBER' && rule.competition !== 'PRIORITY') fail('competition is BEST_FOR_MEMBER or PRIORITY');
    offer.filters = compileFilters(rule);
    compileActions(rule, offer);
  } catch (error) {
    if (!(error instanceof InvalidOffer)) throw error;
    offer.invalid = error.message;
    offer.filters = NO_SELECTORS;
    offer.discounts = [];
    offer.bonuses = [];
  }
  return offer;
}

/** Why the engine could not evaluate the offer, or null when it can: what an offer is checked against before it is stored. */
export function unreadableOffer(rule: OfferRule): string | null {
  return rule.event.kind === 'RECEIPT' ? compileOffer(rule, 0).invalid : null;
}
