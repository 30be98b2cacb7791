import { applyOffers } from './evaluate';
import { context, discount, discountsOf, line, offer, receipt, totals } from './test-support';

const apply = (lines: ReturnType<typeof line>[], ...offers: ReturnType<typeof offer>[]) => applyOffers(receipt(lines), offers, context());

describe('PERCENT', () => {
  test('per line: the discount rounds up to the cent (the price left rounds down)', () => {
    const result = apply([line('a', '9.99'), line('b', '3.33', 3)], offer('p', { actions: [discount('PERCENT', '15')] }));
    // 15 % of 9.99 = 1.4985 → 1.50; 15 % of 9.99 (3 × 3.33) → 1.50
    expect(discountsOf(result)).toEqual(['p:1.50', 'p:1.50']);
    expect(totals(result)).toEqual(['8.49', '8.49']);
  });

  test('once per receipt: computed on the qualifying total, spread by value with exact cents', () => {
    const lines = [line('a', '3.33'), line('b', '3.33'), line('c', '3.34')];
    const perReceipt = apply(lines, offer('p', { actions: [discount('PERCENT', '10', { scope: 'RECEIPT' })] }));
    expect(discountsOf(perReceipt)).toEqual(['p:0.33', 'p:0.33', 'p:0.34']);
    expect(perReceipt.discount.toFixed(2)).toBe('1.00');
    // the same percent per line rounds up on each line: 0.34 × 3
    const perLine = apply(lines, offer('p', { actions: [discount('PERCENT', '10')] }));
    expect(perLine.discount.toFixed(2)).toBe('1.02');
  });

  test('100 % takes the line to zero, never below', () => {
    expect(totals(apply([line('a', '4.99', 3)], offer('p', { actions: [discount('PERCENT', '100')] })))).toEqual(['0.00']);
  });
});

describe('AMOUNT', () => {
  test('per line: the amount off each qualifying line, at most the line', () => {
    const result = apply([line('a', '10.00'), line('b', '1.50')], offer('m', { actions: [discount('AMOUNT', '2.00')] }));
    expect(discountsOf(result)).toEqual(['m:2.00', 'm:1.50']);
    expect(totals(result)).toEqual(['8.00', '0.00']);
  });

  test('once per receipt: spread over the qualifying lines by value', () => {
    const result = apply([line('a', '10.00'), line('b', '30.00')], offer('m', { actions: [discount('AMOUNT', '5.00', { scope: 'RECEIPT' })] }));
    expect(discountsOf(result)).toEqual(['m:1.25', 'm:3.75']);
  });

  test('once per receipt, larger than the lines: the lines go to zero and no further', () => {
    const result = apply([line('a', '1.00'), line('b', '2.00')], offer('m', { actions: [discount('AMOUNT', '50.00', { scope: 'RECEIPT' })] }));
    expect(totals(result)).toEqual(['0.00', '0.00']);
    expect(result.discount.toFixed(2)).toBe('3.00');
  });
});

describe('FIXED_PRICE per unit', () => {
  test('lowers the price to the fixed one, never raises it', () => {
    const result = apply([line('dear', '3.49', 3), line('cheap', '1.99', 2)], offer('f', { actions: [discount('FIXED_PRICE', '2.99')] }));
    expect(discountsOf(result)).toEqual(['f:1.50', '']);
    expect(totals(result)).toEqual(['8.97', '3.98']);
  });

  test('by weight: the fixed price × the weight, rounded down to the cent', () => {
    // 19.99 × 0.455 = 9.09545 → 9.09; 8.00 × 0.455 = 3.64
    const result = apply([line('cheese', '19.99', '0.455')], offer('f', { actions: [discount('FIXED_PRICE', '8.00')] }));
    expect(totals(result)).toEqual(['3.64']);
    expect(discountsOf(result)).toEqual(['f:5.45']);
  });
});

describe('N_FOR_M', () => {
  const threeForTwo = (scope: 'LINE' | 'RECEIPT') => offer('n', { actions: [discount('N_FOR_M', null, { n: 3, m: 2, scope })] });

  test('per line: of every 3 units 1 is free; 7 units → 2 free, 2 units → none', () => {
    const result = apply([line('a', '1.00', 7), line('b', '5.00', 2)], threeForTwo('LINE'));
    expect(discountsOf(result)).toEqual(['n:2.00', '']);
    expect(totals(result)).toEqual(['5.00', '10.00']);
  });

  test('per line, a unit price that does not split evenly: the free unit rounds up to the cent', () => {
    // 3 × 3.33 = 9.99: one free unit is 3.33
    expect(discountsOf(apply([line('a', '3.33', 3)], threeForTwo('LINE')))).toEqual(['n:3.33']);
  });

  test('over the lines together: the cheapest units are free, their value spread over all qualifying units by value', () => {
    // 6 units: 2 × 5.00, 2 × 3.00, 2 × 1.00 → 2 free, both of the 1.00 units: 2.00 spread over 10 / 6 / 2
    const result = apply([line('a', '5.00', 2), line('b', '3.00', 2), line('c', '1.00', 2)], threeForTwo('RECEIPT'));
    expect(discountsOf(result)).toEqual(['n:1.11', 'n:0.67', 'n:0.22']);
    expect(result.discount.toFixed(2)).toBe('2.00');
  });

  test('over the lines together: 5 units give 1 free unit, the cheapest', () => {
    const result = apply([line('a', '5.00', 2), line('b', '3.00', 1), line('c', '1.00', 2)], threeForTwo('RECEIPT'));
    expect(result.discount.toFixed(2)).toBe('1.00');
    expect(discountsOf(result)).toEqual(['n:0.67', 'n:0.20', 'n:0.13']);
  });

  test('weights count whole units only', () => {
    expect(discountsOf(apply([line('apples', '2.00', '2.9')], threeForTwo('LINE')))).toEqual(['']);
    // 3.5 kg: 3 whole units, one free at the line's unit price 7.00 / 3.5 = 2.00
    expect(discountsOf(apply([line('apples', '2.00', '3.5')], threeForTwo('LINE')))).toEqual(['n:2.00']);
  });
});

describe('rounding correction, in the member favour', () => {
  test('UNIT_PRICE: each discounted unit price down to the step; the difference is more discount', () => {
    // 3 × 3.99 = 11.97; 10 % → 1.20 → 10.77 = 3.59 a unit → 3.50 a unit → 10.50: rounding 0.27
    const tenth = offer('r', { actions: [discount('PERCENT', '10', { rounding: { step: '0.10', of: 'UNIT_PRICE' } })] });
    const result = apply([line('a', '3.99', 3)], tenth);
    expect(totals(result)).toEqual(['10.50']);
    expect(result.lines[0]?.discounts[0]?.rounding.toFixed(2)).toBe('0.27');
    expect(result.lines[0]?.discounts[0]?.amount.toFixed(2)).toBe('1.47');
    // a step of 0.05: 3.55 a unit → 10.65
    const twentieth = offer('r', { actions: [discount('PERCENT', '10', { rounding: { step: '0.05', of: 'UNIT_PRICE' } })] });
    expect(totals(apply([line('a', '3.99', 3)], twentieth))).toEqual(['10.65']);
  });

  test('UNIT_PRICE by weight: 0.455 kg of 19.99 less 10 % = 8.18 (17.978/kg) → 17.00/kg → 7.73', () => {
    const result = apply(
      [line('cheese', '19.99', '0.455')],
      offer('r', { actions: [discount('PERCENT', '10', { rounding: { step: '1.00', of: 'UNIT_PRICE' } })] }),
    );
    expect(totals(result)).toEqual(['7.73']);
    expect(result.lines[0]?.discounts[0]?.rounding.toFixed(2)).toBe('0.45');
  });

  test('RECEIPT_TOTAL: the qualifying total down to the step, the difference spread by value', () => {
    // 5 % of 10.00 → 9.50 → 9.00: the 0.50 correction over 3.16 / 3.17 / 3.17
    const result = apply(
      [line('a', '3.33'), line('b', '3.33'), line('c', '3.34')],
      offer('r', { actions: [discount('PERCENT', '5', { scope: 'RECEIPT', rounding: { step: '1.00', of: 'RECEIPT_TOTAL' } })] }),
    );
    expect(result.total.toFixed(2)).toBe('9.00');
    expect(totals(result)).toEqual(['3.00', '3.00', '3.00']);
    expect(result.lines.map((l) => l.discounts[0]?.rounding.toFixed(2))).toEqual(['0.16', '0.17', '0.17']);
  });

  test('a step larger than the price takes it to zero, never below', () => {
    const result = apply([line('gum', '0.30')], offer('r', { actions: [discount('PERCENT', '10', { rounding: { step: '0.50', of: 'UNIT_PRICE' } })] }));
    expect(totals(result)).toEqual(['0.00']);
  });

  test('no rounding where the action discounted nothing', () => {
    const result = apply(
      [line('cheap', '1.99', 2)],
      offer('r', { actions: [discount('FIXED_PRICE', '2.99', { rounding: { step: '1.00', of: 'UNIT_PRICE' } })] }),
    );
    expect(totals(result)).toEqual(['3.98']);
  });
});

describe('order: discounts apply in priority order, each on the price the previous left', () => {
  test('10 % then 1.00 off, or 1.00 off then 10 %', () => {
    const percent = (priority: number) => offer('percent', { priority, actions: [discount('PERCENT', '10')] });
    const amount = (priority: number) => offer('amount', { priority, actions: [discount('AMOUNT', '1.00')] });
    expect(totals(apply([line('a', '10.00')], percent(2), amount(1)))).toEqual(['8.00']);
    expect(totals(apply([line('a', '10.00')], percent(1), amount(2)))).toEqual(['8.10']);
    expect(discountsOf(apply([line('a', '10.00')], percent(1), amount(2)))).toEqual(['amount:1.00 percent:0.90']);
  });

  test('actions of one offer apply in their order too', () => {
    const both = offer('both', { actions: [discount('AMOUNT', '1.00'), discount('PERCENT', '50')] });
    expect(totals(apply([line('a', '10.00')], both))).toEqual(['4.50']);
  });

  test('stacked discounts stop at zero', () => {
    const big = offer('big', { priority: 2, actions: [discount('AMOUNT', '8.00')] });
    const more = offer('more', { priority: 1, actions: [discount('AMOUNT', '5.00')] });
    const result = apply([line('a', '10.00')], big, more);
    expect(totals(result)).toEqual(['0.00']);
    expect(discountsOf(result)).toEqual(['big:8.00 more:2.00']);
  });
});
