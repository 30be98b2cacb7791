import { randomUUID } from 'node:crypto';
import Decimal from 'decimal.js';
import type { Identity } from '../../../infra/auth/identity';
import { wallClockIn } from '../../../infra/time/wall-clock';
import type { OfferRule } from '../../../packages/mechanics';
import { companyTimeZone } from '../data/member-copies-store';
import { liveOffersOf, ruleOf } from '../data/offers-store';
import { picksOf, staticListsOf } from '../data/product-lists-store';
import { pastReceipts, type StoredPastReceipt } from '../data/receipts-store';
import { OffersError } from '../domain/errors';
import type { OfferDraft } from '../domain/offer-draft';
import { isUuid } from '../domain/problems';
import { listsNamed, withStaticListsExpanded } from '../domain/product-list';
import { createSimulation, type PastReceipt, type SimulationResult } from '../domain/simulation';
import type { OffersDeps } from './deps';
import { checked } from './offer-service';
import { DEFAULT_RECEIPT_RETENTION_DAYS } from './receipt-retention';

/** Receipts read at a time from the copy. */
const PAGE = 2000;
/** The most receipts one simulation evaluates (the copy of a large retailer's month can hold millions). */
export const MAX_SIMULATED_RECEIPTS = 200_000;

export interface OfferSimulation extends SimulationResult {
  days: number;
  since: Date;
  /** True when the period held more receipts than one simulation evaluates: the figures cover the oldest MAX_SIMULATED_RECEIPTS. */
  truncated: boolean;
}

/** What the simulation runs: a stored version (a draft, or any other), or content not saved yet. */
export type SimulationSubject = { offerId: string } | { draft: OfferDraft };

function pastReceipt(row: StoredPastReceipt, timeZone: string, picks: ReadonlyMap<string, ReadonlyMap<string, string[]>>): PastReceipt {
  return {
    favourites: (row.memberId && picks.get(row.memberId)) || new Map(),
    pointOfSaleId: row.pointOfSaleId,
    memberId: row.memberId,
    localTime: wallClockIn(row.soldAt, timeZone),
    // Receipts copied before the ledger named their program are judged in its default currency, with no base accrual.
    currency: row.currency ?? 'BONUS',
    baseAccrualPercent: new Decimal(row.baseAccrualPercent ?? 0),
    lines: row.lines.map((line) => ({
      lineNo: line.lineNo,
      sku: line.sku,
      categoryPath: (line.category ?? '')
        .split('/')
        .map((level) => level.trim())
        .filter(Boolean),
      brand: line.brand,
      price: new Decimal(line.price),
      quantity: new Decimal(line.quantity),
      registerDiscount: new Decimal(line.registerDiscount),
    })),
    member: row.memberId && row.memberState ? { state: row.memberState, audienceIds: new Set(row.audienceIds), purchaseOrdinal: row.purchaseOrdinal } : null,
  };
}

export function createSimulationService(deps: OffersDeps, operatorOf: (identity: Identity) => { companyId: string }) {
  /** The rule simulated: its period left open (the past it runs over is outside a future offer's own). */
  async function ruleOfSubject(companyId: string, subject: SimulationSubject): Promise<OfferRule> {
    if ('draft' in subject) {
      const draft = await checked(deps.db, companyId, subject.draft, deps.knownCurrencies);
      return { offerId: randomUUID(), version: 1, ...draft, startsAt: null, endsAt: null };
    }
    const row = isUuid(subject.offerId) ? await deps.db.offer.findFirst({ where: { id: subject.offerId, companyId } }) : null;
    if (!row) throw new OffersError('OFFER_NOT_FOUND', 'No such offer in your company', 'offerId');
    return { ...ruleOf(row), startsAt: null, endsAt: null };
  }

  return {
    /**
     * Runs an offer over the company's confirmed receipts of the last `days` days with the engine the
     * till uses, beside the live offers, and answers what it would have cost. Only RECEIPT offers.
     */
    async simulateOffer(identity: Identity, subject: SimulationSubject, days: number): Promise<OfferSimulation> {
      const { companyId } = operatorOf(identity);
      const kept = deps.receiptRetentionDays ?? DEFAULT_RECEIPT_RETENTION_DAYS;
      if (!Number.isInteger(days) || days < 1 || days > kept)
        throw new OffersError('INVALID_INPUT', `days: a whole number from 1 to ${kept} (receipts are kept ${kept} days)`, 'days');
      const offer = await ruleOfSubject(companyId, subject);
      if (offer.event.kind !== 'RECEIPT') throw new OffersError('INVALID_INPUT', 'Only an offer on RECEIPT is simulated over past purchases', 'offerId');
      // As in the snapshot the till evaluates: static lists replaced by what they hold, favourites lists filled per member.
      const staticLists = await staticListsOf(deps.db, companyId);
      const expanded = withStaticListsExpanded(offer, staticLists);
      const live = (await liveOffersOf(deps.db, companyId)).map((row) => withStaticListsExpanded(ruleOf(row), staticLists));
      const favouriteLists = [...new Set([expanded, ...live].flatMap(listsNamed))];
      const timeZone = await companyTimeZone(deps.db, companyId);
      const since = new Date(deps.clock.now().getTime() - days * 86_400_000);
      const simulation = createSimulation(expanded, live);
      const withOrdinal = [offer, ...live].some((rule) => rule.filters.purchaseOrdinal !== null);
      let after: { soldAt: Date; purchaseId: string } | null = null;
      let read = 0;
      for (;;) {
        const page = await pastReceipts(deps.db, { companyId, since, after, limit: Math.min(PAGE, MAX_SIMULATED_RECEIPTS - read), withOrdinal });
        const members = [...new Set(page.flatMap((row) => (row.memberId ? [row.memberId] : [])))];
        const picks = await picksOf(deps.db, members, favouriteLists);
        for (const row of page) simulation.add(pastReceipt(row, timeZone, picks));
        read += page.length;
        const last = page.at(-1);
        if (!last || page.length < PAGE || read >= MAX_SIMULATED_RECEIPTS) break;
        after = { soldAt: last.soldAt, purchaseId: last.purchaseId };
      }
      return { ...simulation.result(), days, since, truncated: read >= MAX_SIMULATED_RECEIPTS };
    },
  };
}
