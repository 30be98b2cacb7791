import { applyOffers } from './evaluate';
import { withinHours } from './filters';
import { context, dec, discount, line, offer, reasonOf, receipt } from './test-support';

const tenOff = discount('PERCENT', '10');
const oneLine = receipt([line('tea', '10.00')]);

function verdict(rule: ReturnType<typeof offer>, r = oneLine, ctx = context()) {
  const result = reasonOf(applyOffers(r, [rule], ctx, { explainRejections: true }), rule.offerId);
  return typeof result === 'object' ? result.code : result;
}

describe('period: local wall clock, start inclusive, end exclusive', () => {
  const timed = offer('timed', { startsAt: '2025-03-05T12:00', endsAt: '2025-03-05T18:00', actions: [tenOff] });
  test.each([
    ['2025-03-05T11:59', 'OUTSIDE_PERIOD'],
    ['2025-03-05T12:00', 'APPLIED'],
    ['2025-03-05T17:59', 'APPLIED'],
    ['2025-03-05T18:00', 'OUTSIDE_PERIOD'],
  ])('at %s: %s', (localTime, expected) => {
    expect(verdict(timed, receipt([line('tea', '10.00')], { localTime }))).toBe(expected);
  });

  test('open bounds do not limit', () => {
    expect(verdict(offer('open', { startsAt: null, endsAt: '2025-03-05T12:01', actions: [tenOff] }))).toBe('APPLIED');
    expect(verdict(offer('open', { startsAt: '2025-03-05T12:00', endsAt: null, actions: [tenOff] }))).toBe('APPLIED');
  });
});

describe('hours: from inclusive, to exclusive, to before from spans midnight', () => {
  const night = offer('night', { filters: { hours: { from: '22:00', to: '06:00' } }, actions: [tenOff] });
  test.each([
    ['2025-03-05T21:59', 'HOURS'],
    ['2025-03-05T22:00', 'APPLIED'],
    ['2025-03-05T23:59', 'APPLIED'],
    ['2025-03-05T00:00', 'APPLIED'],
    ['2025-03-05T05:59', 'APPLIED'],
    ['2025-03-05T06:00', 'HOURS'],
    ['2025-03-05T12:00', 'HOURS'],
  ])('night window at %s: %s', (localTime, expected) => {
    expect(verdict(night, receipt([line('tea', '10.00')], { localTime }))).toBe(expected);
  });

  test('a day window: 09:00 in, 17:00 out', () => {
    const day = { from: 9 * 60, to: 17 * 60 };
    expect([8 * 60 + 59, 9 * 60, 16 * 60 + 59, 17 * 60].map((m) => withinHours(m, day))).toEqual([false, true, true, false]);
  });

  test('from = to is the whole day', () => {
    expect(withinHours(0, { from: 600, to: 600 })).toBe(true);
    expect(withinHours(1439, { from: 600, to: 600 })).toBe(true);
  });
});

describe('days of week: ISO 1–7 on the register date', () => {
  const weekend = offer('weekend', { filters: { daysOfWeek: [6, 7] }, actions: [tenOff] });
  test.each([
    ['2025-03-07T23:59', 'DAY_OF_WEEK'], // Friday
    ['2025-03-08T00:00', 'APPLIED'], // Saturday
    ['2025-03-09T23:59', 'APPLIED'], // Sunday = 7
    ['2025-03-10T00:00', 'DAY_OF_WEEK'], // Monday = 1
  ])('%s: %s', (localTime, expected) => {
    expect(verdict(weekend, receipt([line('tea', '10.00')], { localTime }))).toBe(expected);
  });

  test('Monday is 1', () => {
    expect(
      verdict(offer('monday', { filters: { daysOfWeek: [1] }, actions: [tenOff] }), receipt([line('tea', '10.00')], { localTime: '2025-03-10T09:00' })),
    ).toBe('APPLIED');
  });
});

describe('receipt-level filters', () => {
  test('points of sale: include list and exclude list', () => {
    expect(verdict(offer('in', { filters: { pointsOfSale: { include: ['store-1'], exclude: null } }, actions: [tenOff] }))).toBe('APPLIED');
    expect(verdict(offer('other', { filters: { pointsOfSale: { include: ['store-2'], exclude: null } }, actions: [tenOff] }))).toBe('POINT_OF_SALE');
    expect(verdict(offer('ex', { filters: { pointsOfSale: { include: null, exclude: ['store-1'] } }, actions: [tenOff] }))).toBe('POINT_OF_SALE');
  });

  test('channel', () => {
    expect(verdict(offer('online', { filters: { channels: ['ONLINE', 'MOBILE'] }, actions: [tenOff] }))).toBe('CHANNEL');
    expect(verdict(offer('pos', { filters: { channels: ['POS'] }, actions: [tenOff] }))).toBe('APPLIED');
  });

  test('members only: an anonymous receipt is refused, a member one passes', () => {
    const members = offer('members', { filters: { membersOnly: true }, actions: [tenOff] });
    expect(verdict(members, oneLine, context({ member: null }))).toBe('MEMBERS_ONLY');
    expect(verdict(members)).toBe('APPLIED');
  });

  test('audience: the member must be in one of them; anonymous is in none', () => {
    expect(verdict(offer('a', { filters: { audienceIds: ['vip', 'regulars'] }, actions: [tenOff] }))).toBe('APPLIED');
    expect(verdict(offer('a', { filters: { audienceIds: ['vip'] }, actions: [tenOff] }))).toBe('AUDIENCE');
    expect(verdict(offer('a', { filters: { audienceIds: ['regulars'] }, actions: [tenOff] }), oneLine, context({ member: null }))).toBe('AUDIENCE');
  });

  test('member state and purchase ordinal', () => {
    expect(verdict(offer('s', { filters: { memberStates: ['REGISTERED'] }, actions: [tenOff] }))).toBe('APPLIED');
    expect(verdict(offer('s', { filters: { memberStates: ['ANONYMOUS_CARD'] }, actions: [tenOff] }))).toBe('MEMBER_STATE');
    expect(verdict(offer('first', { filters: { purchaseOrdinal: 1 }, actions: [tenOff] }))).toBe('PURCHASE_ORDINAL');
    expect(verdict(offer('third', { filters: { purchaseOrdinal: 3 }, actions: [tenOff] }))).toBe('APPLIED');
  });

  test('coupon required: only with its coupon presented', () => {
    const coupon = offer('coupon', { filters: { couponRequired: true }, actions: [tenOff] });
    expect(verdict(coupon)).toBe('COUPON_REQUIRED');
    expect(verdict(coupon, oneLine, context({ couponOfferIds: new Set(['other']) }))).toBe('COUPON_REQUIRED');
    expect(verdict(coupon, oneLine, context({ couponOfferIds: new Set(['coupon']) }))).toBe('APPLIED');
  });

  test('currency of the receipt', () => {
    expect(verdict(offer('miles', { filters: { currency: 'MILES' }, actions: [tenOff] }))).toBe('CURRENCY');
    expect(verdict(offer('pts', { filters: { currency: 'PTS' }, actions: [tenOff] }))).toBe('APPLIED');
  });

  test('a spent budget: zero left refuses, a cent left applies', () => {
    const budgeted = offer('budgeted', { actions: [tenOff] });
    expect(verdict(budgeted, oneLine, context({ budgetLeft: new Map([['budgeted', dec('0')]]) }))).toBe('BUDGET_SPENT');
    expect(verdict(budgeted, oneLine, context({ budgetLeft: new Map([['budgeted', dec('0.01')]]) }))).toBe('APPLIED');
  });

  test('the first failing filter is the one reported (period before hours before coupon)', () => {
    const many = offer('many', { endsAt: '2025-01-01T00:00', filters: { hours: { from: '01:00', to: '02:00' }, couponRequired: true }, actions: [tenOff] });
    expect(verdict(many)).toBe('OUTSIDE_PERIOD');
    expect(verdict({ ...many, endsAt: null })).toBe('HOURS');
  });
});

describe('products: include any, exclude none', () => {
  const lines = receipt([
    line('espresso', '10.00', 1, { categoryPath: ['drinks', 'coffee', 'beans'], brand: 'lavazza' }),
    line('green', '10.00', 1, { categoryPath: ['drinks', 'tea'], brand: 'twinings' }),
    line('bread', '10.00', 1, { categoryPath: ['bakery'], brand: null }),
  ]);
  const linesOf = (rule: ReturnType<typeof offer>, ctx = context()) =>
    applyOffers(lines, [rule], ctx)
      .lines.filter((l) => l.discounts.length > 0)
      .map((l) => l.sku);

  test('by SKU', () => {
    expect(linesOf(offer('o', { filters: { products: { include: [{ sku: 'green' }], exclude: null } }, actions: [tenOff] }))).toEqual(['green']);
  });

  test('a category matches itself and everything under it, at any level of the path', () => {
    expect(linesOf(offer('o', { filters: { products: { include: [{ category: 'drinks' }], exclude: null } }, actions: [tenOff] }))).toEqual([
      'espresso',
      'green',
    ]);
    expect(linesOf(offer('o', { filters: { products: { include: [{ category: 'coffee' }], exclude: null } }, actions: [tenOff] }))).toEqual(['espresso']);
    expect(linesOf(offer('o', { filters: { products: { include: [{ category: 'beans' }], exclude: null } }, actions: [tenOff] }))).toEqual(['espresso']);
  });

  test('by brand; a line without a brand matches no brand', () => {
    expect(linesOf(offer('o', { filters: { products: { include: [{ brand: 'twinings' }], exclude: null } }, actions: [tenOff] }))).toEqual(['green']);
  });

  test('exclude wins over include', () => {
    const rule = offer('o', { filters: { products: { include: [{ category: 'drinks' }], exclude: [{ brand: 'lavazza' }] } }, actions: [tenOff] });
    expect(linesOf(rule)).toEqual(['green']);
    expect(linesOf(offer('o', { filters: { products: { include: null, exclude: [{ category: 'tea' }] } }, actions: [tenOff] }))).toEqual(['espresso', 'bread']);
  });

  test('product lists, nested lists, an unknown list, a cycle', () => {
    const productLists = new Map([
      ['breakfast', [{ sku: 'bread' }, { productListId: 'hot' }]],
      ['hot', [{ category: 'coffee' }, { productListId: 'breakfast' }]],
    ]);
    const ctx = context({ productLists });
    expect(linesOf(offer('o', { filters: { products: { include: [{ productListId: 'breakfast' }], exclude: null } }, actions: [tenOff] }), ctx)).toEqual([
      'espresso',
      'bread',
    ]);
    expect(linesOf(offer('o', { filters: { products: { include: null, exclude: [{ productListId: 'hot' }] } }, actions: [tenOff] }), ctx)).toEqual(['green']);
    expect(linesOf(offer('o', { filters: { products: { include: [{ productListId: 'nope' }], exclude: null } }, actions: [tenOff] }), ctx)).toEqual([]);
  });

  test('no qualifying line is a reason of its own', () => {
    const rule = offer('o', { filters: { products: { include: [{ sku: 'caviar' }], exclude: null } }, actions: [tenOff] });
    expect(reasonOf(applyOffers(lines, [rule], context(), { explainRejections: true }), 'o')).toMatchObject({ code: 'NO_QUALIFYING_LINES' });
  });
});

describe('minimum total and quantity of the qualifying lines', () => {
  const r = receipt([
    line('a', '12.00', 1, { categoryPath: ['x'], registerDiscount: '2.00' }),
    line('b', '10.00', 2, { categoryPath: ['x'] }),
    line('c', '99.00', 1, { categoryPath: ['y'] }),
  ]);
  const onX = { products: { include: [{ category: 'x' }], exclude: null } };

  test('the total is the qualifying lines after the register discount: 10 + 20 = 30 reaches 30.00, not 30.01', () => {
    expect(verdict(offer('o', { filters: { ...onX, minTotal: '30.00' }, actions: [tenOff] }), r)).toBe('APPLIED');
    expect(verdict(offer('o', { filters: { ...onX, minTotal: '30.01' }, actions: [tenOff] }), r)).toBe('MIN_TOTAL');
  });

  test('the quantity: 1 + 2 = 3 reaches 3, not 3.5', () => {
    expect(verdict(offer('o', { filters: { ...onX, minQuantity: '3' }, actions: [tenOff] }), r)).toBe('APPLIED');
    expect(verdict(offer('o', { filters: { ...onX, minQuantity: '3.5' }, actions: [tenOff] }), r)).toBe('MIN_QUANTITY');
  });
});

describe('what is not evaluated', () => {
  test('offers of other events are ignored entirely', () => {
    const birthday = offer('birthday', { event: { kind: 'BIRTHDAY', daysBefore: 0, windowDays: 3 }, actions: [tenOff] });
    const result = applyOffers(oneLine, [birthday], context(), { explainRejections: true });
    expect(result.offers).toEqual([]);
    expect(result.lines[0]?.total.toFixed(2)).toBe('10.00');
  });

  test('an offer the engine cannot read is reported INVALID_OFFER and never applied', () => {
    const broken = offer('broken', { actions: [discount('PERCENT', '120')] });
    const fine = offer('fine', { actions: [tenOff] });
    const result = applyOffers(oneLine, [broken, fine], context(), { explainRejections: true });
    expect(reasonOf(result, 'broken')).toMatchObject({ code: 'INVALID_OFFER' });
    expect(reasonOf(result, 'fine')).toBe('APPLIED');
  });

  test('rejections are listed only on request', () => {
    const rule = offer('o', { filters: { couponRequired: true }, actions: [tenOff] });
    expect(applyOffers(oneLine, [rule], context()).offers).toEqual([]);
  });
});
