import { composeBalance, NO_TOTALS } from './balance';
import { type LotState, planDraws } from './lots';
import { amount } from './money';
import { placeSpends } from './replay';

const at = (day: number) => new Date(Date.UTC(2026, 0, 1 + day));
const lot = (id: string, remaining: string, effective: number, expires: number | null, activates = effective): LotState => ({
  id,
  remaining: amount(remaining),
  effectiveAt: at(effective),
  activatesAt: at(activates),
  expiresAt: expires === null ? null : at(expires),
});

describe('drawing lots', () => {
  const lots = [lot('never', '10', 0, null), lot('late', '10', 0, 30), lot('soon', '10', 1, 20), lot('pending', '10', 0, 40, 15)];

  test('expiring first: soonest expiry first, lots without expiry last, not-yet-active lots never', () => {
    expect(planDraws(lots, amount(25), at(5), 'EXPIRING_FIRST')?.map((d) => [d.lotId, d.amount.toFixed()])).toEqual([
      ['soon', '10'],
      ['late', '10'],
      ['never', '5'],
    ]);
    expect(planDraws(lots, amount('30.01'), at(5), 'EXPIRING_FIRST')).toBeNull();
  });

  test('oldest and newest first follow the accrual moment', () => {
    expect(planDraws(lots, amount(5), at(5), 'NEWEST_FIRST')?.[0]?.lotId).toBe('soon');
    expect(planDraws(lots, amount(5), at(5), 'OLDEST_FIRST')?.[0]?.lotId).not.toBe('soon');
  });

  test('expired lots never pay', () => {
    expect(planDraws([lot('old', '10', 0, 3)], amount(1), at(3), 'EXPIRING_FIRST')).toBeNull();
  });

  test('a recorded spend that a back-dated one would leave uncovered refuses the back-dated one', () => {
    const spends = [
      { operationId: 1n, memberId: 'm', amount: amount(8), effectiveAt: at(10) },
      { operationId: null, memberId: 'm', amount: amount(5), effectiveAt: at(5) },
    ];
    expect(() => placeSpends([lot('a', '10', 0, null)], spends, 'EXPIRING_FIRST')).toThrow(/later recorded spend/);
  });
});

test('the figures always satisfy totalAccrued = active + nonActivated + totalDeducted + expired', () => {
  const figures = composeBalance({
    totals: { accruedGross: amount(100), payments: amount(20), deductions: amount(5), expired: amount(10) },
    nonActivated: [amount(15)],
    expiring: [
      { remaining: amount(7), expiresAt: at(3) },
      { remaining: amount(3), expiresAt: at(3) },
      { remaining: amount(0), expiresAt: at(4) },
    ],
  });
  expect(figures.active.toFixed()).toBe('50');
  expect(figures.totalAccrued.toFixed()).toBe(figures.active.plus(figures.nonActivated).plus(figures.totalDeducted).plus(figures.expired).toFixed());
  expect(figures.toExpire.map((e) => e.amount.toFixed())).toEqual(['10']);
  expect(composeBalance({ totals: NO_TOTALS, nonActivated: [], expiring: [] }).active.toFixed()).toBe('0');
});
