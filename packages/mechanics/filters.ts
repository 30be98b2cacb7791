/**
 * The offers' filters: first the receipt-level ones (once per offer and receipt, in a fixed order so
 * the reason given is always the same), then which lines qualify by product.
 */

import type { CompiledFilters, CompiledOffer, CompiledSelectors } from './compile';
import { compileSelectors } from './compile';
import type { ProductSelector } from './definition';
import type { EvaluationContext, ReceiptInput } from './receipt-input';
import type { Rejection } from './results';

const LOCAL_TIME = /^(\d{4})-(\d{2})-(\d{2})T([01]\d|2[0-3]):([0-5]\d)$/;

/** The register's wall clock, taken apart once per receipt. */
export interface LocalClock {
  text: string;
  /** ISO day of week, 1 (Monday) to 7 (Sunday). */
  dayOfWeek: number;
  minuteOfDay: number;
}

/** Reads `YYYY-MM-DDTHH:MM` (throws on anything else: the register's time decides too much to guess). */
export function readLocalClock(text: string): LocalClock {
  const match = LOCAL_TIME.exec(text);
  if (!match) throw new RangeError(`localTime must be YYYY-MM-DDTHH:MM, got ${JSON.stringify(text)}`);
  const [, y, mo, d, h, mi] = match as unknown as [string, string, string, string, string, string];
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
  if (date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) throw new RangeError(`localTime ${text} is not a calendar date`);
  const day = date.getUTCDay();
  return { text, dayOfWeek: day === 0 ? 7 : day, minuteOfDay: Number(h) * 60 + Number(mi) };
}

/** Whether a minute of the day falls in a daily window: `from` inclusive, `to` exclusive, `to` < `from` spans midnight, equal = all day. */
export function withinHours(minute: number, hours: { from: number; to: number }): boolean {
  if (hours.from === hours.to) return true;
  if (hours.from < hours.to) return minute >= hours.from && minute < hours.to;
  return minute >= hours.from || minute < hours.to;
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function rejection(code: Rejection['code'], detail: string): Rejection {
  return { code, detail };
}

/**
 * The first receipt-level filter an offer fails, or null when all hold. Order: period, channel, point
 * of sale, day, hours, currency, membership, member state, purchase ordinal, audience, coupon, budget.
 */
export function receiptRejection(offer: CompiledOffer, receipt: ReceiptInput, clock: LocalClock, context: EvaluationContext): Rejection | null {
  if (offer.invalid) return rejection('INVALID_OFFER', offer.invalid);
  const f: CompiledFilters = offer.filters;
  if (f.startsAt !== null && clock.text < f.startsAt) return rejection('OUTSIDE_PERIOD', `starts at ${f.startsAt}, the register's time is ${clock.text}`);
  if (f.endsAt !== null && clock.text >= f.endsAt) return rejection('OUTSIDE_PERIOD', `ended at ${f.endsAt}, the register's time is ${clock.text}`);
  if (f.channels !== null && !f.channels.has(receipt.channel)) return rejection('CHANNEL', `not for channel ${receipt.channel}`);
  if (f.posInclude !== null && !f.posInclude.has(receipt.pointOfSaleId)) return rejection('POINT_OF_SALE', `not for point of sale ${receipt.pointOfSaleId}`);
  if (f.posExclude?.has(receipt.pointOfSaleId)) return rejection('POINT_OF_SALE', `point of sale ${receipt.pointOfSaleId} is excluded`);
  if (f.daysOfWeek !== null && !f.daysOfWeek.has(clock.dayOfWeek)) return rejection('DAY_OF_WEEK', `not on ISO day ${clock.dayOfWeek}`);
  if (f.hours !== null && !withinHours(clock.minuteOfDay, f.hours)) {
    return rejection('HOURS', `${hhmm(clock.minuteOfDay)} is outside ${hhmm(f.hours.from)}–${hhmm(f.hours.to)}`);
  }
  if (f.currency !== null && f.currency !== receipt.currency) return rejection('CURRENCY', `for currency ${f.currency}, the receipt is in ${receipt.currency}`);
  const member = context.member;
  if (f.membersOnly && member === null) return rejection('MEMBERS_ONLY', 'members only, the receipt is anonymous');
  if (f.memberStates !== null && (member === null || !f.memberStates.has(member.state))) {
    return rejection('MEMBER_STATE', member === null ? 'needs a member in a given state' : `not for members in state ${member.state}`);
  }
  if (f.purchaseOrdinal !== null && member?.purchaseOrdinal !== f.purchaseOrdinal) {
    return rejection('PURCHASE_ORDINAL', `only the member's purchase no. ${f.purchaseOrdinal}`);
  }
  if (f.audienceIds !== null && (member === null || !someIn(f.audienceIds, member.audienceIds))) {
    return rejection('AUDIENCE', 'the member is in none of its audiences');
  }
  if (f.couponRequired && !context.couponOfferIds.has(offer.offerId)) return rejection('COUPON_REQUIRED', 'its coupon was not presented');
  const budget = context.budgetLeft.get(offer.offerId);
  if (budget !== undefined && !budget.gt(0)) return rejection('BUDGET_SPENT', 'its budget is spent');
  return null;
}

function someIn(wanted: ReadonlySet<string>, has: ReadonlySet<string>): boolean {
  const [small, large] = wanted.size <= has.size ? [wanted, has] : [has, wanted];
  for (const id of small) if (large.has(id)) return true;
  return false;
}

export interface ProductFacts {
  sku: string;
  categoryPath: readonly string[];
  brand: string | null;
}

/** Product lists compiled once per receipt (a list may name other lists; a cycle matches nothing more). */
export class ProductLists {
  private readonly compiled = new Map<string, CompiledSelectors | null>();

  constructor(private readonly lists: ReadonlyMap<string, readonly ProductSelector[]>) {}

  /** Whether a line is in a product list (an unknown list holds nothing). */
  has(listId: string, line: ProductFacts, visiting: Set<string> = new Set()): boolean {
    if (visiting.has(listId)) return false;
    let selectors = this.compiled.get(listId);
    if (selectors === undefined) {
      const raw = this.lists.get(listId);
      selectors = raw ? compileSelectors(raw) : null;
      this.compiled.set(listId, selectors);
    }
    if (selectors === null) return false;
    visiting.add(listId);
    const found = matches(selectors, line, this, visiting);
    visiting.delete(listId);
    return found;
  }
}

/** Whether any of the selectors names the line's SKU, one of its category levels, its brand, or a list holding it. */
export function matches(selectors: CompiledSelectors, line: ProductFacts, lists: ProductLists, visiting?: Set<string>): boolean {
  if (selectors.skus.has(line.sku)) return true;
  if (selectors.categories.size > 0) for (const category of line.categoryPath) if (selectors.categories.has(category)) return true;
  if (line.brand !== null && selectors.brands.has(line.brand)) return true;
  for (const listId of selectors.lists) if (lists.has(listId, line, visiting)) return true;
  return false;
}

/**
 * Whether a line qualifies for an offer by product: an include selector names it (all lines when
 * none are given) and no exclude selector does. `includeKnown`: the index already matched the include.
 */
export function lineQualifies(filters: CompiledFilters, line: ProductFacts, lists: ProductLists, includeKnown: boolean): boolean {
  if (!includeKnown && filters.include !== null && !matches(filters.include, line, lists)) return false;
  return filters.exclude === null || !matches(filters.exclude, line, lists);
}
