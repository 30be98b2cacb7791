import type { RegisterDiscountAction } from './definition';
import { applyOffers } from './evaluate';
import { context, discount, line, offer, points, receipt, totals } from './test-support';

const policy = (p: RegisterDiscountAction['policy'], discountedLinesAccrue = true): RegisterDiscountAction => ({
  kind: 'REGISTER_DISCOUNT',
  policy: p,
  discountedLinesAccrue,
});
// 10.00 with the register's 2.00 off
const discounted = () => receipt([line('a', '10.00', 1, { registerDiscount: '2.00' })]);
const run = (...offers: ReturnType<typeof offer>[]) => applyOffers(discounted(), offers, context(), { explainRejections: true });
const first = (result: ReturnType<typeof run>) => result.lines[0] as NonNullable<(typeof result.lines)[0]>;

test('no REGISTER_DISCOUNT action: ACCEPT, the offer works on the price after the register discount, the line accrues', () => {
  const result = run(offer('p', { actions: [discount('PERCENT', '10'), points('PERCENT', '5')] }));
  expect(first(result)).toMatchObject({ registerPolicy: 'ACCEPT', accrues: true });
  expect([first(result).registerDiscount.toFixed(2), first(result).discount.toFixed(2), first(result).total.toFixed(2)]).toEqual(['2.00', '0.80', '7.20']);
  expect(first(result).accrualRules).toHaveLength(1);
});

test('ACCEPT given explicitly: the same', () => {
  expect(totals(run(offer('p', { actions: [policy('ACCEPT'), discount('PERCENT', '10')] })))).toEqual(['7.20']);
});

test('COMBINE: the offer works on the price before the register discount and both are taken', () => {
  const result = run(offer('p', { actions: [policy('COMBINE'), discount('PERCENT', '10')] }));
  expect([first(result).registerDiscount.toFixed(2), first(result).discount.toFixed(2), first(result).total.toFixed(2)]).toEqual(['2.00', '1.00', '7.00']);
});

test('COMBINE never takes a line below zero: the offer gets only what the register left', () => {
  const result = applyOffers(
    receipt([line('a', '10.00', 1, { registerDiscount: '9.50' })]),
    [offer('p', { actions: [policy('COMBINE'), discount('PERCENT', '10')] })],
    context(),
  );
  expect([first(result).discount.toFixed(2), first(result).total.toFixed(2)]).toEqual(['0.50', '0.00']);
});

describe('REPLACE: the larger discount for the member, not both', () => {
  test('the offer gives more (3.00 > 2.00): the register discount is dropped', () => {
    const result = run(offer('p', { actions: [policy('REPLACE'), discount('PERCENT', '30')] }));
    expect([first(result).registerDiscount.toFixed(2), first(result).discount.toFixed(2), first(result).total.toFixed(2)]).toEqual(['0.00', '3.00', '7.00']);
  });

  test('the register gives more (2.00 > 1.00): the offer discount is dropped, and the explanation says where', () => {
    const result = run(offer('p', { actions: [policy('REPLACE'), discount('PERCENT', '10')] }));
    expect([first(result).registerDiscount.toFixed(2), first(result).discount.toFixed(2), first(result).total.toFixed(2)]).toEqual(['2.00', '0.00', '8.00']);
    expect(result.offers[0]).toMatchObject({ status: 'APPLIED', registerDiscountKept: [1] });
  });

  test('equal (2.00 = 2.00): the register discount stays', () => {
    const result = run(offer('p', { actions: [policy('REPLACE'), discount('PERCENT', '20')] }));
    expect([first(result).registerDiscount.toFixed(2), first(result).discount.toFixed(2)]).toEqual(['2.00', '0.00']);
  });

  test('a line the offer does not discount keeps the register discount', () => {
    const result = run(offer('p', { actions: [policy('REPLACE'), points('PERCENT', '5')] }));
    expect(first(result).registerDiscount.toFixed(2)).toBe('2.00');
  });
});

describe('discounted lines accrue or not', () => {
  const mixed = () => receipt([line('a', '10.00', 1, { registerDiscount: '2.00' }), line('b', '10.00')]);

  test('discountedLinesAccrue false: the register-discounted line earns nothing, the other earns', () => {
    const result = applyOffers(mixed(), [offer('p', { actions: [policy('ACCEPT', false), points('PERCENT', '5')] })], context());
    expect(result.lines.map((l) => [l.accrues, l.accrualRules.length])).toEqual([
      [false, 0],
      [true, 1],
    ]);
  });

  test('REPLACE that drops the register discount: the line is no longer register-discounted and accrues', () => {
    const result = applyOffers(mixed(), [offer('p', { actions: [policy('REPLACE', false), discount('PERCENT', '50'), points('PERCENT', '5')] })], context());
    expect(result.lines.map((l) => l.accrues)).toEqual([true, true]);
  });

  test('REPLACE that keeps the register discount: the line does not accrue', () => {
    const result = applyOffers(mixed(), [offer('p', { actions: [policy('REPLACE', false), discount('PERCENT', '5'), points('PERCENT', '5')] })], context());
    expect(result.lines.map((l) => l.accrues)).toEqual([false, true]);
  });
});

test('the policy is the first-ranked applying offer’s: REPLACE (priority 2) over COMBINE (priority 1) on a shared line', () => {
  const replace = offer('replace', { priority: 2, actions: [policy('REPLACE'), discount('PERCENT', '10')] });
  const combine = offer('combine', { priority: 1, actions: [policy('COMBINE'), discount('AMOUNT', '0.50')] });
  const result = run(replace, combine);
  // on 10.00: 1.00 + 0.50 = 1.50 < 2.00 → the register's discount is kept, the offers' dropped
  expect(first(result).registerPolicy).toBe('REPLACE');
  expect(totals(result)).toEqual(['8.00']);
});
