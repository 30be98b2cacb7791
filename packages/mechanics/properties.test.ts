/**
 * Properties over random receipts and random offers: nothing goes below zero, every figure adds up,
 * budgets hold, and the answer depends only on the input (not on the offers' order or the index).
 */
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { accrueOffers } from './accruals';
import type { OfferAction, OfferRule, ProductSelector } from './definition';
import { applyOffers } from './evaluate';
import { indexOffers } from './offer-index';
import type { EvaluationContext, ReceiptInput } from './receipt-input';
import type { AppliedOffers, OfferAccruals } from './results';
import { context, dec, offer } from './test-support';

const SKUS = ['a', 'b', 'c', 'd', 'e'];
const PATHS = [['drinks', 'coffee'], ['drinks', 'tea'], ['food'], []];
const BRANDS = [null, 'acme', 'zeta'];
const cents = (max: number) => fc.integer({ min: 0, max }).map((c) => (c / 100).toFixed(2));

const lineArb = fc.record({
  sku: fc.constantFrom(...SKUS),
  categoryPath: fc.constantFrom(...PATHS),
  brand: fc.constantFrom(...BRANDS),
  priceCents: fc.integer({ min: 0, max: 20_000 }),
  quantity: fc.oneof(
    fc.integer({ min: 1, max: 7 }).map(String),
    fc.integer({ min: 1, max: 5_000 }).map((q) => (q / 1000).toFixed(3)),
  ),
  registerShare: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 100 })),
});

const receiptArb = fc.array(lineArb, { minLength: 1, maxLength: 8 }).map(
  (lines): ReceiptInput => ({
    lines: lines.map((l, i) => {
      const price = new Decimal(l.priceCents).dividedBy(100);
      const gross = price.times(l.quantity).toDecimalPlaces(2, Decimal.ROUND_DOWN);
      return {
        lineNo: i + 1,
        sku: l.sku,
        categoryPath: l.categoryPath,
        brand: l.brand,
        price,
        quantity: new Decimal(l.quantity),
        registerDiscount: gross.times(l.registerShare).dividedBy(100).toDecimalPlaces(2, Decimal.ROUND_DOWN),
      };
    }),
    pointOfSaleId: 'store-1',
    channel: 'POS',
    localTime: '2025-03-05T12:00',
    currency: 'PTS',
  }),
);

const selectorArb: fc.Arbitrary<ProductSelector> = fc.oneof(
  fc.constantFrom(...SKUS).map((sku) => ({ sku })),
  fc.constantFrom('drinks', 'coffee', 'tea', 'food').map((category) => ({ category })),
  fc.constantFrom('acme', 'zeta').map((brand) => ({ brand })),
  fc.constant({ productListId: 'hot' }),
);

const roundingArb = fc.option(
  fc.record({ step: fc.constantFrom('0.05', '0.10', '1.00', '5.00'), of: fc.constantFrom('UNIT_PRICE' as const, 'RECEIPT_TOTAL' as const) }),
);

const actionArb: fc.Arbitrary<OfferAction> = fc.oneof(
  fc.record({
    kind: fc.constant('DISCOUNT' as const),
    base: fc.constantFrom('PERCENT' as const, 'AMOUNT' as const, 'FIXED_PRICE' as const, 'N_FOR_M' as const),
    value: fc.oneof(fc.integer({ min: 0, max: 100 }).map(String), cents(5_000)),
    scope: fc.constantFrom('LINE' as const, 'RECEIPT' as const),
    n: fc.integer({ min: 2, max: 4 }),
    m: fc.integer({ min: 0, max: 1 }),
    rounding: roundingArb,
  }),
  fc.record({
    kind: fc.constant('BONUS_POINTS' as const),
    base: fc.constantFrom('PERCENT' as const, 'FIXED_PER_UNIT' as const, 'FIXED_PER_RECEIPT' as const, 'MULTIPLIER' as const),
    value: fc.oneof(fc.integer({ min: 0, max: 30 }).map(String), cents(2_000)),
    currency: fc.constantFrom(null, 'PTS', 'MILES'),
    activationDelayDays: fc.constantFrom(null, 7),
    lifetimeDays: fc.constantFrom(null, 365),
  }),
  fc.record({
    kind: fc.constant('REGISTER_DISCOUNT' as const),
    policy: fc.constantFrom('ACCEPT' as const, 'REPLACE' as const, 'COMBINE' as const),
    discountedLinesAccrue: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('PAYMENT' as const), maxShare: fc.constantFrom('0', '0.25', '0.5', '1'), minCash: fc.constantFrom(null, '1.00') }),
);

const offerArb = fc.record({
  priority: fc.integer({ min: 0, max: 3 }),
  exclusive: fc.boolean(),
  group: fc.constantFrom(null, 'g1', 'g2'),
  competition: fc.constantFrom('BEST_FOR_MEMBER' as const, 'PRIORITY' as const),
  include: fc.option(fc.array(selectorArb, { minLength: 1, maxLength: 2 })),
  exclude: fc.option(fc.array(selectorArb, { minLength: 1, maxLength: 1 }), { freq: 4 }),
  minTotal: fc.option(cents(10_000), { freq: 3 }),
  budget: fc.option(cents(3_000), { freq: 2 }),
  actions: fc.array(actionArb, { minLength: 1, maxLength: 3 }),
});

const scenarioArb = fc.record({
  receipt: receiptArb,
  offers: fc.array(offerArb, { minLength: 0, maxLength: 6 }),
  anonymous: fc.boolean(),
  milesRate: fc.constantFrom('0.01', '0.5', '2'),
  paidShares: fc.array(fc.integer({ min: 0, max: 100 }), { minLength: 8, maxLength: 8 }),
  shuffleSeed: fc.nat(),
});

type Scenario = typeof scenarioArb extends fc.Arbitrary<infer T> ? T : never;

function build(s: Scenario): { offers: OfferRule[]; ctx: EvaluationContext } {
  const budgetLeft = new Map<string, Decimal>();
  const offers = s.offers.map((o, i) => {
    const offerId = `o${i}`;
    if (o.budget !== null) budgetLeft.set(offerId, dec(o.budget));
    return offer(offerId, {
      priority: o.priority,
      stacking: { mode: o.exclusive ? 'EXCLUSIVE' : 'COMBINABLE', group: o.group },
      competition: o.competition,
      filters: { products: { include: o.include, exclude: o.exclude }, minTotal: o.minTotal },
      actions: o.actions,
    });
  });
  const ctx = context({
    member: s.anonymous ? null : context().member,
    budgetLeft,
    productLists: new Map([['hot', [{ category: 'coffee' }, { sku: 'e' }]]]),
    exchangeRates: new Map([
      ['PTS', dec(1)],
      ['MILES', dec(s.milesRate)],
    ]),
  });
  return { offers, ctx };
}

function shuffled<T>(values: readonly T[], seed: number): T[] {
  const out = [...values];
  let state = seed || 1;
  for (let i = out.length - 1; i > 0; i--) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const j = state % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

function paidFor(applied: AppliedOffers, shares: number[]): Decimal[] {
  return applied.lines.map((l, i) =>
    l.total
      .times(shares[i] ?? 100)
      .dividedBy(100)
      .toDecimalPlaces(2, Decimal.ROUND_DOWN),
  );
}

const sum = (values: Decimal[]) => values.reduce((a, b) => a.plus(b), dec(0));

function checkPhase1(r: ReceiptInput, applied: AppliedOffers, ctx: EvaluationContext): void {
  applied.lines.forEach((l, i) => {
    const input = r.lines[i] as ReceiptInput['lines'][number];
    expect(l.total.gte(0)).toBe(true);
    expect(l.discount.gte(0)).toBe(true);
    for (const d of l.discounts) {
      expect(d.amount.gte(0)).toBe(true);
      expect(d.rounding.gte(0) && d.rounding.lte(d.amount)).toBe(true);
    }
    expect(sum(l.discounts.map((d) => d.amount)).eq(l.discount)).toBe(true);
    expect(l.gross.minus(l.registerDiscount).minus(l.discount).eq(l.total)).toBe(true);
    expect(l.registerDiscount.eq(input.registerDiscount) || l.registerDiscount.isZero()).toBe(true);
    expect(l.total.lte(l.gross.minus(input.registerDiscount).plus(l.registerPolicy === 'REPLACE' ? input.registerDiscount : 0))).toBe(true);
    if (l.maxPayment) expect(l.maxPayment.gte(0) && l.maxPayment.lte(l.total)).toBe(true);
    if (!l.accrues) expect(l.accrualRules).toEqual([]);
  });
  expect(sum(applied.lines.map((l) => l.discount)).eq(applied.discount)).toBe(true);
  expect(sum(applied.lines.map((l) => l.total)).eq(applied.total)).toBe(true);
  for (const outcome of applied.offers) {
    if (outcome.status !== 'APPLIED') continue;
    const perLine = applied.lines.flatMap((l) => l.discounts.filter((d) => d.offerId === outcome.offerId).map((d) => d.amount));
    expect(sum(perLine).eq(outcome.discount)).toBe(true);
    const budget = ctx.budgetLeft.get(outcome.offerId);
    if (budget) {
      expect(outcome.discount.lte(budget)).toBe(true);
      expect(outcome.budget?.leftForBonuses.eq(budget.minus(outcome.discount))).toBe(true);
    }
  }
}

function checkPhase2(applied: AppliedOffers, accruals: OfferAccruals, ctx: EvaluationContext): void {
  const perOfferCurrency = new Map<string, Decimal>();
  for (const l of accruals.lines) {
    for (const b of l.bonuses) {
      expect(b.amount.gt(0)).toBe(true);
      const key = `${b.offerId}/${b.currency}`;
      perOfferCurrency.set(key, (perOfferCurrency.get(key) ?? dec(0)).plus(b.amount));
    }
  }
  for (const o of accruals.offers) {
    expect(o.amount.gte(0)).toBe(true);
    expect((perOfferCurrency.get(`${o.offerId}/${o.currency}`) ?? dec(0)).eq(o.amount)).toBe(true);
  }
  for (const t of accruals.totals) {
    expect(sum(accruals.offers.filter((o) => o.currency === t.currency).map((o) => o.amount)).eq(t.amount)).toBe(true);
  }
  // a budget holds across discounts and bonuses (bonuses at units × rate)
  for (const outcome of applied.offers) {
    if (outcome.status !== 'APPLIED' || !outcome.budget) continue;
    const bonusWorth = sum(accruals.offers.filter((o) => o.offerId === outcome.offerId).map((o) => o.amount.times(ctx.exchangeRates.get(o.currency) ?? 1)));
    expect(outcome.discount.plus(bonusWorth).lte(outcome.budget.left)).toBe(true);
  }
}

test('random receipts and offers: never negative, everything adds up, budgets hold, same answer in any order', () => {
  fc.assert(
    fc.property(scenarioArb, (s) => {
      const { offers, ctx } = build(s);
      const applied = applyOffers(s.receipt, indexOffers(offers), ctx, { explainRejections: true });
      checkPhase1(s.receipt, applied, ctx);
      const accruals = accrueOffers(applied, paidFor(applied, s.paidShares));
      checkPhase2(applied, accruals, ctx);

      const again = applyOffers(s.receipt, indexOffers(shuffled(offers, s.shuffleSeed)), ctx, { explainRejections: true });
      expect(JSON.stringify(again)).toBe(JSON.stringify(applied));
      const flat = applyOffers(s.receipt, indexOffers(shuffled(offers, s.shuffleSeed + 1), { byProduct: false }), ctx, { explainRejections: true });
      expect(JSON.stringify(flat)).toBe(JSON.stringify(applied));
      expect(JSON.stringify(accrueOffers(again, paidFor(again, s.paidShares)))).toBe(JSON.stringify(accruals));
    }),
    { numRuns: 400 },
  );
});
