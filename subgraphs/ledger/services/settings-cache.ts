import { createTtlCache } from '../../../infra/cache/ttl-cache';
import { indexOffers, type OfferAction, type OfferBudget, type OfferIndex, type OfferRule } from '../../../packages/mechanics';
import { hasCatalogue } from '../data/catalogue-store';
import { type CurrencyWithRules, companyCurrencies, currencyWithRules, requireCurrency } from '../data/currencies-store';
import { type ActiveLimit, activeLimits } from '../data/limits-store';
import { findOfferSnapshot, type OfferSnapshotCopy } from '../data/offer-snapshots-store';
import { hasPersonalOffers } from '../data/personal-offers-store';
import type { LedgerSql } from '../data/prisma';
import { companyTimeZone, pointOfSaleSettings } from '../data/refs-store';

/**
 * How long this process keeps what every till call reads and staff rarely change: a currency with
 * its program rules, a company's active limits, a point of sale's settings. A change is seen at
 * once all the same: its transaction signals every ledger process (infra/cache/change-signal.ts),
 * which forget their copies; the time is a backstop.
 */
const SETTINGS_TTL_MS = 60_000;

export type PointOfSaleSettings = Awaited<ReturnType<typeof pointOfSaleSettings>>;

/** A company's newest offers snapshot, indexed once for every receipt evaluated with it. */
export interface KeptOffers {
  version: number;
  publishedAt: Date;
  index: OfferIndex;
  /** Each offer's name, for what a purchase keeps of them. */
  names: ReadonlyMap<string, string>;
  /** Whether an offer filters on the member's Nth purchase (then their purchases are counted; else not). */
  countsPurchases: boolean;
  /** Whether a receipt offer names target audiences (then the member's are read; else not). */
  usesAudiences: boolean;
  /** The favourites lists receipt offers name (the member's picks from them are read; none: not). */
  favouriteListIds: string[];
  /** The offers that reward a member's action (any event but a receipt), for services/offer-rewards.ts. */
  eventOffers: OfferRule[];
  /** The receipt offers as the snapshot has them (a member's personal offers are indexed with them). */
  receiptRules: OfferRule[];
  /** Whether a receipt offer names a category or a brand (then lines sent by SKU alone are looked up in the catalogue). */
  judgesCategories: boolean;
  /** Receipt offers with a budget (the till holds their share of a receipt; others it never looks up). */
  budgets: ReadonlyMap<string, OfferBudget>;
  /** The bonus currencies receipt offers name for their bonuses (those naming none give the receipt's). */
  bonusCurrencies: string[];
}

/** What a register that was offline could not have given: discounts, its own discount's policy, payment caps. */
const GIVEN_AT_THE_REGISTER: ReadonlySet<OfferAction['kind']> = new Set(['DISCOUNT', 'REGISTER_DISCOUNT', 'PAYMENT']);

/** Whether any of the offers names a category or a brand (then a line sent by SKU alone needs the catalogue's). */
export function judgeCategories(offers: OfferRule[]): boolean {
  return offers.some((offer) =>
    [...(offer.filters.products.include ?? []), ...(offer.filters.products.exclude ?? [])].some((selector) => 'category' in selector || 'brand' in selector),
  );
}

/** Offers as a register that sold offline meets them: their bonuses and messages only. */
export function offlineOffers(offers: OfferRule[]): OfferRule[] {
  return offers
    .map((offer) => ({ ...offer, actions: offer.actions.filter((action) => !GIVEN_AT_THE_REGISTER.has(action.kind)) }))
    .filter((offer) => offer.actions.length > 0);
}

/** The snapshot indexed; `offline`: its offers' bonuses and messages only (the register sold without asking). */
function kept(snapshot: OfferSnapshotCopy | null, offline = false): KeptOffers | null {
  if (!snapshot) return null;
  const offers = offline ? offlineOffers(snapshot.offers) : snapshot.offers;
  const names = new Map(offers.map((offer) => [offer.offerId, offer.name]));
  const countsPurchases = offers.some((offer) => offer.filters.purchaseOrdinal !== null);
  const eventOffers = offers.filter((offer) => offer.event.kind !== 'RECEIPT');
  const receiptOffers = offers.filter((offer) => offer.event.kind === 'RECEIPT');
  const usesAudiences = receiptOffers.some((offer) => offer.filters.audienceIds !== null);
  // Static lists arrive expanded into the offers; a list still named is a favourites list, filled per member.
  const favouriteListIds = [
    ...new Set(
      receiptOffers.flatMap((offer) =>
        [...(offer.filters.products.include ?? []), ...(offer.filters.products.exclude ?? [])].flatMap((selector) =>
          'productListId' in selector ? [selector.productListId] : [],
        ),
      ),
    ),
  ];
  const judgesCategories = judgeCategories(receiptOffers);
  const budgets = new Map(receiptOffers.flatMap((offer) => (offer.budget ? [[offer.offerId, offer.budget] as const] : [])));
  const index = indexOffers(offers);
  const bonusCurrencies = [
    ...new Set(
      receiptOffers.flatMap((offer) => offer.actions.flatMap((action) => (action.kind === 'BONUS_POINTS' && action.currency ? [action.currency] : []))),
    ),
  ];
  return {
    bonusCurrencies,
    version: snapshot.version,
    publishedAt: snapshot.publishedAt,
    index,
    names,
    countsPurchases,
    usesAudiences,
    favouriteListIds,
    eventOffers,
    budgets,
    judgesCategories,
    receiptRules: receiptOffers,
  };
}
type CompanyCurrency = Awaited<ReturnType<typeof companyCurrencies>>[number];

/**
 * The till's settings, read through plain pg outside any transaction, on `sql`'s own connections
 * (committed rows only: what a transaction has not committed never reaches the cache), and kept
 * until a change is signalled.
 */
export function createLedgerSettings(sql: LedgerSql) {
  const currencies = createTtlCache<CurrencyWithRules | null>(SETTINGS_TTL_MS);
  const limits = createTtlCache<ActiveLimit[]>(SETTINGS_TTL_MS);
  const pointsOfSale = createTtlCache<PointOfSaleSettings>(SETTINGS_TTL_MS);
  const companies = createTtlCache<CompanyCurrency[]>(SETTINGS_TTL_MS);
  const offers = createTtlCache<KeptOffers | null>(SETTINGS_TTL_MS);
  // A snapshot of a version never changes: kept by version (a purchase calculated again, an offline receipt).
  const offerVersions = createTtlCache<KeptOffers | null>(SETTINGS_TTL_MS);
  const timeZones = createTtlCache<string>(SETTINGS_TTL_MS);
  const catalogues = createTtlCache<boolean>(SETTINGS_TTL_MS);
  const personalOffers = createTtlCache<boolean>(SETTINGS_TTL_MS);

  return {
    /**
     * The currency by code (the default one without), as requireCurrency answers it. A company
     * without it yet (its default currency is made at first use) is served by the caller's
     * transaction, which makes it (`madeHere`: its default limits are the transaction's, not yet
     * kept); "none" is not kept.
     */
    async requireCurrency(tx: LedgerSql, companyId: string, code: string | null | undefined): Promise<{ currency: CurrencyWithRules; madeHere: boolean }> {
      const kept = await this.currencyByCode(companyId, code);
      if (kept) return { currency: kept, madeHere: false };
      return { currency: await requireCurrency(tx, companyId, code), madeHere: true };
    },

    /** The currency by code (the default one without) as kept, null when the company has none such (yet). */
    async currencyByCode(companyId: string, code: string | null | undefined): Promise<CurrencyWithRules | null> {
      const key = `${companyId}|${code ?? ''}`;
      const kept = await currencies.get(key, () => currencyWithRules(sql, { companyId, code: code ?? null }));
      if (!kept) currencies.forget(key);
      return kept;
    },

    /** A currency by id (a pending purchase's). */
    async currencyById(id: string): Promise<CurrencyWithRules | null> {
      const kept = await currencies.get(`id:${id}`, () => currencyWithRules(sql, { id }));
      if (!kept) currencies.forget(`id:${id}`);
      return kept;
    },

    /**
     * The company's currencies, the default first (what a balance read names); a company without
     * any yet gets them from `make`, which makes its default one, and none are kept for it.
     */
    async currenciesOf(companyId: string, make: () => Promise<CompanyCurrency[]>): Promise<CompanyCurrency[]> {
      const kept = await companies.get(companyId, () => companyCurrencies(sql, companyId));
      if (kept.length > 0) return kept;
      companies.forget(companyId);
      return make();
    },

    /** The company's active limits, in the order they are judged. */
    limits: (companyId: string): Promise<ActiveLimit[]> => limits.get(companyId, () => activeLimits(sql, companyId)),

    /** A point of sale's settings (the members subgraph's defaults until its event arrives). */
    pointOfSale: (pointOfSaleId: string): Promise<PointOfSaleSettings> => pointsOfSale.get(pointOfSaleId, () => pointOfSaleSettings(sql, pointOfSaleId)),

    /** The company's newest offers snapshot; null before its first (kept too: most companies have none). */
    offers: (companyId: string): Promise<KeptOffers | null> => offers.get(companyId, async () => kept(await findOfferSnapshot(sql, companyId))),

    /** The company's snapshot of this version (what a pending purchase was calculated with). */
    offersOfVersion: (companyId: string, version: number): Promise<KeptOffers | null> =>
      offerVersions.get(`${companyId}|${version}`, async () => kept(await findOfferSnapshot(sql, companyId, { version }))),

    /**
     * For a receipt a register kept while offline: the snapshot in force when it sold (its version
     * read, its index kept), with the offers' bonuses and messages only, since the register could
     * not have given their discounts.
     */
    async offersForOfflineSale(companyId: string, soldAt: Date): Promise<KeptOffers | null> {
      // A company that never had offers (most) costs no statement.
      const newest = await this.offers(companyId);
      if (!newest) return null;
      const found = await findOfferSnapshot(sql, companyId, { publishedBy: soldAt });
      const offline = found && (await offerVersions.get(`${companyId}|${found.version}|offline`, async () => kept(found, true)));
      if (!offline) return null;
      // Budgets are the offer's across its versions: one a later version set binds a receipt sold before it too.
      const budgets = new Map([...offline.budgets, ...[...newest.budgets].filter(([offerId]) => offline.names.has(offerId))]);
      return { ...offline, budgets };
    },

    /** The company's IANA time zone (the register's clock when it sends none). */
    timeZone: (companyId: string): Promise<string> => timeZones.get(companyId, () => companyTimeZone(sql, companyId)),

    /** Whether the company has a product catalogue (kept: most have none). */
    hasCatalogue: (companyId: string): Promise<boolean> => catalogues.get(companyId, () => hasCatalogue(sql, companyId)),

    /** Whether the company has personal offers (kept: most have none). */
    hasPersonalOffers: (companyId: string): Promise<boolean> => personalOffers.get(companyId, () => hasPersonalOffers(sql, companyId)),

    /** A setting changed (here, or signalled by another process): read them afresh. */
    changed(): void {
      catalogues.clear();
      personalOffers.clear();
      offers.clear();
      timeZones.clear();
      currencies.clear();
      companies.clear();
      limits.clear();
      pointsOfSale.clear();
    },
  };
}

export type LedgerSettings = ReturnType<typeof createLedgerSettings>;
