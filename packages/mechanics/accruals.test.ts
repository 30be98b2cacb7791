import { accrueOffers } from './accruals';
import type { RegisterDiscountAction } from './definition';
import { applyOffers } from './evaluate';
import { bonusesOf, context, dec, line, offer, points, receipt } from './test-support';

const phase1 = (lines: ReturnType<typeof line>[], ...offers: ReturnType<typeof offer>[]) => applyOffers(receipt(lines), offers, context());
const paidInFull = (applied: ReturnType<typeof phase1>) => applied.lines.map((l) => l.total);

describe('phase 2: bonuses on what each line was paid in money', () => {
  test('PERCENT: of the money paid (after the bonus payment), once for the action, spread by paid money', () => {
    const applied = phase1([line('a', '10.00'), line('b', '20.00')], offer('p', { actions: [points('PERCENT', '5')] }));
    // 5.00 of line b paid with bonuses: 5 % of 25.00 = 1.25 → 0.50 / 0.75
    const accruals = accrueOffers(applied, [dec('10.00'), dec('15.00')]);
    expect(bonusesOf(accruals)).toEqual(['p:PTS:0.50', 'p:PTS:0.75']);
    expect(accruals.totals).toEqual([{ currency: 'PTS', amount: dec('1.25') }]);
  });

  test('PERCENT rounds the action amount down to the cent, and the shares add up to it exactly', () => {
    const applied = phase1([line('a', '3.33'), line('b', '3.33'), line('c', '3.33')], offer('p', { actions: [points('PERCENT', '7')] }));
    // 7 % of 9.99 = 0.6993 → 0.69 → 0.23 each
    const accruals = accrueOffers(applied, paidInFull(applied));
    expect(bonusesOf(accruals)).toEqual(['p:PTS:0.23', 'p:PTS:0.23', 'p:PTS:0.23']);
    expect(accruals.offers[0]?.amount.toFixed(2)).toBe('0.69');
  });

  test('MULTIPLIER: (value − 1) × the base accrual percent of the money paid; the base itself is the ledger’s', () => {
    const applied = applyOffers(
      receipt([line('a', '25.00')]),
      [offer('x3', { actions: [points('MULTIPLIER', '3')] })],
      context({ baseAccrualPercent: dec('1.5') }),
    );
    // (3 − 1) × 1.5 % of 25.00 = 0.75
    expect(bonusesOf(accrueOffers(applied, paidInFull(applied)))).toEqual(['x3:PTS:0.75']);
  });

  test('MULTIPLIER of 1 or less adds nothing, never takes away', () => {
    const applied = phase1([line('a', '25.00')], offer('x1', { actions: [points('MULTIPLIER', '1'), points('MULTIPLIER', '0.5')] }));
    expect(accrueOffers(applied, paidInFull(applied)).totals).toEqual([]);
  });

  test('FIXED_PER_UNIT: value × quantity, weights included, spread by quantity', () => {
    const applied = phase1([line('a', '1.00', 3), line('cheese', '10.00', '0.455')], offer('u', { actions: [points('FIXED_PER_UNIT', '2.5')] }));
    // 2.5 × 3.455 = 8.6375 → 8.63 → 7.49 / 1.14
    expect(bonusesOf(accrueOffers(applied, paidInFull(applied)))).toEqual(['u:PTS:7.49', 'u:PTS:1.14']);
  });

  test('FIXED_PER_RECEIPT: once, spread over its lines by their totals with exact cents', () => {
    const applied = phase1([line('a', '1.00'), line('b', '1.00'), line('c', '1.00')], offer('r', { actions: [points('FIXED_PER_RECEIPT', '10')] }));
    expect(bonusesOf(accrueOffers(applied, paidInFull(applied)))).toEqual(['r:PTS:3.34', 'r:PTS:3.33', 'r:PTS:3.33']);
  });

  test('FIXED_PER_RECEIPT is given even when every line was paid with bonuses', () => {
    const applied = phase1([line('a', '1.00'), line('b', '3.00')], offer('r', { actions: [points('FIXED_PER_RECEIPT', '4')] }));
    expect(bonusesOf(accrueOffers(applied, [dec(0), dec(0)]))).toEqual(['r:PTS:1.00', 'r:PTS:3.00']);
  });

  test('currency: the action’s own, or the default; totals per currency; lot dates carried', () => {
    const applied = phase1(
      [line('a', '10.00')],
      offer('two', {
        actions: [points('PERCENT', '10', { activationDelayDays: 14, lifetimeDays: 365 }), points('FIXED_PER_RECEIPT', '2', { currency: 'MILES' })],
      }),
    );
    const accruals = accrueOffers(applied, paidInFull(applied));
    expect(accruals.lines[0]?.bonuses).toEqual([
      { offerId: 'two', actionIndex: 0, currency: 'PTS', amount: dec('1.00'), activationDelayDays: 14, lifetimeDays: 365 },
      { offerId: 'two', actionIndex: 1, currency: 'MILES', amount: dec('2.00'), activationDelayDays: null, lifetimeDays: null },
    ]);
    expect(accruals.totals.map((t) => `${t.currency}:${t.amount.toFixed(2)}`)).toEqual(['MILES:2.00', 'PTS:1.00']);
  });

  test('a percent or multiplier in another currency is worth what it counts in the receipt currency, down to the cent', () => {
    const applied = applyOffers(
      receipt([line('a', '40.00')]),
      [offer('miles', { actions: [points('PERCENT', '10', { currency: 'MILES' }), points('MULTIPLIER', '3', { currency: 'MILES' })] })],
      context({
        baseAccrualPercent: dec('5'),
        exchangeRates: new Map([
          ['PTS', dec('1')],
          ['MILES', dec('3')],
        ]),
      }),
    );
    // 10 % of 40.00 = 4.00 points, worth 4.00: 1.33 miles (worth 3.99); (3 − 1) × 5 % = 4.00 points: 1.33 miles again.
    expect(bonusesOf(accrueOffers(applied, paidInFull(applied)))).toEqual(['miles:MILES:1.33 miles:MILES:1.33']);
  });

  test('a line that does not accrue gets no offer bonuses', () => {
    const noAccrual: RegisterDiscountAction = { kind: 'REGISTER_DISCOUNT', policy: 'ACCEPT', discountedLinesAccrue: false };
    const applied = phase1(
      [line('a', '10.00', 1, { registerDiscount: '1.00' }), line('b', '10.00')],
      offer('p', { actions: [noAccrual, points('PERCENT', '10')] }),
    );
    expect(bonusesOf(accrueOffers(applied, paidInFull(applied)))).toEqual(['', 'p:PTS:1.00']);
  });

  test('paid amounts must be one per line, between zero and the line total', () => {
    const applied = phase1([line('a', '10.00')], offer('p', { actions: [points('PERCENT', '10')] }));
    expect(() => accrueOffers(applied, [])).toThrow(RangeError);
    expect(() => accrueOffers(applied, [dec('10.01')])).toThrow(RangeError);
    expect(() => accrueOffers(applied, [dec('-1')])).toThrow(RangeError);
  });
});

describe('budgets: an offer never gives more than it has left', () => {
  test('a discount is capped at the budget, spread over its lines, and the explanation says so', () => {
    const amount = offer('amount', { actions: [{ kind: 'DISCOUNT', base: 'AMOUNT', value: '5.00', scope: 'LINE', n: null, m: null, rounding: null }] });
    const applied = applyOffers(
      receipt([line('a', '10.00'), line('b', '10.00'), line('c', '10.00')]),
      [amount],
      context({ budgetLeft: new Map([['amount', dec('7.00')]]) }),
    );
    expect(applied.lines.map((l) => l.discount.toFixed(2))).toEqual(['2.34', '2.33', '2.33']);
    expect(applied.offers[0]).toMatchObject({ status: 'APPLIED', budget: { left: dec('7.00'), discountCapped: true, leftForBonuses: dec('0') } });
  });

  test('an uncapped discount leaves the rest for later and says it was not capped', () => {
    const amount = offer('amount', { actions: [{ kind: 'DISCOUNT', base: 'AMOUNT', value: '5.00', scope: 'LINE', n: null, m: null, rounding: null }] });
    const applied = applyOffers(receipt([line('a', '10.00')]), [amount], context({ budgetLeft: new Map([['amount', dec('7.00')]]) }));
    expect(applied.offers[0]).toMatchObject({ budget: { discountCapped: false, leftForBonuses: dec('2.00') } });
  });

  test('bonuses are capped at the budget’s worth in units (budget ÷ exchange rate), and the phase 2 answer says so', () => {
    const bonus = offer('bonus', { actions: [points('PERCENT', '10')] });
    const ctx = context({ budgetLeft: new Map([['bonus', dec('4.00')]]), exchangeRates: new Map([['PTS', dec('0.5')]]) });
    const applied = applyOffers(receipt([line('a', '60.00'), line('b', '40.00')]), [bonus], ctx);
    const accruals = accrueOffers(applied, paidInFull(applied));
    // 10 % of 100.00 = 10.00 units worth 5.00 > 4.00 → 8.00 units (worth 4.00), 4.80 / 3.20
    expect(bonusesOf(accruals)).toEqual(['bonus:PTS:4.80', 'bonus:PTS:3.20']);
    expect(accruals.offers).toEqual([{ offerId: 'bonus', currency: 'PTS', amount: dec('8.00'), capped: true }]);
  });

  test('an offer with both: discounts draw first, bonuses get what is left', () => {
    const both = offer('both', {
      actions: [{ kind: 'DISCOUNT', base: 'AMOUNT', value: '3.00', scope: 'LINE', n: null, m: null, rounding: null }, points('PERCENT', '50')],
    });
    const applied = applyOffers(receipt([line('a', '20.00')]), [both], context({ budgetLeft: new Map([['both', dec('5.00')]]) }));
    const accruals = accrueOffers(applied, paidInFull(applied));
    // 3.00 off; 50 % of 17.00 = 8.50 points, capped at the 2.00 left
    expect(applied.lines[0]?.discount.toFixed(2)).toBe('3.00');
    expect(accruals.offers[0]).toMatchObject({ amount: dec('2.00'), capped: true });
  });

  test('REPLACE dropping an offer discount gives its budget back for the bonuses', () => {
    const replace = offer('r', {
      actions: [
        { kind: 'REGISTER_DISCOUNT', policy: 'REPLACE', discountedLinesAccrue: true },
        { kind: 'DISCOUNT', base: 'PERCENT', value: '10', scope: 'LINE', n: null, m: null, rounding: null },
      ],
    });
    const applied = applyOffers(
      receipt([line('a', '10.00', 1, { registerDiscount: '2.00' })]),
      [replace],
      context({ budgetLeft: new Map([['r', dec('5.00')]]) }),
    );
    expect(applied.offers[0]).toMatchObject({ budget: { leftForBonuses: dec('5.00') }, registerDiscountKept: [1] });
  });
});
