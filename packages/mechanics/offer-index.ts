/**
 * A snapshot's RECEIPT offers, compiled and indexed by what their products filter names (SKU,
 * category at any level, brand), built once per snapshot and kept with it. A line then meets only
 * the offers that can take it, instead of every offer of the company.
 */

import { type CompiledOffer, compareRank, compileOffer } from './compile';
import type { OfferRule } from './definition';

export interface OfferIndex {
  /** RECEIPT offers in rank order (`offers[i].ordinal === i`); other events are left out. */
  readonly offers: readonly CompiledOffer[];
  readonly bySku: ReadonlyMap<string, readonly number[]>;
  readonly byCategory: ReadonlyMap<string, readonly number[]>;
  readonly byBrand: ReadonlyMap<string, readonly number[]>;
  /** Offers every line must be tested against: no include filter, product lists, or an unindexed build. */
  readonly everyLine: readonly number[];
  /** False for an index built with `byProduct: false` (every offer against every line: the benchmark's baseline). */
  readonly byProduct: boolean;
}

export interface IndexOptions {
  /** Index by product (default true). False tests every offer against every line; results are the same, only slower. */
  byProduct?: boolean;
}

function add(map: Map<string, number[]>, key: string, ordinal: number): void {
  const list = map.get(key);
  if (list) list.push(ordinal);
  else map.set(key, [ordinal]);
}

/** Compiles and indexes a snapshot's offers once; pass the result to `applyOffers` for every receipt. */
export function indexOffers(offers: readonly OfferRule[], options: IndexOptions = {}): OfferIndex {
  const byProduct = options.byProduct ?? true;
  const seen = new Set<string>();
  for (const offer of offers) {
    if (seen.has(offer.offerId)) throw new Error(`offer ${offer.offerId} appears twice in the snapshot`);
    seen.add(offer.offerId);
  }
  const receiptOffers = offers.filter((offer) => offer.event?.kind === 'RECEIPT').sort(compareRank);
  const compiled = receiptOffers.map((rule, ordinal) => compileOffer(rule, ordinal));
  const bySku = new Map<string, number[]>();
  const byCategory = new Map<string, number[]>();
  const byBrand = new Map<string, number[]>();
  const everyLine: number[] = [];
  for (const offer of compiled) {
    if (offer.invalid) continue;
    const include = offer.filters.include;
    if (!byProduct || include === null || include.lists.length > 0) {
      everyLine.push(offer.ordinal);
      continue;
    }
    for (const sku of include.skus) add(bySku, sku, offer.ordinal);
    for (const category of include.categories) add(byCategory, category, offer.ordinal);
    for (const brand of include.brands) add(byBrand, brand, offer.ordinal);
  }
  return { offers: compiled, bySku, byCategory, byBrand, everyLine, byProduct };
}

/** Whether a value is an index already (else `applyOffers` indexes the raw offers itself). */
export function isOfferIndex(value: OfferIndex | readonly OfferRule[]): value is OfferIndex {
  return !Array.isArray(value) && 'everyLine' in (value as object);
}

/**
 * The offers a line may meet, in rank order: those its SKU, any of its category levels or its brand
 * names, plus the every-line ones. `stamp` / `marks` de-duplicate without allocating a set per line.
 */
export function candidatesFor(
  index: OfferIndex,
  line: { sku: string; categoryPath: readonly string[]; brand: string | null },
  marks: Int32Array,
  stamp: number,
): number[] {
  const out: number[] = [];
  const take = (ordinals: readonly number[] | undefined) => {
    if (!ordinals) return;
    for (const ordinal of ordinals) {
      if (marks[ordinal] === stamp) continue;
      marks[ordinal] = stamp;
      out.push(ordinal);
    }
  };
  take(index.everyLine);
  if (index.byProduct) {
    take(index.bySku.get(line.sku));
    for (const category of line.categoryPath) take(index.byCategory.get(category));
    if (line.brand !== null) take(index.byBrand.get(line.brand));
    out.sort((a, b) => a - b);
  }
  return out;
}
