import { applyOffers } from './evaluate';
import { candidatesFor, indexOffers } from './offer-index';
import { context, discount, line, offer, points, receipt } from './test-support';

const bySku = offer('by-sku', { filters: { products: { include: [{ sku: 'espresso' }], exclude: null } }, actions: [discount('PERCENT', '5')] });
const byRoot = offer('by-root', {
  priority: 1,
  filters: { products: { include: [{ category: 'drinks' }], exclude: null } },
  actions: [points('PERCENT', '2')],
});
const byBrand = offer('by-brand', {
  priority: 2,
  filters: { products: { include: [{ brand: 'acme' }], exclude: null } },
  actions: [discount('AMOUNT', '0.10')],
});
const byList = offer('by-list', {
  priority: 3,
  filters: { products: { include: [{ productListId: 'fresh' }], exclude: null } },
  actions: [discount('PERCENT', '1')],
});
const everything = offer('everything', { priority: -1, actions: [points('FIXED_PER_RECEIPT', '1')] });
const birthday = offer('birthday', { event: { kind: 'BIRTHDAY', daysBefore: 0, windowDays: 1 } });
const offers = [bySku, byRoot, byBrand, byList, everything, birthday];

test('the index keeps RECEIPT offers in rank order, keyed by SKU, category and brand; the rest are tested on every line', () => {
  const index = indexOffers(offers);
  expect(index.offers.map((o) => o.offerId)).toEqual(['by-list', 'by-brand', 'by-root', 'by-sku', 'everything']);
  expect([...index.bySku.keys()]).toEqual(['espresso']);
  expect([...index.byCategory.keys()]).toEqual(['drinks']);
  expect([...index.byBrand.keys()]).toEqual(['acme']);
  expect(index.everyLine.map((o) => index.offers[o]?.offerId)).toEqual(['by-list', 'everything']);
});

test('a line meets only the offers its SKU, category levels or brand name, and the every-line ones, in rank order', () => {
  const index = indexOffers(offers);
  const marks = new Int32Array(index.offers.length);
  const names = (l: { sku: string; categoryPath: string[]; brand: string | null }, stamp: number) =>
    candidatesFor(index, l, marks, stamp).map((o) => index.offers[o]?.offerId);
  expect(names({ sku: 'espresso', categoryPath: ['drinks', 'coffee'], brand: 'acme' }, 1)).toEqual(['by-list', 'by-brand', 'by-root', 'by-sku', 'everything']);
  expect(names({ sku: 'soap', categoryPath: ['household'], brand: null }, 2)).toEqual(['by-list', 'everything']);
});

test('indexed, unindexed and raw offers give the same answer', () => {
  const r = receipt([
    line('espresso', '2.50', 2, { categoryPath: ['drinks', 'coffee'], brand: 'acme' }),
    line('apple', '0.40', 6, { categoryPath: ['fruit'] }),
    line('soap', '1.99', 1, { categoryPath: ['household'], brand: 'acme' }),
  ]);
  const ctx = context({ productLists: new Map([['fresh', [{ category: 'fruit' }]]]) });
  const a = JSON.stringify(applyOffers(r, indexOffers(offers), ctx, { explainRejections: true }));
  const b = JSON.stringify(applyOffers(r, indexOffers(offers, { byProduct: false }), ctx, { explainRejections: true }));
  const c = JSON.stringify(applyOffers(r, offers, ctx, { explainRejections: true }));
  expect(b).toBe(a);
  expect(c).toBe(a);
});

test('an offer id twice in a snapshot is refused', () => {
  expect(() => indexOffers([bySku, bySku])).toThrow(/twice/);
});
