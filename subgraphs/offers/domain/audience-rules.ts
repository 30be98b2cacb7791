import Decimal from 'decimal.js';
import { BusinessError } from '../../../infra/errors/business-error';
import type { DecimalText } from '../../../packages/mechanics/definition';
import { isUuid, MEMBER_STATES, MONEY_PLACES, problemChecks, REGISTRATION_CHANNELS } from './problems';

/**
 * What a rule-based target audience selects members by: every rule given must hold, an omitted
 * (null) one does not limit. Read against what this subgraph keeps from events: the members'
 * facts (no name, phone or address), their cards, and its copy of confirmed receipts.
 */
export interface AudienceRules {
  /** Member states that qualify; null: card holders and registered members (never the blocked or deleted). */
  memberStates: string[] | null;
  registrationChannels: string[] | null;
  /** Registered on or after / before these days (`YYYY-MM-DD`, in the company's time zone). */
  registeredFrom: string | null;
  registeredTo: string | null;
  /** Registered within the last N days. */
  registeredWithinDays: number | null;
  /** Months (1–12) of the member's birthday. */
  birthdayMonths: number[] | null;
  /** Birthday today or within the next N days (the company's days; 0: today only; 29 February counts on the 28th in other years). */
  birthdayWithinDays: number | null;
  /** Holds an unblocked card of one of these kinds (PHYSICAL, VIRTUAL). */
  cardKinds: string[] | null;
  /** Confirmed purchases (returns taken off) in the last `periodDays`: their count and sum within these bounds. */
  purchases: PurchaseRule | null;
  /** Bought something within the last N days. */
  lastPurchaseWithinDays: number | null;
  /** Bought nothing within the last N days (lapsed customers; members who never bought included). */
  noPurchaseWithinDays: number | null;
  /** Bought at any of these points of sale within the last `periodDays`. */
  pointsOfSaleVisited: { pointOfSaleIds: string[]; periodDays: number } | null;
  /** Bought a product of any of these categories (any level of the path) within the last `periodDays`. */
  boughtCategories: { categories: string[]; periodDays: number } | null;
  appInstalled: boolean | null;
  /** In (true) or not in (false) the company's group on a social network. */
  socialGroupMember: boolean | null;
  profileCompleted: boolean | null;
  /** Agreed to marketing through every one of these channels. */
  consents: string[] | null;
  /** Active bonuses in a currency within these bounds, as the ledger last told this subgraph (at the audience's last full refresh). */
  balance: BalanceRule | null;
}

export interface BalanceRule {
  /** The bonus currency's code; null: the company's default one. */
  currency: string | null;
  min: DecimalText | null;
  max: DecimalText | null;
}

export interface PurchaseRule {
  periodDays: number;
  minCount: number | null;
  maxCount: number | null;
  minTotal: DecimalText | null;
  maxTotal: DecimalText | null;
}

export const NO_AUDIENCE_RULES: AudienceRules = {
  memberStates: null,
  registrationChannels: null,
  registeredFrom: null,
  registeredTo: null,
  registeredWithinDays: null,
  birthdayMonths: null,
  birthdayWithinDays: null,
  cardKinds: null,
  purchases: null,
  lastPurchaseWithinDays: null,
  noPurchaseWithinDays: null,
  pointsOfSaleVisited: null,
  boughtCategories: null,
  appInstalled: null,
  socialGroupMember: null,
  profileCompleted: null,
  consents: null,
  balance: null,
};

/** The company's default bonus currency (the ledger's), which a balance rule naming none reads. */
export const DEFAULT_BONUS_CURRENCY = 'BONUS';
export const balanceCurrency = (rule: BalanceRule) => rule.currency ?? DEFAULT_BONUS_CURRENCY;

/**
 * The birthdays (`MM-DD`) from the company's today to `days` later: what birthdayWithinDays selects.
 * In a year without 29 February, a birthday on it counts on the 28th.
 */
export function birthdaysAhead(today: string, days: number): string[] {
  const start = new Date(`${today.slice(0, 10)}T00:00:00Z`);
  const leap = (year: number) => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const ahead: string[] = [];
  for (let i = 0; i <= days; i++) {
    const day = new Date(start.getTime() + i * 86_400_000);
    const text = day.toISOString().slice(5, 10);
    ahead.push(text);
    if (text === '02-28' && !leap(day.getUTCFullYear())) ahead.push('02-29');
  }
  return ahead;
}

/** The states a member of an audience may be in when its rules name none. */
export const DEFAULT_AUDIENCE_STATES = ['CARD_HOLDER', 'REGISTERED'];

const CARD_KINDS = ['PHYSICAL', 'VIRTUAL'];
const CONSENT_CHANNELS = ['SMS', 'EMAIL', 'PUSH', 'VIBER', 'SOCIAL'];
const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
/** Receipts older than the copy's retention are gone; a rule cannot look further back than this. */
export const MAX_PERIOD_DAYS = 3650;

/** Rules over receipts that look further back than the copy keeps them: their answer would be wrong, so they are refused. */
export function beyondRetention(rules: AudienceRules, retentionDays: number): BusinessError[] {
  const periods: Array<[string, number | null | undefined]> = [
    ['rules.purchases.periodDays', rules.purchases?.periodDays],
    ['rules.lastPurchaseWithinDays', rules.lastPurchaseWithinDays],
    ['rules.noPurchaseWithinDays', rules.noPurchaseWithinDays],
    ['rules.pointsOfSaleVisited.periodDays', rules.pointsOfSaleVisited?.periodDays],
    ['rules.boughtCategories.periodDays', rules.boughtCategories?.periodDays],
  ];
  return periods
    .filter(([, days]) => typeof days === 'number' && days > retentionDays)
    .map(([field]) => new BusinessError('INVALID_PERIOD', `${field}: receipts are kept ${retentionDays} days; a rule cannot look further back`, field));
}

/** Every problem of an audience's name and rules at once, with the input paths they are about. */
export function audienceProblems(name: string, description: string, rules: AudienceRules | null): BusinessError[] {
  const { problems, report, text, decimal, integer, list } = problemChecks();
  text('name', name, 1, 100);
  text('description', description, 0, 2000);
  if (rules === null) return problems;
  const period = (field: string, days: number | null) => integer(field, days, 1, MAX_PERIOD_DAYS);
  list('rules.memberStates', rules.memberStates, (s) => MEMBER_STATES.includes(s), `a member state (${MEMBER_STATES.join(', ')})`);
  list(
    'rules.registrationChannels',
    rules.registrationChannels,
    (c) => REGISTRATION_CHANNELS.includes(c),
    `a registration channel (${REGISTRATION_CHANNELS.join(', ')})`,
  );
  for (const field of ['registeredFrom', 'registeredTo'] as const) {
    const value = rules[field];
    if (value !== null && !DATE.test(value)) report('INVALID_INPUT', `rules.${field}`, 'a date such as 2026-01-31');
  }
  if (rules.registeredFrom !== null && rules.registeredTo !== null && rules.registeredTo < rules.registeredFrom)
    report('INVALID_PERIOD', 'rules.registeredTo', 'the period must not end before it starts');
  period('rules.registeredWithinDays', rules.registeredWithinDays);
  list('rules.birthdayMonths', rules.birthdayMonths?.map(String) ?? null, (m) => /^([1-9]|1[0-2])$/.test(m), 'a month, 1 to 12');
  integer('rules.birthdayWithinDays', rules.birthdayWithinDays, 0, 60);
  list('rules.cardKinds', rules.cardKinds, (k) => CARD_KINDS.includes(k), `a card kind (${CARD_KINDS.join(', ')})`);
  if (rules.purchases !== null) {
    const p = rules.purchases;
    period('rules.purchases.periodDays', p.periodDays);
    integer('rules.purchases.minCount', p.minCount, 0, 1_000_000);
    integer('rules.purchases.maxCount', p.maxCount, 0, 1_000_000);
    decimal('rules.purchases.minTotal', p.minTotal, { min: 0, max: 1_000_000_000, places: MONEY_PLACES });
    decimal('rules.purchases.maxTotal', p.maxTotal, { min: 0, max: 1_000_000_000, places: MONEY_PLACES });
    if (p.minCount !== null && p.maxCount !== null && p.maxCount < p.minCount) report('INVALID_INPUT', 'rules.purchases.maxCount', 'below minCount');
    if (p.minTotal !== null && p.maxTotal !== null && new Decimal(p.maxTotal).lt(p.minTotal))
      report('INVALID_AMOUNT', 'rules.purchases.maxTotal', 'below minTotal');
    if (p.minCount === null && p.maxCount === null && p.minTotal === null && p.maxTotal === null)
      report('INVALID_INPUT', 'rules.purchases', 'name a bound: minCount, maxCount, minTotal or maxTotal');
  }
  period('rules.lastPurchaseWithinDays', rules.lastPurchaseWithinDays);
  period('rules.noPurchaseWithinDays', rules.noPurchaseWithinDays);
  if (rules.pointsOfSaleVisited !== null) {
    list('rules.pointsOfSaleVisited.pointOfSaleIds', rules.pointsOfSaleVisited.pointOfSaleIds, isUuid, 'a point of sale id');
    period('rules.pointsOfSaleVisited.periodDays', rules.pointsOfSaleVisited.periodDays);
  }
  if (rules.boughtCategories !== null) {
    const { categories, periodDays } = rules.boughtCategories;
    list(
      'rules.boughtCategories.categories',
      categories,
      (c) => c.trim().length > 0 && c.length <= 200 && !c.includes('/'),
      'one level of a category path (coffee)',
    );
    period('rules.boughtCategories.periodDays', periodDays);
  }
  list('rules.consents', rules.consents, (c) => CONSENT_CHANNELS.includes(c), `a channel (${CONSENT_CHANNELS.join(', ')})`);
  if (rules.balance !== null) {
    const { currency, min, max } = rules.balance;
    if (min === null && max === null) report('INVALID_INPUT', 'rules.balance', 'name a bound: min or max');
    decimal('rules.balance.min', min, { min: 0, max: 1_000_000_000, places: MONEY_PLACES });
    decimal('rules.balance.max', max, { min: 0, max: 1_000_000_000, places: MONEY_PLACES });
    if (min !== null && max !== null && new Decimal(max).lt(min)) report('INVALID_AMOUNT', 'rules.balance.max', 'below min');
    if (currency !== null && !/^[A-Z][A-Z0-9_]{0,19}$/.test(currency)) report('INVALID_INPUT', 'rules.balance.currency', 'a bonus currency code such as BONUS');
  }
  return problems;
}
