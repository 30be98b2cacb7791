import { isWallClock, wallClockIn } from '../../../infra/time/wall-clock';
import { applyOffers, indexOffers, type OfferRule, type ReceiptLine } from '../../../packages/mechanics';
import { catalogueEntries } from '../data/catalogue-store';
import type { CurrencyWithRules } from '../data/currencies-store';
import { audiencesOfMember, favouritesOfMember } from '../data/offer-copies-store';
import { personalRulesOf } from '../data/personal-offers-store';
import type { LedgerSql } from '../data/prisma';
import { confirmedPurchaseCount } from '../data/purchases-store';
import { amount, type Decimal } from '../domain/money';
import type { CalculatedLine, TillOffers } from '../domain/receipt';
import type { LedgerDeps } from './deps';
import type { PosMember } from './pos-member';
import { judgeCategories, type KeptOffers, offlineOffers } from './settings-cache';
import type { Terminal } from './till';
import type { CouponPresented } from './till-coupons';

// Offsets run from −12:00 to +14:00; anything else is no clock's.
const LOCAL_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2}(\.\d{1,9})?)?(Z|[+-](?:0\d|1[0-4]):[0-5]\d)?$/;
/** How far a register's clock may be from ours before its reading is not taken. */
const CLOCK_TOLERANCE_MS = 15 * 60_000;
/** Wall clocks run from UTC−12 to UTC+14: a reading without an offset is taken within that of the moment. */
const ZONE_SPAN_MS = 14 * 3600_000 + CLOCK_TOLERANCE_MS;

/**
 * The register's wall clock at `moment` (now, or an offline receipt's sale), `YYYY-MM-DDTHH:MM`,
 * from the `localTime` it sent (ISO-8601): its local part, when it agrees with the moment. A clock
 * that is off is not taken (offers are not a register's to time): with an offset, the moment is
 * read in that offset; without one, or malformed, null (the company's time zone then).
 */
export function registerClock(localTime: string | null | undefined, moment: Date): string | null {
  const match = localTime ? LOCAL_TIME.exec(localTime) : null;
  const clock = match?.[1];
  if (!localTime || !clock || !isWallClock(clock)) return null;
  const offset = match[4];
  const asUtc = new Date(`${clock}:00.000Z`).getTime();
  if (offset === undefined) return Math.abs(asUtc - moment.getTime()) <= ZONE_SPAN_MS ? clock : null;
  const offsetMs = offset === 'Z' ? 0 : (offset.startsWith('-') ? -1 : 1) * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6))) * 60_000;
  if (Math.abs(asUtc - offsetMs - moment.getTime()) <= CLOCK_TOLERANCE_MS) return clock;
  return new Date(moment.getTime() + offsetMs).toISOString().slice(0, 16);
}

/** What the catalogue says of the SKUs a register sent without a category or brand. */
export type CatalogueOfReceipt = Record<string, { category: string | null; brand: string | null }>;

/** A line as the engine reads it: the SKU, the category path (levels split at `/`), the brand; what the register left out, from the catalogue. */
function engineLine(line: CalculatedLine, catalogue: CatalogueOfReceipt): ReceiptLine {
  const known = catalogue[line.product];
  return {
    lineNo: line.lineNo,
    sku: line.product,
    categoryPath: (line.category ?? known?.category ?? '')
      .split('/')
      .map((level) => level.trim())
      .filter(Boolean),
    brand: line.brand ?? known?.brand ?? null,
    price: line.price,
    quantity: line.quantity,
    registerDiscount: line.registerDiscount,
  };
}

/** A company's offers as one receipt meets them: where, when, in which currency and for whom. */
export function tillOffers(
  kept: KeptOffers & { personal: OfferRule[] },
  call: {
    pointOfSaleId: string;
    clock: string;
    currency: CurrencyWithRules;
    member: { state: string; purchaseOrdinal: number; audienceIds: string[]; favourites: Record<string, string[]> } | null;
    coupons: CouponPresented[];
    catalogue: CatalogueOfReceipt;
    explain?: boolean;
    /** What each budgeted offer may give on this receipt; absent: what it has is looked up after (services/till-budgets.ts). */
    budgetLeft?: ReadonlyMap<string, Decimal>;
    /** The money value of the company's other currencies offers give bonuses in (one they name that it lacks is left out). */
    otherRates?: ReadonlyMap<string, Decimal>;
  },
): TillOffers {
  const favourites = call.member?.favourites ?? {};
  const { currency } = call;
  const rates = new Map([...(call.otherRates ?? []), [currency.code, amount(currency.exchangeRate)]]);
  const context = {
    member: call.member && { state: call.member.state, audienceIds: new Set(call.member.audienceIds), purchaseOrdinal: call.member.purchaseOrdinal },
    couponOfferIds: new Set(call.coupons.map((coupon) => coupon.offerId)),
    // A favourites list holds the products this member picked (none: the offer applies to nothing).
    productLists: new Map(Object.entries(favourites).map(([listId, skus]) => [listId, skus.map((sku) => ({ sku }))])),
    budgetLeft: call.budgetLeft ?? new Map(),
    baseAccrualPercent: amount(currency.rules?.baseAccrualPercent ?? 0),
    // An offer's bonuses naming no currency are in the receipt's.
    defaultCurrency: currency.code,
    exchangeRates: rates,
  };
  return {
    snapshotVersion: kept.version,
    currency: currency.code,
    rates,
    names: kept.names,
    purchaseOrdinal: call.member?.purchaseOrdinal ?? null,
    audienceIds: call.member?.audienceIds ?? [],
    coupons: call.coupons,
    favourites,
    catalogue: call.catalogue,
    explain: call.explain ?? false,
    personal: kept.personal,
    budgets: kept.budgets,
    withBudgetLeft: (budgetLeft) => tillOffers(kept, { ...call, budgetLeft }),
    evaluate: (lines) =>
      applyOffers(
        {
          lines: lines.map((line) => engineLine(line, call.catalogue)),
          pointOfSaleId: call.pointOfSaleId,
          channel: 'POS',
          localTime: call.clock,
          currency: currency.code,
        },
        kept.index,
        context,
        { explainRejections: call.explain ?? false },
      ),
  };
}

/** Which snapshot a receipt is calculated with: the newest, the one a pending purchase recorded, or the one in force at an offline sale. */
export type SnapshotChoice = { newest: true } | { version: number } | { offlineSale: Date };

/**
 * The offers a receipt is calculated with, or null when the company has no snapshot (then the
 * receipt is the program's alone). The snapshot and the company's settings come from what the
 * process keeps; the member's purchases are counted only when an offer asks for their Nth.
 */
export async function offersForReceipt(
  deps: LedgerDeps,
  tx: LedgerSql,
  call: {
    terminal: Terminal;
    which: SnapshotChoice;
    currency: CurrencyWithRules;
    member: PosMember | null;
    localTime: string | null | undefined;
    at: Date;
    /** The member's purchase number and audiences the first calculation judged with (calculated again: not read anew). */
    purchaseOrdinal?: number | null;
    audienceIds?: string[] | null;
    favourites?: Record<string, string[]> | null;
    /** The coupons the till presented, checked (services/till-coupons.ts). */
    coupons?: CouponPresented[];
    /** The register's lines (those without a category or brand are looked up in the catalogue when an offer judges by them)… */
    lines: ReadonlyArray<{ product: string; category?: string | null; brand?: string | null }>;
    /** …or what the first calculation found of them (calculated again: not looked up anew). */
    catalogue?: CatalogueOfReceipt | null;
    /** The member's personal offers the first calculation applied with (calculated again: not read anew). */
    personal?: OfferRule[] | null;
    /** Whether to say why the offers that did not apply did not. */
    explain?: boolean;
  },
): Promise<TillOffers | null> {
  const { terminal, which } = call;
  const companyId = terminal.companyId;
  const kept =
    'version' in which
      ? await deps.settings.offersOfVersion(companyId, which.version)
      : 'offlineSale' in which
        ? await deps.settings.offersForOfflineSale(companyId, which.offlineSale)
        : await deps.settings.offers(companyId);
  if (!kept) return null;
  // Without the register's clock, the company's at the moment of the sale.
  const clock = registerClock(call.localTime, call.at) ?? wallClockIn(call.at, await deps.settings.timeZone(companyId));
  const member = call.member && {
    state: call.member.state,
    purchaseOrdinal: call.purchaseOrdinal ?? (kept.countsPurchases ? (await confirmedPurchaseCount(tx, call.member.memberId)) + 1 : 0),
    // Read only when an offer names an audience: the till's statements stay as they were otherwise.
    audienceIds: call.audienceIds ?? (kept.usesAudiences ? await audiencesOfMember(tx, call.member.memberId) : []),
    favourites: call.favourites ?? (kept.favouriteListIds.length > 0 ? await favouritesOfMember(tx, call.member.memberId, kept.favouriteListIds) : {}),
  };
  // A member's personal offers join the company's for this receipt: read only when the company has any.
  const personal =
    call.personal ?? (call.member && (await deps.settings.hasPersonalOffers(companyId)) ? await personalRulesOf(tx, call.member.memberId, call.at) : []);
  const offered = 'offlineSale' in which ? offlineOffers(personal) : personal;
  const judgesCategories = kept.judgesCategories || judgeCategories(offered);
  const catalogue = call.catalogue ?? (judgesCategories ? await catalogueOfReceipt(deps, tx, companyId, call.lines) : {});
  return tillOffers(withPersonalOffers(kept, offered), {
    pointOfSaleId: terminal.pointOfSaleId,
    clock,
    currency: call.currency,
    otherRates: await otherRatesOf(deps, companyId, kept.bonusCurrencies, call.currency.code),
    member,
    coupons: call.coupons ?? [],
    catalogue,
    explain: call.explain ?? false,
  });
}

/** The money value of the other currencies offers give bonuses in, as kept (no statement once known); one the company lacks is left out. */
async function otherRatesOf(deps: LedgerDeps, companyId: string, codes: string[], receiptCurrency: string): Promise<Map<string, Decimal>> {
  const rates = new Map<string, Decimal>();
  for (const code of codes) {
    if (code === receiptCurrency) continue;
    const currency = await deps.settings.currencyByCode(companyId, code);
    if (currency) rates.set(code, amount(currency.exchangeRate));
    else deps.logger.warn({ companyId, currency: code }, 'an offer gives bonuses in a currency the company does not have; not given');
  }
  return rates;
}

/** The company's offers with a member's personal ones indexed among them. */
function withPersonalOffers(kept: KeptOffers, personal: OfferRule[]): KeptOffers & { personal: OfferRule[] } {
  if (personal.length === 0) return { ...kept, personal };
  return {
    ...kept,
    personal,
    index: indexOffers([...kept.receiptRules, ...personal]),
    names: new Map([...kept.names, ...personal.map((rule) => [rule.offerId, rule.name] as const)]),
  };
}

/** The catalogue's category and brand of the lines sent without them; no statement when none lacks them or the company has no catalogue. */
async function catalogueOfReceipt(
  deps: LedgerDeps,
  tx: LedgerSql,
  companyId: string,
  lines: ReadonlyArray<{ product: string; category?: string | null; brand?: string | null }>,
): Promise<CatalogueOfReceipt> {
  const bare = [...new Set(lines.filter((line) => !line.category || !line.brand).map((line) => line.product))];
  if (bare.length === 0 || !(await deps.settings.hasCatalogue(companyId))) return {};
  const entries = await catalogueEntries(tx, companyId, bare);
  return Object.fromEntries(entries.map(({ sku, category, brand }) => [sku, { category, brand }]));
}
