import type { Stacking } from './definition';
import { applyOffers } from './evaluate';
import { appliedIds, context, dec, discount, discountsOf, line, offer, points, reasonOf, receipt, totals } from './test-support';

const EXCLUSIVE: Stacking = { mode: 'EXCLUSIVE', group: null };
const combinable = (group: string | null): Stacking => ({ mode: 'COMBINABLE', group });
const one = () => receipt([line('a', '10.00')]);
const explain = (offers: ReturnType<typeof offer>[], r = one(), ctx = context()) => applyOffers(r, offers, ctx, { explainRejections: true });

describe('stacking', () => {
  test('an EXCLUSIVE offer that wins a line is alone on it', () => {
    const exclusive = offer('exclusive', { priority: 5, stacking: EXCLUSIVE, actions: [discount('PERCENT', '10')] });
    const c1 = offer('c1', { priority: 2, actions: [discount('AMOUNT', '1.00')] });
    const c2 = offer('c2', { priority: 1, actions: [discount('AMOUNT', '1.00')] });
    const result = explain([exclusive, c1, c2]);
    expect(discountsOf(result)).toEqual(['exclusive:1.00']);
    expect(reasonOf(result, 'c1')).toMatchObject({ code: 'LOST_TO_OFFER', winnerOfferIds: ['exclusive'] });
  });

  test('COMBINABLE offers of the null group combine when they win', () => {
    const exclusive = offer('exclusive', { priority: 0, stacking: EXCLUSIVE, actions: [discount('PERCENT', '10')] });
    const c1 = offer('c1', { priority: 2, actions: [discount('AMOUNT', '1.00')] });
    const c2 = offer('c2', { priority: 1, actions: [discount('AMOUNT', '1.00')] });
    const result = explain([exclusive, c1, c2]);
    expect(discountsOf(result)).toEqual(['c1:1.00 c2:1.00']);
    expect(reasonOf(result, 'exclusive')).toMatchObject({ code: 'LOST_TO_OFFER', winnerOfferIds: ['c1'] });
  });

  test('COMBINABLE offers of different groups do not combine; the null group is a group of its own', () => {
    const g1 = offer('g1', { priority: 3, stacking: combinable('g1'), actions: [discount('AMOUNT', '1.00')] });
    const g1b = offer('g1b', { priority: 1, stacking: combinable('g1'), actions: [discount('AMOUNT', '1.00')] });
    const g2 = offer('g2', { priority: 2, stacking: combinable('g2'), actions: [discount('AMOUNT', '1.00')] });
    const none = offer('none', { priority: 4, stacking: combinable(null), actions: [discount('AMOUNT', '1.00')] });
    expect(appliedIds(explain([g1, g1b, g2]))).toEqual(['g1', 'g1b']);
    expect(appliedIds(explain([g1, g1b, g2, none]))).toEqual(['none']);
  });

  test('two EXCLUSIVE offers: one of them', () => {
    const a = offer('a', { priority: 1, stacking: EXCLUSIVE, actions: [discount('AMOUNT', '1.00')] });
    const b = offer('b', { priority: 2, stacking: EXCLUSIVE, actions: [discount('AMOUNT', '2.00')] });
    expect(appliedIds(explain([a, b]))).toEqual(['b']);
  });

  test('contests are per line: an exclusive offer on one SKU does not stop a combinable one on the others', () => {
    const r = receipt([line('milk', '2.00'), line('bread', '3.00')]);
    const milk = offer('milk', {
      priority: 5,
      stacking: EXCLUSIVE,
      filters: { products: { include: [{ sku: 'milk' }], exclude: null } },
      actions: [discount('PERCENT', '50')],
    });
    const all = offer('all', { priority: 1, actions: [discount('PERCENT', '10')] });
    const result = explain([milk, all], r);
    expect(discountsOf(result)).toEqual(['milk:1.00', 'all:0.30']);
    expect(result.offers.find((o) => o.offerId === 'all')).toMatchObject({
      status: 'APPLIED',
      lineNos: [2],
      lostLines: [{ lineNo: 1, winnerOfferId: 'milk' }],
    });
  });

  test('a RECEIPT-scope amount spreads only over the lines its offer won', () => {
    const r = receipt([line('milk', '10.00'), line('bread', '10.00')]);
    const milk = offer('milk', {
      priority: 5,
      stacking: EXCLUSIVE,
      filters: { products: { include: [{ sku: 'milk' }], exclude: null } },
      actions: [discount('PERCENT', '10')],
    });
    const amount = offer('amount', { priority: 1, actions: [discount('AMOUNT', '3.00', { scope: 'RECEIPT' })] });
    expect(discountsOf(explain([milk, amount], r))).toEqual(['milk:1.00', 'amount:3.00']);
  });
});

describe('competition', () => {
  const small = (competition: 'PRIORITY' | 'BEST_FOR_MEMBER') =>
    offer('small', { priority: 10, stacking: EXCLUSIVE, competition, actions: [discount('PERCENT', '5')] });
  const big = offer('big', { priority: 1, stacking: EXCLUSIVE, competition: 'PRIORITY', actions: [discount('PERCENT', '20')] });

  test('PRIORITY: the highest priority takes the line, even when it gives less', () => {
    expect(discountsOf(explain([small('PRIORITY'), big]))).toEqual(['small:0.50']);
  });

  test('BEST_FOR_MEMBER (said by the highest-ranked contender): the one worth most takes it', () => {
    const result = explain([small('BEST_FOR_MEMBER'), big]);
    expect(discountsOf(result)).toEqual(['big:2.00']);
    expect(reasonOf(result, 'small')).toMatchObject({ code: 'LOST_TO_OFFER', winnerOfferIds: ['big'] });
  });

  test('a lower-ranked BEST_FOR_MEMBER offer cannot override a higher PRIORITY one', () => {
    const bestLow = offer('best-low', { priority: 1, stacking: EXCLUSIVE, competition: 'BEST_FOR_MEMBER', actions: [discount('PERCENT', '50')] });
    expect(appliedIds(explain([small('PRIORITY'), bestLow]))).toEqual(['small']);
  });

  test('equal worth: rank decides (priority, then offer id)', () => {
    const a = offer('a', { priority: 1, stacking: EXCLUSIVE, competition: 'BEST_FOR_MEMBER', actions: [discount('AMOUNT', '1.00')] });
    const b = offer('b', { priority: 1, stacking: EXCLUSIVE, competition: 'BEST_FOR_MEMBER', actions: [discount('AMOUNT', '1.00')] });
    expect(appliedIds(explain([b, a]))).toEqual(['a']);
  });

  test('a combinable bundle is worth what its offers give together', () => {
    const c1 = offer('c1', { priority: 5, competition: 'BEST_FOR_MEMBER', actions: [discount('PERCENT', '5')] });
    const c2 = offer('c2', { priority: 4, actions: [discount('PERCENT', '5')] });
    const nine = offer('nine', { priority: 1, stacking: EXCLUSIVE, actions: [discount('PERCENT', '9')] });
    // 0.50 + 0.48 = 0.98 > 0.90
    expect(discountsOf(explain([c1, c2, nine]))).toEqual(['c1:0.50 c2:0.48']);
    const eleven = offer('nine', { priority: 1, stacking: EXCLUSIVE, actions: [discount('PERCENT', '11')] });
    expect(discountsOf(explain([c1, c2, eleven]))).toEqual(['nine:1.10']);
  });

  describe('points against money: bonus units × the currency exchange rate', () => {
    // 10 % off 10.00 is worth 1.00; 15 % in points on 10.00 is 1.50 units
    const money = offer('money', { priority: 2, stacking: EXCLUSIVE, competition: 'BEST_FOR_MEMBER', actions: [discount('PERCENT', '10')] });
    const bonus = offer('bonus', { priority: 1, stacking: EXCLUSIVE, actions: [points('PERCENT', '15')] });

    test('a point worth 1.00: 1.50 in points beats 1.00 off', () => {
      expect(appliedIds(explain([money, bonus], one(), context({ exchangeRates: new Map([['PTS', dec(1)]]) })))).toEqual(['bonus']);
    });

    test('a point worth 0.50: 1.50 points are worth 0.75, less than 1.00 off', () => {
      expect(appliedIds(explain([money, bonus], one(), context({ exchangeRates: new Map([['PTS', dec('0.5')]]) })))).toEqual(['money']);
    });

    test('a percent in another currency is what the receipt currency’s units are worth in it, and counts at its rate', () => {
      const miles = offer('bonus', { priority: 1, stacking: EXCLUSIVE, actions: [points('PERCENT', '15', { currency: 'MILES' })] });
      const rates = (pts: string) =>
        new Map([
          ['PTS', dec(pts)],
          ['MILES', dec('0.7')],
        ]);
      // 15 % of 10.00 is 1.50 points worth 1.50: 2.14 miles, worth 1.49, more than 1.00 off.
      expect(appliedIds(explain([money, miles], one(), context({ exchangeRates: rates('1') })))).toEqual(['bonus']);
      // Points worth 0.01: 1.50 of them are worth 0.015, 0.02 miles: less than 1.00 off.
      expect(appliedIds(explain([money, miles], one(), context({ exchangeRates: rates('0.01') })))).toEqual(['money']);
    });

    test('a MULTIPLIER is worth (value − 1) × the base percent: 3× of 1 % on 10.00 = 0.20 units', () => {
      const triple = offer('triple', { priority: 1, stacking: EXCLUSIVE, actions: [points('MULTIPLIER', '3')] });
      const quarter = offer('quarter', { priority: 2, stacking: EXCLUSIVE, competition: 'BEST_FOR_MEMBER', actions: [discount('AMOUNT', '0.19')] });
      expect(appliedIds(explain([quarter, triple]))).toEqual(['triple']);
      const fifth = offer('quarter', { priority: 2, stacking: EXCLUSIVE, competition: 'BEST_FOR_MEMBER', actions: [discount('AMOUNT', '0.21')] });
      expect(appliedIds(explain([fifth, triple]))).toEqual(['quarter']);
    });
  });

  test('worth is judged per line: each line may go to a different offer', () => {
    const r = receipt([line('cheap', '1.00'), line('dear', '100.00')]);
    const amount = offer('amount', { priority: 2, stacking: EXCLUSIVE, competition: 'BEST_FOR_MEMBER', actions: [discount('AMOUNT', '2.00')] });
    const percent = offer('percent', { priority: 1, stacking: EXCLUSIVE, actions: [discount('PERCENT', '10')] });
    const result = explain([amount, percent], r);
    expect(discountsOf(result)).toEqual(['amount:1.00', 'percent:10.00']);
    expect(totals(result)).toEqual(['0.00', '90.00']);
  });
});

describe('best for the member without a member', () => {
  test('bonuses are worth nothing on a receipt nobody earns them on: the discount wins there, the bonuses with a member', () => {
    const tenOff = offer('ten-off', { priority: 1, competition: 'BEST_FOR_MEMBER', actions: [discount('PERCENT', '10')] });
    const twentyPoints = offer('twenty-points', { priority: 2, competition: 'BEST_FOR_MEMBER', stacking: EXCLUSIVE, actions: [points('PERCENT', '20')] });
    expect(appliedIds(explain([tenOff, twentyPoints], one(), context({ member: null })))).toEqual(['ten-off']);
    expect(appliedIds(explain([tenOff, twentyPoints]))).toEqual(['twenty-points']);
  });
});
