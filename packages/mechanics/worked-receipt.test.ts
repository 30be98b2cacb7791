/**
 * The worked receipt of README.md, figure by figure. If this test changes, the README changes with it.
 */
import { accrueOffers } from './accruals';
import { applyOffers } from './evaluate';
import { indexOffers } from './offer-index';
import { context, dec, discount, line, offer, points, receipt } from './test-support';

const offers = [
  offer('coffee-10', {
    priority: 20,
    filters: { products: { include: [{ category: 'coffee' }], exclude: null } },
    actions: [discount('PERCENT', '10', { rounding: { step: '0.10', of: 'UNIT_PRICE' } }), points('PERCENT', '5')],
  }),
  offer('milk-3for2', {
    priority: 15,
    stacking: { mode: 'EXCLUSIVE', group: null },
    filters: { products: { include: [{ sku: 'milk-1l' }], exclude: null } },
    actions: [{ kind: 'REGISTER_DISCOUNT', policy: 'REPLACE', discountedLinesAccrue: true }, discount('N_FOR_M', null, { n: 3, m: 2 })],
  }),
  offer('basket', {
    priority: 5,
    filters: { minTotal: '20.00' },
    actions: [
      { kind: 'PAYMENT', maxShare: '0.5', minCash: '1.00' },
      points('FIXED_PER_RECEIPT', '10'),
      { kind: 'RECEIPT_MESSAGE', text: '10 points for your basket' },
    ],
  }),
];

const worked = receipt([
  line('beans-1kg', '15.99', 1, { categoryPath: ['drinks', 'coffee'] }),
  line('milk-1l', '1.19', 3, { categoryPath: ['dairy', 'milk'], registerDiscount: '0.30' }),
  line('bread', '2.49', 1, { categoryPath: ['bakery'], registerDiscount: '0.25' }),
  line('caps-10', '0.39', 10, { categoryPath: ['drinks', 'coffee', 'capsules'], registerDiscount: '0.40' }),
]);

const applied = applyOffers(worked, indexOffers(offers), context(), { explainRejections: true });
const row = (i: number) => {
  const l = applied.lines[i];
  if (!l) throw new Error(`no line ${i}`);
  return {
    gross: l.gross.toFixed(2),
    register: l.registerDiscount.toFixed(2),
    offers: l.discounts.map((d) => `${d.offerId} ${d.amount.toFixed(2)} (rounding ${d.rounding.toFixed(2)})`),
    total: l.total.toFixed(2),
    maxPayment: l.maxPayment?.toFixed(2) ?? null,
    offerIds: l.offerIds,
  };
};

test('phase 1, per line: register discount, offer discounts, rounding correction, total, payment cap', () => {
  expect(row(0)).toEqual({
    gross: '15.99',
    register: '0.00',
    offers: ['coffee-10 1.69 (rounding 0.09)'],
    total: '14.30',
    maxPayment: '7.15',
    offerIds: ['coffee-10', 'basket'],
  });
  expect(row(1)).toEqual({
    gross: '3.57',
    register: '0.00',
    offers: ['milk-3for2 1.19 (rounding 0.00)'],
    total: '2.38',
    maxPayment: null,
    offerIds: ['milk-3for2'],
  });
  expect(row(2)).toEqual({ gross: '2.49', register: '0.25', offers: [], total: '2.24', maxPayment: '1.12', offerIds: ['basket'] });
  expect(row(3)).toEqual({
    gross: '3.90',
    register: '0.40',
    offers: ['coffee-10 0.50 (rounding 0.15)'],
    total: '3.00',
    maxPayment: '1.50',
    offerIds: ['coffee-10', 'basket'],
  });
  expect(applied.lines.map((l) => l.registerPolicy)).toEqual(['ACCEPT', 'REPLACE', 'ACCEPT', 'ACCEPT']);
});

test('phase 1, receipt: totals, min cash, messages, explanations', () => {
  expect([applied.discount.toFixed(2), applied.total.toFixed(2), applied.minCash?.toFixed(2)]).toEqual(['3.38', '21.92', '1.00']);
  expect(applied.receiptMessages).toEqual([{ offerId: 'basket', text: '10 points for your basket' }]);
  expect(
    applied.offers.map((o) => (o.status === 'APPLIED' ? `${o.offerId}: lines ${o.lineNos.join(',')}, discount ${o.discount.toFixed(2)}` : o.offerId)),
  ).toEqual(['coffee-10: lines 1,4, discount 2.19', 'milk-3for2: lines 2, discount 1.19', 'basket: lines 1,3,4, discount 0.00']);
  expect(applied.offers[2]).toMatchObject({ lostLines: [{ lineNo: 2, winnerOfferId: 'milk-3for2' }] });
});

test('phase 2: the member pays each capped line’s maximum with bonuses; bonuses on the money paid', () => {
  const paid = [dec('7.15'), dec('2.38'), dec('1.12'), dec('1.50')];
  const accruals = accrueOffers(applied, paid);
  expect(accruals.lines.map((l) => l.bonuses.map((b) => `${b.offerId} ${b.amount.toFixed(2)}`))).toEqual([
    ['coffee-10 0.36', 'basket 7.32'],
    [],
    ['basket 1.15'],
    ['coffee-10 0.07', 'basket 1.53'],
  ]);
  expect(accruals.offers.map((o) => `${o.offerId} ${o.currency} ${o.amount.toFixed(2)}`)).toEqual(['coffee-10 PTS 0.43', 'basket PTS 10.00']);
  expect(accruals.totals).toEqual([{ currency: 'PTS', amount: dec('10.43') }]);
});
