import Decimal from 'decimal.js';
import type { BusinessError } from '../../../infra/errors/business-error';
import { isWallClock } from '../../../infra/time/wall-clock';
import { unreadableOffer } from '../../../packages/mechanics';
import type { OfferAction, OfferBudget, OfferEvent, OfferFilters, ProductSelector } from '../../../packages/mechanics/definition';
import { DEFAULT_BONUS_CURRENCY } from './audience-rules';
import type { OfferDraft } from './offer-draft';
import {
  type DecimalCheck,
  type IntegerCheck,
  isUuid,
  type ListCheck,
  MAX_LIST,
  MEMBER_STATES,
  MONEY_PLACES,
  problemChecks,
  REGISTRATION_CHANNELS,
  type Report,
  type TextCheck,
} from './problems';

/** What an offer may name that lives elsewhere in the subgraph: audiences and product lists of the company. */
export interface KnownReferences {
  audienceIds: ReadonlySet<string>;
  productListIds: ReadonlySet<string>;
  pointOfSaleIds: ReadonlySet<string>;
  /** The SKUs named that the catalogue holds; null: the company has no catalogue (any SKU goes). */
  skus: ReadonlySet<string> | null;
  /** The bonus currency codes named that the company has, with their exchange rates; null: not checked. */
  currencies?: ReadonlyMap<string, string> | null;
}

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const CURRENCY_CODE = /^[A-Z][A-Z0-9_]{0,19}$/;
const MAX_ACTIONS = 20;
/** Actions that need a receipt; the other events can only give bonuses or send a message. */
const RECEIPT_ONLY: ReadonlyArray<OfferAction['kind']> = ['DISCOUNT', 'REGISTER_DISCOUNT', 'PAYMENT', 'RECEIPT_MESSAGE', 'CASHIER_MESSAGE'];
/** Actions a till never takes: a receipt offer takes nothing from the member. */
const NOT_ON_RECEIPT: ReadonlyArray<OfferAction['kind']> = ['BONUS_DEDUCTION'];

/**
 * Every problem of a draft at once (so a form can mark every bad field), each with the input path
 * it is about: an empty list means the draft can be stored.
 */
export function offerDraftProblems(draft: OfferDraft, known: KnownReferences): BusinessError[] {
  const { problems, report, text, decimal, integer, list } = problemChecks();
  text('name', draft.name, 1, 100);
  text('description', draft.description, 0, 2000);
  integer('priority', draft.priority, -1000, 1000);
  if (draft.stacking.group !== null) {
    if (draft.stacking.mode === 'EXCLUSIVE') report('INVALID_INPUT', 'stacking.group', 'an exclusive offer combines with nothing, so it has no group');
    text('stacking.group', draft.stacking.group, 1, 50);
  }
  for (const field of ['startsAt', 'endsAt'] as const) {
    const value = draft[field];
    if (value !== null && !isWallClock(value)) report('INVALID_PERIOD', field, 'a local date and time such as 2026-12-01T12:00');
  }
  if (draft.startsAt !== null && draft.endsAt !== null && draft.endsAt <= draft.startsAt)
    report('INVALID_PERIOD', 'endsAt', 'the period must end after it starts');

  checkBudget(draft.budget, report, integer, decimal);
  checkRewardsWithinBudget(draft, report, known);
  checkEvent(draft.event, report, list, integer, known);
  checkFilters(draft.filters, report, list, integer, decimal, known);
  if (draft.event.kind !== 'RECEIPT') checkNoReceiptFilters(draft.filters, draft.event.kind, report);

  if (draft.actions.length === 0 || draft.actions.length > MAX_ACTIONS) report('INVALID_INPUT', 'actions', `1 to ${MAX_ACTIONS} actions`);
  for (const kind of ['REGISTER_DISCOUNT', 'PAYMENT'] as const) {
    if (draft.actions.filter((action) => action.kind === kind).length > 1) report('INVALID_INPUT', 'actions', `at most one ${kind} action`);
  }
  draft.actions.forEach((action, index) => {
    const at = `actions.${index}`;
    if (draft.event.kind !== 'RECEIPT' && RECEIPT_ONLY.includes(action.kind)) {
      report('ACTION_NOT_FOR_EVENT', at, `${action.kind} needs a receipt; a ${draft.event.kind} offer gives or deducts bonus points or sends a message`);
    }
    if (draft.event.kind === 'RECEIPT' && NOT_ON_RECEIPT.includes(action.kind)) {
      report(
        'ACTION_NOT_FOR_EVENT',
        at,
        `${action.kind} is never taken at a till: give it to an offer on another event (SOCIAL_GROUP_LEFT, SCHEDULE, RETURN…)`,
      );
    }
    checkAction(action, at, draft.event, { report, text, integer, decimal }, known);
  });
  // The engine reads the offer as the till will: what it could not evaluate is not stored either.
  if (problems.length === 0) {
    const unreadable = unreadableOffer({ offerId: 'draft', version: 1, ...draft });
    if (unreadable) report('INVALID_INPUT', 'actions', unreadable);
  }
  return problems;
}

/** The most a budget may be (money). */
const MAX_BUDGET = 1_000_000_000;

function checkBudget(budget: OfferBudget | null, report: Report, integer: IntegerCheck, decimal: DecimalCheck) {
  if (budget === null) return;
  if (budget.total === null && budget.perMember === null) report('INVALID_INPUT', 'budget', 'a budget has a total, a limit per member, or both');
  decimal('budget.total', budget.total, { min: 0, max: MAX_BUDGET, minExclusive: true, places: MONEY_PLACES });
  decimal('budget.perMember', budget.perMember, { min: 0, max: MAX_BUDGET, minExclusive: true, places: MONEY_PLACES });
  if (budget.periodDays !== null && budget.perMember === null) report('INVALID_INPUT', 'budget.periodDays', 'a period belongs to a limit per member');
  integer('budget.periodDays', budget.periodDays, 1, 3660);
}

/**
 * An event's reward is given whole or not at all (its worth in money against the budget): one worth
 * more than the budget's limit could never be given, which the marketer is told now.
 */
function checkRewardsWithinBudget(draft: OfferDraft, report: Report, known: KnownReferences) {
  const { budget } = draft;
  const currencies = known.currencies;
  if (!budget || draft.event.kind === 'RECEIPT' || !currencies) return;
  // What one occurrence gives in all: every action's bonus at its currency's rate, each rounded up to the cent.
  let worth = new Decimal(0);
  const parts: string[] = [];
  for (const action of draft.actions) {
    if (action.kind !== 'BONUS_POINTS') continue;
    const code = action.currency ?? DEFAULT_BONUS_CURRENCY;
    const rate = currencies.get(code);
    // An unknown currency is reported by its own check.
    if (rate === undefined) return;
    worth = worth.plus(new Decimal(action.value).times(rate).toDecimalPlaces(2, Decimal.ROUND_UP));
    parts.push(`${action.value} ${code}`);
  }
  for (const [field, limit] of [
    ['budget.perMember', budget.perMember],
    ['budget.total', budget.total],
  ] as const) {
    if (limit !== null && worth.gt(limit))
      report('INVALID_AMOUNT', field, `a reward of ${parts.join(' and ')} is worth ${worth.toFixed(2)}, more than ${limit}: it could never be given`);
  }
}

function checkEvent(event: OfferEvent, report: Report, list: ListCheck, integer: IntegerCheck, known: KnownReferences) {
  switch (event.kind) {
    case 'MEMBER_REGISTERED':
      list('event.channels', event.channels, (c) => REGISTRATION_CHANNELS.includes(c), `a registration channel (${REGISTRATION_CHANNELS.join(', ')})`);
      break;
    case 'BIRTHDAY':
      integer('event.daysBefore', event.daysBefore, 0, 60);
      integer('event.windowDays', event.windowDays, 1, 60);
      break;
    case 'AUDIENCE_ENTERED':
      if (!known.audienceIds.has(event.audienceId)) report('AUDIENCE_NOT_FOUND', 'event.audienceId', 'no such audience in the company');
      break;
    case 'SCHEDULE':
      integer('event.dayOfMonth', event.dayOfMonth, 1, 31);
      if (event.daysOfWeek !== null) {
        const days = event.daysOfWeek;
        if (days.length === 0 || new Set(days).size !== days.length || days.some((d) => !Number.isInteger(d) || d < 1 || d > 7))
          report('INVALID_INPUT', 'event.daysOfWeek', 'one to seven different ISO days of the week, 1 (Monday) to 7 (Sunday)');
      }
      if ((event.dayOfMonth === null) === (event.daysOfWeek === null))
        report('INVALID_INPUT', 'event', 'a schedule names either a day of the month or days of the week');
      if (!CLOCK.test(event.time)) report('INVALID_INPUT', 'event.time', 'a time of day such as 09:30');
      break;
    default:
      break;
  }
}

function checkFilters(filters: OfferFilters, report: Report, list: ListCheck, integer: IntegerCheck, decimal: DecimalCheck, known: KnownReferences) {
  list('filters.audienceIds', filters.audienceIds, isUuid, 'an audience id');
  filters.audienceIds?.forEach((id, index) => {
    if (isUuid(id) && !known.audienceIds.has(id)) report('AUDIENCE_NOT_FOUND', `filters.audienceIds.${index}`, 'no such audience in the company');
  });
  for (const side of ['include', 'exclude'] as const) {
    const field = `filters.pointsOfSale.${side}`;
    list(field, filters.pointsOfSale[side], isUuid, 'a point of sale id');
    filters.pointsOfSale[side]?.forEach((id, index) => {
      if (isUuid(id) && !known.pointOfSaleIds.has(id)) report('POINT_OF_SALE_NOT_FOUND', `${field}.${index}`, 'no such point of sale in the company');
    });
  }
  for (const side of ['include', 'exclude'] as const) {
    const selectors = filters.products[side];
    if (selectors === null) continue;
    if (selectors.length === 0 || selectors.length > MAX_LIST)
      report('INVALID_INPUT', `filters.products.${side}`, `1 to ${MAX_LIST} selectors, or none at all`);
    for (const [index, selector] of selectors.entries()) checkSelector(selector, `filters.products.${side}.${index}`, report, known);
  }
  decimal('filters.minTotal', filters.minTotal, { min: 0, max: 1_000_000_000, places: MONEY_PLACES });
  decimal('filters.minQuantity', filters.minQuantity, { min: 0, max: 1_000_000, minExclusive: true });
  list('filters.daysOfWeek', filters.daysOfWeek?.map(String) ?? null, (d) => /^[1-7]$/.test(d), 'an ISO day of week, 1 (Monday) to 7');
  if (filters.hours !== null) {
    if (!CLOCK.test(filters.hours.from)) report('INVALID_INPUT', 'filters.hours.from', 'a time of day such as 09:30');
    if (!CLOCK.test(filters.hours.to)) report('INVALID_INPUT', 'filters.hours.to', 'a time of day such as 21:00');
    if (filters.hours.from === filters.hours.to) report('INVALID_INPUT', 'filters.hours', 'the window is empty: from and to are the same');
  }
  list('filters.memberStates', filters.memberStates, (s) => MEMBER_STATES.includes(s), `a member state (${MEMBER_STATES.join(', ')})`);
  integer('filters.purchaseOrdinal', filters.purchaseOrdinal, 1, 1_000_000);
  checkCurrency(filters.currency, 'filters.currency', report, known);
}

/** Events about a purchase after the fact: the receipt's total (a return's: what it gave back) is known, so a minimum total limits them. */
const WITH_A_TOTAL: ReadonlyArray<OfferEvent['kind']> = ['PURCHASE_CONFIRMED', 'FRIENDS_FIRST_PURCHASE', 'RETURN'];

/** Filters about a receipt: an offer on another event has none, so they would be ignored; refused instead. */
function checkNoReceiptFilters(filters: OfferFilters, kind: OfferEvent['kind'], report: Report) {
  const given: Array<[string, boolean]> = [
    ['filters.couponRequired', filters.couponRequired],
    ['filters.products.include', filters.products.include !== null],
    ['filters.products.exclude', filters.products.exclude !== null],
    ['filters.minTotal', filters.minTotal !== null && !WITH_A_TOTAL.includes(kind)],
    ['filters.minQuantity', filters.minQuantity !== null],
    ['filters.purchaseOrdinal', filters.purchaseOrdinal !== null],
    ['filters.pointsOfSale.include', filters.pointsOfSale.include !== null],
    ['filters.pointsOfSale.exclude', filters.pointsOfSale.exclude !== null],
    ['filters.channels', filters.channels !== null],
    ['filters.currency', filters.currency !== null],
  ];
  for (const [field, present] of given)
    if (present) report('ACTION_NOT_FOR_EVENT', field, `a ${kind} offer has no receipt, so this filter would limit nothing`);
}

/** A bonus currency code named: well formed, and one the company has (when that could be asked). */
function checkCurrency(code: string | null, field: string, report: Report, known: KnownReferences) {
  if (code === null) return;
  if (!CURRENCY_CODE.test(code)) report('INVALID_INPUT', field, 'a bonus currency code such as BONUS');
  else if (known.currencies && !known.currencies.has(code)) report('CURRENCY_NOT_FOUND', field, `the company has no bonus currency ${code}`);
}

function checkSelector(selector: ProductSelector, field: string, report: Report, known: KnownReferences) {
  const values = Object.values(selector).filter((value) => value !== null && value !== undefined);
  if (values.length !== 1) {
    report('INVALID_INPUT', field, 'name exactly one of sku, category, brand or productListId');
    return;
  }
  if ('productListId' in selector && selector.productListId) {
    if (!known.productListIds.has(selector.productListId)) report('PRODUCT_LIST_NOT_FOUND', `${field}.productListId`, 'no such product list in the company');
    return;
  }
  const value = String(values[0]);
  if (value.trim().length === 0 || value.length > 200) report('INVALID_INPUT', field, '1 to 200 characters');
  else if ('sku' in selector && known.skus && !known.skus.has(value)) report('PRODUCT_NOT_FOUND', `${field}.sku`, `no product ${value} in the catalogue`);
  // A line's category is a path split at `/`, and a selector names one level of it.
  if ('category' in selector && value.includes('/')) report('INVALID_INPUT', `${field}.category`, 'one level of the category path (coffee), not a path');
}

function checkAction(
  action: OfferAction,
  at: string,
  event: OfferEvent,
  { report, text, integer, decimal }: { report: Report; text: TextCheck; integer: IntegerCheck; decimal: DecimalCheck },
  known: KnownReferences,
) {
  switch (action.kind) {
    case 'BONUS_POINTS': {
      const needsReceipt = action.base !== 'FIXED_PER_RECEIPT';
      if (event.kind !== 'RECEIPT' && needsReceipt)
        report('ACTION_NOT_FOR_EVENT', `${at}.base`, `${action.base} needs a receipt; without one, give a FIXED_PER_RECEIPT amount`);
      if (action.base === 'PERCENT') decimal(`${at}.value`, action.value, { min: 0, max: 100, minExclusive: true }, 'INVALID_PERCENT');
      else if (action.base === 'MULTIPLIER') decimal(`${at}.value`, action.value, { min: 1, max: 100, minExclusive: true });
      else if (action.base === 'FIXED_PER_UNIT') decimal(`${at}.value`, action.value, { min: 0, max: 10_000, minExclusive: true, places: MONEY_PLACES });
      else decimal(`${at}.value`, action.value, { min: 0, max: 1_000_000, minExclusive: true, places: MONEY_PLACES });
      checkCurrency(action.currency, `${at}.currency`, report, known);
      integer(`${at}.activationDelayDays`, action.activationDelayDays, 0, 3650);
      integer(`${at}.lifetimeDays`, action.lifetimeDays, 1, 36_500);
      break;
    }
    case 'BONUS_DEDUCTION':
      decimal(`${at}.value`, action.value, { min: 0, max: 1_000_000, minExclusive: true, places: MONEY_PLACES });
      checkCurrency(action.currency, `${at}.currency`, report, known);
      break;
    case 'DISCOUNT':
      checkDiscount(action, at, report, integer, decimal);
      break;
    case 'PAYMENT':
      decimal(`${at}.maxShare`, action.maxShare, { min: 0, max: 1 }, 'INVALID_PERCENT');
      decimal(`${at}.minCash`, action.minCash, { min: 0, max: 1_000_000, places: MONEY_PLACES });
      break;
    case 'RECEIPT_MESSAGE':
    case 'CASHIER_MESSAGE':
      text(`${at}.text`, action.text, 1, 500);
      break;
    case 'MEMBER_MESSAGE':
      text(`${at}.template`, action.template, 1, 100);
      break;
    case 'REGISTER_DISCOUNT':
      break;
  }
}

function checkDiscount(action: Extract<OfferAction, { kind: 'DISCOUNT' }>, at: string, report: Report, integer: IntegerCheck, decimal: DecimalCheck) {
  if (action.base === 'N_FOR_M') {
    if (action.n === null || action.m === null) report('INVALID_INPUT', at, 'N_FOR_M names n (units taken) and m (units paid for)');
    integer(`${at}.n`, action.n, 2, 100);
    integer(`${at}.m`, action.m, 1, 99);
    if (action.n !== null && action.m !== null && action.m >= action.n) report('INVALID_INPUT', `${at}.m`, 'fewer units paid for than taken');
  } else if (action.value === null) {
    report('INVALID_INPUT', `${at}.value`, `${action.base} needs a value`);
  } else if (action.base === 'PERCENT') {
    decimal(`${at}.value`, action.value, { min: 0, max: 100, minExclusive: true }, 'INVALID_PERCENT');
  } else if (action.base === 'AMOUNT') {
    decimal(`${at}.value`, action.value, { min: 0, max: 1_000_000_000, minExclusive: true, places: MONEY_PLACES });
  } else {
    decimal(`${at}.value`, action.value, { min: 0, max: 1_000_000_000, places: MONEY_PLACES });
  }
  if (action.base === 'FIXED_PRICE' && action.scope === 'RECEIPT') report('INVALID_INPUT', `${at}.scope`, 'a fixed price is per unit of a line');
  if (action.rounding !== null) decimal(`${at}.rounding.step`, action.rounding.step, { min: 0, max: 1000, minExclusive: true, places: MONEY_PLACES });
}
