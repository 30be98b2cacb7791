import { EARLIEST_HISTORY_START } from '../../../infra/time/history-bounds';
import { describeRefusal, judgeLimit, type LimitRule, limitDefinitionProblems, periodStart } from './limits';
import { amount } from './money';

const hard: LimitRule = { id: 'l1', name: 'daily accrual', metric: 'CARD_ACCRUED', period: 'DAY', alertAt: null, refuseAbove: amount(100) };
const soft: LimitRule = { ...hard, alertAt: amount(80) };

describe('judgeLimit', () => {
  test('a hard limit lets the measure reach its boundary and refuses crossing it', () => {
    expect(judgeLimit(hard, amount(60), amount(40)).kind).toBe('PASS');
    expect(judgeLimit(hard, amount(60), amount('40.01'))).toMatchObject({ kind: 'REFUSE', boundary: amount(100) });
  });

  test('a soft limit alerts on every operation that lands in its range, and refuses above it', () => {
    expect(judgeLimit(soft, amount(70), amount('9.99')).kind).toBe('PASS');
    expect(judgeLimit(soft, amount(70), amount(10))).toMatchObject({ kind: 'ALERT', boundary: amount(80) });
    expect(judgeLimit(soft, amount(80), amount(5))).toMatchObject({ kind: 'ALERT', value: amount(85) });
    expect(judgeLimit(soft, amount(95), amount(5))).toMatchObject({ kind: 'ALERT', value: amount(100) });
    expect(judgeLimit(soft, amount(95), amount(6)).kind).toBe('REFUSE');
  });

  test('an operation adding nothing (or lowering the measure) never trips a limit, even above it', () => {
    expect(judgeLimit(hard, amount(150), amount(0)).kind).toBe('PASS');
    expect(judgeLimit(hard, amount(150), amount(-20)).kind).toBe('PASS');
  });
});

test('periods are rolling windows ending at the operation; TOTAL and none count from the beginning', () => {
  const now = new Date('2026-11-23T12:00:00Z');
  expect(periodStart('HOUR', now).toISOString()).toBe('2026-11-23T11:00:00.000Z');
  expect(periodStart('DAY', now).toISOString()).toBe('2026-11-22T12:00:00.000Z');
  expect(periodStart('WEEK', now).toISOString()).toBe('2026-11-16T12:00:00.000Z');
  expect(periodStart('MONTH', now).toISOString()).toBe('2026-10-24T12:00:00.000Z');
  // Before any history start a company may set.
  for (const period of ['TOTAL', null] as const) expect(periodStart(period, now).getTime()).toBeLessThan(EARLIEST_HISTORY_START.getTime());
});

test('a refusal names the limit, what it measures, its period and boundary', () => {
  expect(describeRefusal(hard, amount('100.5'), amount(100))).toBe(
    'Limit "daily accrual" (CARD_ACCRUED: bonuses accrued to a card per day, at most 100.00) would be exceeded: 100.50',
  );
  const count: LimitRule = { ...hard, name: 'busy till', metric: 'POINT_OF_SALE_PURCHASES', period: 'HOUR', refuseAbove: amount(3) };
  expect(describeRefusal(count, amount(4), amount(3))).toContain('at most 3) would be exceeded: 4');
});

test('definitions: periods where they belong, whole counts, alert below refusal, no subject on card limits', () => {
  const base = { alertAt: null, refuseAbove: amount(10), subjectId: null };
  expect(limitDefinitionProblems({ ...base, metric: 'CARD_ACCRUED', period: 'DAY' })).toEqual([]);
  expect(limitDefinitionProblems({ ...base, metric: 'CARD_ACCRUED', period: null }).map((p) => p.field)).toEqual(['period']);
  expect(limitDefinitionProblems({ ...base, metric: 'CARD_MAX_BALANCE', period: 'DAY' }).map((p) => p.field)).toEqual(['period']);
  expect(limitDefinitionProblems({ ...base, metric: 'POINT_OF_SALE_PURCHASES', period: 'DAY', refuseAbove: amount('2.5') }).map((p) => p.field)).toEqual([
    'refuseAbove',
  ]);
  expect(limitDefinitionProblems({ ...base, metric: 'CARD_ACCRUED', period: 'DAY', alertAt: amount(11) }).map((p) => p.field)).toEqual(['alertAt']);
  expect(limitDefinitionProblems({ ...base, metric: 'CARD_ACCRUED', period: 'DAY', refuseAbove: amount(-1) }).map((p) => p.field)).toEqual(['refuseAbove']);
  expect(limitDefinitionProblems({ ...base, metric: 'CARD_DEDUCTED', period: 'DAY', subjectId: 'x' }).map((p) => p.field)).toEqual(['subjectId']);
});

test('calendar windows start at the company’s local hour, day, week (Monday) or month, across daylight-saving changes', () => {
  // 2026-03-29 is the spring-forward Sunday in Berlin; 10:30 UTC is 12:30 local (UTC+2).
  const now = new Date('2026-03-29T10:30:00Z');
  expect(periodStart('HOUR', now, 'CALENDAR', 'Europe/Berlin').toISOString()).toBe('2026-03-29T10:00:00.000Z');
  // Local midnight was still UTC+1.
  expect(periodStart('DAY', now, 'CALENDAR', 'Europe/Berlin').toISOString()).toBe('2026-03-28T23:00:00.000Z');
  expect(periodStart('WEEK', now, 'CALENDAR', 'Europe/Berlin').toISOString()).toBe('2026-03-22T23:00:00.000Z');
  expect(periodStart('MONTH', now, 'CALENDAR', 'Europe/Berlin').toISOString()).toBe('2026-02-28T23:00:00.000Z');
  // Just after local midnight in Tokyo, the UTC date is still the day before.
  expect(periodStart('DAY', new Date('2026-11-25T15:30:00Z'), 'CALENDAR', 'Asia/Tokyo').toISOString()).toBe('2026-11-25T15:00:00.000Z');
  expect(periodStart('DAY', now, 'ROLLING', 'Europe/Berlin').toISOString()).toBe('2026-03-28T10:30:00.000Z');
});
