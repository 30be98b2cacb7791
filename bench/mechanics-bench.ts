/**
 * `npm run bench:mechanics`: the offers engine alone (packages/mechanics), in this process, on one
 * core. 30-line receipts against a snapshot of 50 active RECEIPT offers (at least 10 of which match
 * every receipt), both phases (applyOffers, then accrueOffers). Target: ≥ 1,000 receipts/s with the
 * snapshot's index. The same receipts run again without the index (every offer against every line),
 * so the gain is visible. BENCH_MECHANICS_SECONDS (3) per run, BENCH_MECHANICS_RECEIPTS (20,000) distinct receipts, so a run hardly sees one twice.
 */
import Decimal from 'decimal.js';
import {
  accrueOffers,
  applyOffers,
  type EvaluationContext,
  indexOffers,
  NO_FILTERS,
  type OfferIndex,
  type OfferRule,
  type ReceiptInput,
} from '../packages/mechanics';

const SECONDS = Number(process.env.BENCH_MECHANICS_SECONDS ?? 3);
const RECEIPTS = Number(process.env.BENCH_MECHANICS_RECEIPTS ?? 20_000);
const LINES = 30;
const TARGET = 1_000;

/** A small deterministic PRNG (mulberry32), so every run benchmarks the same receipts. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(42);
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;

const ROOTS = ['drinks', 'dairy', 'bakery', 'meat', 'fruit', 'frozen', 'household', 'snacks', 'care', 'pets'];
const SUBS = ['a', 'b', 'c', 'd', 'e'];
const BRANDS = Array.from({ length: 30 }, (_, i) => `brand-${i}`);
const PRODUCTS = Array.from({ length: 2_000 }, (_, i) => {
  const root = ROOTS[i % ROOTS.length] as string;
  return {
    sku: `sku-${i}`,
    categoryPath: [root, `${root}-${SUBS[Math.floor(i / ROOTS.length) % SUBS.length]}`],
    brand: i % 4 === 0 ? null : (BRANDS[i % BRANDS.length] as string),
    price: new Decimal(Math.floor(50 + random() * 5_000)).dividedBy(100),
  };
});

function offer(id: string, priority: number, patch: Partial<OfferRule>): OfferRule {
  return {
    offerId: id,
    version: 1,
    name: id,
    priority,
    stacking: { mode: 'COMBINABLE', group: null },
    competition: 'PRIORITY',
    startsAt: '2025-01-01T00:00',
    endsAt: '2026-01-01T00:00',
    event: { kind: 'RECEIPT' },
    filters: NO_FILTERS,
    actions: [],
    ...patch,
  };
}

const bonus = (base: 'PERCENT' | 'FIXED_PER_UNIT' | 'FIXED_PER_RECEIPT' | 'MULTIPLIER', value: string) =>
  ({ kind: 'BONUS_POINTS', base, value, currency: null, activationDelayDays: null, lifetimeDays: 30 }) as const;
const percentOff = (value: string, scope: 'LINE' | 'RECEIPT' = 'LINE') =>
  ({ kind: 'DISCOUNT', base: 'PERCENT', value, scope, n: null, m: null, rounding: { step: '0.10', of: 'UNIT_PRICE' } }) as const;

/** 50 active offers: 4 on every line, 10 per root category, 16 per sub-category, 10 on SKU lists, 10 that fail a receipt filter. */
function snapshot(): OfferRule[] {
  const offers: OfferRule[] = [
    offer('all-payment', 1, {
      actions: [
        { kind: 'PAYMENT', maxShare: '0.3', minCash: '1.00' },
        { kind: 'RECEIPT_MESSAGE', text: 'Thank you' },
      ],
    }),
    offer('all-multiplier', 2, { filters: { ...NO_FILTERS, membersOnly: true }, actions: [bonus('MULTIPLIER', '2')] }),
    offer('all-fixed', 3, { filters: { ...NO_FILTERS, minTotal: '50.00' }, actions: [bonus('FIXED_PER_RECEIPT', '25')] }),
    offer('all-register', 4, { actions: [{ kind: 'REGISTER_DISCOUNT', policy: 'ACCEPT', discountedLinesAccrue: true }] }),
  ];
  ROOTS.forEach((root, i) => {
    offers.push(
      offer(`root-${root}`, 10 + i, {
        competition: i % 2 === 0 ? 'BEST_FOR_MEMBER' : 'PRIORITY',
        filters: { ...NO_FILTERS, products: { include: [{ category: root }], exclude: [{ brand: 'brand-7' }] } },
        actions: [i % 3 === 0 ? percentOff('5') : bonus('PERCENT', '3')],
      }),
    );
  });
  ROOTS.forEach((root, i) => {
    for (const sub of SUBS.slice(0, i < 6 ? 2 : 1)) {
      offers.push(
        offer(`sub-${root}-${sub}`, 30 + i, {
          stacking: i % 3 === 0 ? { mode: 'EXCLUSIVE', group: null } : { mode: 'COMBINABLE', group: `g${i % 2}` },
          competition: 'BEST_FOR_MEMBER',
          filters: { ...NO_FILTERS, products: { include: [{ category: `${root}-${sub}` }], exclude: null }, daysOfWeek: [1, 2, 3, 4, 5] },
          actions: [
            i % 2 === 0 ? percentOff('10', 'RECEIPT') : { kind: 'DISCOUNT', base: 'N_FOR_M', value: null, scope: 'RECEIPT', n: 3, m: 2, rounding: null },
          ],
        }),
      );
    }
  });
  for (let i = 0; i < 10; i++) {
    const skus = Array.from({ length: 20 }, (_, k) => ({ sku: `sku-${(i * 97 + k * 13) % PRODUCTS.length}` }));
    offers.push(
      offer(`list-${i}`, 60 + i, {
        stacking: { mode: 'EXCLUSIVE', group: null },
        filters: { ...NO_FILTERS, products: { include: [...skus, { brand: BRANDS[i] as string }], exclude: null } },
        actions:
          i % 2 === 0
            ? [{ kind: 'DISCOUNT', base: 'FIXED_PRICE', value: '9.99', scope: 'LINE', n: null, m: null, rounding: null }]
            : [bonus('FIXED_PER_UNIT', '5')],
      }),
    );
  }
  const failing: Array<Partial<OfferRule>> = [
    { startsAt: '2025-07-01T00:00' },
    { endsAt: '2025-03-01T00:00' },
    { filters: { ...NO_FILTERS, pointsOfSale: { include: ['other-store'], exclude: null } } },
    { filters: { ...NO_FILTERS, daysOfWeek: [6, 7] } },
    { filters: { ...NO_FILTERS, hours: { from: '22:00', to: '06:00' } } },
    { filters: { ...NO_FILTERS, couponRequired: true } },
    { filters: { ...NO_FILTERS, audienceIds: ['vip'] } },
    { filters: { ...NO_FILTERS, channels: ['ONLINE'] } },
    { filters: { ...NO_FILTERS, purchaseOrdinal: 1 } },
    { filters: { ...NO_FILTERS, currency: 'MILES' } },
  ];
  failing.forEach((patch, i) => {
    offers.push(offer(`never-${i}`, 100 + i, { actions: [percentOff('50')], ...patch }));
  });
  return offers;
}

function receipts(): ReceiptInput[] {
  return Array.from({ length: RECEIPTS }, () => ({
    lines: Array.from({ length: LINES }, (_, i) => {
      const product = pick(PRODUCTS);
      const quantity = new Decimal(1 + Math.floor(random() * 4));
      const discounted = random() < 0.1;
      return {
        lineNo: i + 1,
        sku: product.sku,
        categoryPath: product.categoryPath,
        brand: product.brand,
        price: product.price,
        quantity,
        registerDiscount: discounted ? product.price.times(quantity).times('0.05').toDecimalPlaces(2, Decimal.ROUND_DOWN) : new Decimal(0),
      };
    }),
    pointOfSaleId: 'store-1',
    channel: 'POS',
    localTime: '2025-03-05T12:30',
    currency: 'PTS',
  }));
}

const context: EvaluationContext = {
  member: { state: 'REGISTERED', audienceIds: new Set(['regulars']), purchaseOrdinal: 12 },
  couponOfferIds: new Set(),
  productLists: new Map(),
  budgetLeft: new Map([['root-drinks', new Decimal('1000000')]]),
  baseAccrualPercent: new Decimal(1),
  defaultCurrency: 'PTS',
  exchangeRates: new Map([['PTS', new Decimal('0.5')]]),
};

/** Both phases for one receipt; the member pays the first three lines' allowed share with bonuses. */
function evaluate(receipt: ReceiptInput, index: OfferIndex): number {
  const applied = applyOffers(receipt, index, context);
  const paid = applied.lines.map((line, i) => (i < 3 && line.maxPayment ? line.total.minus(line.maxPayment) : line.total));
  const accrued = accrueOffers(applied, paid);
  return applied.offers.length + accrued.totals.length;
}

function run(label: string, index: OfferIndex, all: ReceiptInput[]): number {
  for (let i = 0; i < 200; i++) evaluate(all[i % all.length] as ReceiptInput, index); // warm-up
  let count = 0;
  let sink = 0;
  const started = performance.now();
  const deadline = started + SECONDS * 1_000;
  while (performance.now() < deadline) {
    for (let i = 0; i < 50; i++) sink += evaluate(all[count++ % all.length] as ReceiptInput, index);
  }
  const perSecond = (count * 1_000) / (performance.now() - started);
  console.log(
    `  ${label.padEnd(34)} ${Math.round(perSecond).toLocaleString('en-US').padStart(8)} receipts/s  (${(1_000 / perSecond).toFixed(3)} ms each)${sink < 0 ? '' : ''}`,
  );
  return perSecond;
}

function main() {
  const offers = snapshot();
  const all = receipts();
  const indexed = indexOffers(offers);
  const flat = indexOffers(offers, { byProduct: false });
  let minMatching = Number.POSITIVE_INFINITY;
  let matching = 0;
  let applied = 0;
  const sample = all.slice(0, 1_000);
  for (const receipt of sample) {
    const explained = applyOffers(receipt, indexed, context, { explainRejections: true });
    const matched = explained.offers.filter((o) => o.status === 'APPLIED' || o.reason.code === 'LOST_TO_OFFER').length;
    minMatching = Math.min(minMatching, matched);
    matching += matched;
    applied += explained.offers.filter((o) => o.status === 'APPLIED').length;
    const plain = JSON.stringify(applyOffers(receipt, flat, context));
    if (plain !== JSON.stringify(applyOffers(receipt, indexed, context))) throw new Error('the index changed a result');
  }
  console.log(`${offers.length} offers, ${all.length.toLocaleString('en-US')} distinct receipts of ${LINES} lines, ${SECONDS}s per run, one core`);
  console.log(
    `  matching offers per receipt (passing every filter on at least one line; first ${sample.length.toLocaleString('en-US')} receipts): ` +
      `avg ${(matching / sample.length).toFixed(1)}, min ${minMatching}; applied after stacking: avg ${(applied / sample.length).toFixed(1)}`,
  );
  const withIndex = run('indexed by product', indexed, all);
  const without = run('without the index (every offer)', flat, all);
  console.log(
    `  index gain ×${(withIndex / without).toFixed(2)}; target ≥ ${TARGET.toLocaleString('en-US')} receipts/s: ${withIndex >= TARGET ? 'met' : 'NOT met'}`,
  );
}

main();
