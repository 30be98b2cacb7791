import { randomUUID } from 'node:crypto';
import Decimal from 'decimal.js';
import fc from 'fast-check';
import { usePlatformWithCompany } from '../support/fixture';
import { request } from '../support/graphql-client';
import { publishOffer } from '../support/offers';
import { registerMember, seedCompany, seedTerminal, waitForLedgerCard } from '../support/seed';
import { useRoundTillRules } from '../support/till';
import {
  AccrueBonusesDocument,
  CalculatePurchaseWithOffersDocument,
  ConfirmPurchaseWithOffersDocument,
  CreateCurrencyDocument,
  type CreateOfferInput,
  MemberBalanceDocument,
  RefundPurchaseDocument,
} from './__generated__/operations';

/**
 * The ledger's figures stay exact whatever offers apply: random offers (discounts with rounding,
 * N for M, multipliers, percent and fixed bonuses, payment caps, exclusive or combinable) and random
 * receipts, each in a company of its own, some offers with budgets or bonuses with a lifetime of
 * their own or in the company's other currency, calculated, confirmed and returned through the API:
 * every line and total adds up to the cent, bonuses pay no more than asked or allowed, and the
 * member's balance moves by exactly the accrual less the payment, and back on the return.
 */

const env = usePlatformWithCompany({ events: true, offers: true });

const CATEGORIES = ['drinks/coffee', 'drinks/tea', 'bakery/bread', 'dairy'];
const SKUS = ['A', 'B', 'C', 'D', 'E'];
type Content = CreateOfferInput['content'];

const cents = (min: number, max: number) => fc.integer({ min, max }).map((n) => (n / 100).toFixed(2));
const productFilter = fc.oneof(
  fc.constant({}),
  fc.constantFrom(...['coffee', 'drinks', 'bread', 'dairy']).map((category) => ({ productsInclude: [{ category }] })),
  fc.constantFrom(...SKUS).map((sku) => ({ productsInclude: [{ sku }] })),
);
const stacking = fc.constantFrom('COMBINABLE' as const, 'EXCLUSIVE' as const);
/** Every company has miles beside its bonuses: one mile pays for 2.00. */
const MILES_RATE = '2';
const otherCurrency = fc.option(fc.constant('MILES'), { nil: undefined });

const offer: fc.Arbitrary<Content> = fc
  .record({
    filters: productFilter,
    stacking,
    priority: fc.integer({ min: 0, max: 5 }),
    budget: fc.option(
      cents(1, 2000).map((total) => ({ total })),
      { nil: undefined },
    ),
    action: fc.oneof(
      fc.record({
        discount: fc.record({
          base: fc.constant('PERCENT' as const),
          value: fc.integer({ min: 1, max: 50 }).map(String),
          rounding: fc.option(fc.record({ step: fc.constantFrom('0.10', '0.50'), of: fc.constantFrom('UNIT_PRICE' as const, 'RECEIPT_TOTAL' as const) }), {
            nil: undefined,
          }),
        }),
      }),
      fc.record({
        discount: fc.record({ base: fc.constant('AMOUNT' as const), value: cents(10, 500), scope: fc.constantFrom('LINE' as const, 'RECEIPT' as const) }),
      }),
      fc.record({ discount: fc.record({ base: fc.constant('N_FOR_M' as const), n: fc.constant(3), m: fc.constant(2) }) }),
      fc.record({ bonusPoints: fc.record({ base: fc.constant('MULTIPLIER' as const), value: fc.constantFrom('2', '3', '1.5') }) }),
      fc.record({
        bonusPoints: fc.record({
          base: fc.constant('PERCENT' as const),
          value: fc.integer({ min: 1, max: 20 }).map(String),
          // Bonuses with a lifetime of their own make a lot of their own, which a return takes back too.
          lifetimeDays: fc.option(fc.integer({ min: 1, max: 400 }), { nil: undefined }),
          // In the company's other currency, they accrue in its account beside the receipt's.
          currency: otherCurrency,
        }),
      }),
      fc.record({ bonusPoints: fc.record({ base: fc.constant('FIXED_PER_RECEIPT' as const), value: cents(100, 1000), currency: otherCurrency }) }),
      fc.record({ payment: fc.record({ maxShare: fc.constantFrom('0', '0.3', '1'), minCash: fc.option(cents(0, 200), { nil: undefined }) }) }),
    ),
  })
  .map(({ filters, stacking, priority, budget, action }) => ({
    name: 'Random offer',
    priority,
    stacking,
    event: { kind: 'RECEIPT' as const },
    filters,
    actions: [action],
    budget,
  }));

const line = fc
  .record({
    product: fc.constantFrom(...SKUS),
    category: fc.constantFrom(...CATEGORIES),
    price: cents(50, 5000),
    quantity: fc.oneof(
      fc.integer({ min: 1, max: 4 }).map(String),
      fc.integer({ min: 100, max: 2500 }).map((g) => (g / 1000).toFixed(3)),
    ),
    // A share of the line's amount: a register's discount is at most the line (more is refused as INVALID_RECEIPT).
    registerDiscountShare: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  })
  .map(({ registerDiscountShare, ...rest }) => {
    const amount = new Decimal(rest.price).times(rest.quantity).toDecimalPlaces(2, Decimal.ROUND_DOWN);
    const registerDiscount =
      registerDiscountShare === undefined ? undefined : amount.times(registerDiscountShare).dividedBy(100).toDecimalPlaces(2, Decimal.ROUND_DOWN).toFixed(2);
    return { ...rest, registerDiscount };
  });

const scenario = fc.record({
  offers: fc.array(offer, { minLength: 1, maxLength: 4 }),
  lines: fc.array(line, { minLength: 1, maxLength: 5 }),
  payWithBonuses: fc.oneof(fc.constant('0'), cents(1, 3000)),
});

const d = (value: string | null | undefined) => new Decimal(value ?? '0');
const sum = (values: Array<string | null | undefined>) => values.reduce((total, value) => total.plus(d(value)), new Decimal(0));
const twoPlaces = (value: string) => d(value).decimalPlaces() <= 2;

test('random offers and receipts: every figure adds up to the cent, and the balance moves by exactly accrual less payment, and back', async () => {
  await fc.assert(
    fc.asyncProperty(scenario, async ({ offers, lines, payWithBonuses }) => {
      const company = await seedCompany(env.platform);
      const admin = company.adminToken;
      await useRoundTillRules(env.platform, admin);
      const till = await seedTerminal(env.platform, admin);
      const { member } = await registerMember(env.platform, admin);
      const cardNumber = member.cards[0]?.number as string;
      await waitForLedgerCard(env.platform, cardNumber);
      await request(env.platform.gatewayUrl, AccrueBonusesDocument, { input: { memberId: member.id, amount: '1000' } }, { token: admin });
      await request(env.platform.gatewayUrl, CreateCurrencyDocument, { input: { code: 'MILES', name: 'Miles', exchangeRate: MILES_RATE } }, { token: admin });
      const budgets = new Map<string, string>();
      for (const content of offers) {
        const offerId = await publishOffer(env.platform, admin, content);
        if (content.budget?.total) budgets.set(offerId, content.budget.total);
      }
      const active = async (currency?: string) =>
        (await request(env.platform.gatewayUrl, MemberBalanceDocument, { id: member.id, currency }, { token: admin })).member?.balance?.active;
      const before = await active();

      const { calculatePurchase } = await request(
        env.platform.gatewayUrl,
        CalculatePurchaseWithOffersDocument,
        { input: { idempotencyKey: randomUUID(), cardNumber, lines, payWithBonuses } },
        { token: till.token },
      );
      // Asking to pay more than allowed is a typed refusal; ask again for the most allowed.
      let purchase = calculatePurchase.purchase;
      if (!purchase) {
        expect(calculatePurchase.errors.map((e) => e.code)).toEqual(['PAYMENT_EXCEEDS_SHARE']);
        purchase = (
          await request(
            env.platform.gatewayUrl,
            CalculatePurchaseWithOffersDocument,
            { input: { idempotencyKey: randomUUID(), cardNumber, lines } },
            { token: till.token },
          )
        ).calculatePurchase.purchase;
      }
      if (!purchase) throw new Error('the plain calculation was refused');
      const p = purchase;

      for (const value of [p.subtotal, p.discount, p.total, p.bonusPayment, p.cashDue, p.accrual, p.maxBonusPayment]) expect(twoPlaces(value)).toBe(true);
      expect(d(p.subtotal).minus(p.discount).toFixed(2)).toBe(d(p.total).toFixed(2));
      expect(sum(p.lines.map((l) => l.total)).toFixed(2)).toBe(d(p.total).toFixed(2));
      expect(sum(p.lines.map((l) => l.bonusPaid)).toFixed(2)).toBe(d(p.bonusPayment).toFixed(2));
      expect(sum(p.lines.map((l) => l.accrual)).toFixed(2)).toBe(d(p.accrual).toFixed(2));
      expect(d(p.total).minus(p.bonusPayment).toFixed(2)).toBe(d(p.cashDue).toFixed(2));
      expect(d(p.bonusPayment).lte(p.maxBonusPayment)).toBe(true);
      for (const l of p.lines) {
        expect(d(l.total).gte(0) && d(l.bonusPaid).lte(l.total) && d(l.accrual).gte(0)).toBe(true);
        expect(sum(l.offers.map((o) => o.discount)).lte(d(l.discount).plus('0.01'))).toBe(true);
        expect(sum(l.offers.map((o) => o.bonus)).lte(l.accrual)).toBe(true);
      }
      expect(sum(p.appliedOffers.map((o) => o.discount)).toFixed(2)).toBe(sum(p.lines.flatMap((l) => l.offers.map((o) => o.discount))).toFixed(2));
      // Miles: per line, per offer and in all agree.
      const milesOf = (bonuses: Array<{ currency: string; amount: string }>) => sum(bonuses.filter((b) => b.currency === 'MILES').map((b) => b.amount));
      const miles = milesOf(p.bonusesInOtherCurrencies);
      expect(milesOf(p.appliedOffers.flatMap((o) => o.otherBonuses)).toFixed(2)).toBe(miles.toFixed(2));
      expect(milesOf(p.lines.flatMap((l) => l.offers.flatMap((o) => o.otherBonuses))).toFixed(2)).toBe(miles.toFixed(2));
      // A budgeted offer gives no more than its budget (bonuses at 1.00 a unit, miles at their rate).
      for (const o of p.appliedOffers)
        if (budgets.has(o.offerId))
          expect(
            d(o.discount)
              .plus(o.bonus)
              .plus(milesOf(o.otherBonuses).times(MILES_RATE))
              .lte(d(budgets.get(o.offerId))),
          ).toBe(true);

      const { confirmPurchase } = await request(
        env.platform.gatewayUrl,
        ConfirmPurchaseWithOffersDocument,
        { input: { idempotencyKey: randomUUID(), purchaseId: p.id } },
        { token: till.token },
      );
      expect(confirmPurchase.errors).toEqual([]);
      expect(await active()).toBe(d(before).minus(p.bonusPayment).plus(p.accrual).toFixed(2));
      expect(await active('MILES')).toBe(miles.toFixed(2));
      const { refundPurchase } = await request(
        env.platform.gatewayUrl,
        RefundPurchaseDocument,
        { input: { idempotencyKey: randomUUID(), purchaseId: p.id } },
        { token: admin },
      );
      expect(refundPurchase.errors).toEqual([]);
      expect(await active()).toBe(before);
      expect(await active('MILES')).toBe('0.00');
    }),
    { numRuns: Number(process.env.PROPERTY_RUNS ?? 12) },
  );
});
