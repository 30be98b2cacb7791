import { scheduleDue } from './schedules';

const monthly = (dayOfMonth: number, time = '09:00') => ({ kind: 'SCHEDULE' as const, dayOfMonth, daysOfWeek: null, time });
const weekly = (daysOfWeek: number[], time = '09:00') => ({ kind: 'SCHEDULE' as const, dayOfMonth: null, daysOfWeek, time });

describe('when a schedule fires', () => {
  test('on its day of the month, from its time on', () => {
    expect(scheduleDue(monthly(15), '2026-12-15T08:59')).toBeNull();
    expect(scheduleDue(monthly(15), '2026-12-15T09:00')).toBe('2026-12-15');
    expect(scheduleDue(monthly(15), '2026-12-15T23:59')).toBe('2026-12-15');
    expect(scheduleDue(monthly(15), '2026-12-16T09:00')).toBeNull();
  });

  test('a 31st fires on the last day of a shorter month, and a 29th on 28 February of a common year only when asked for the 29th or later', () => {
    expect(scheduleDue(monthly(31), '2026-11-30T10:00')).toBe('2026-11-30');
    expect(scheduleDue(monthly(31), '2026-11-29T10:00')).toBeNull();
    expect(scheduleDue(monthly(29), '2027-02-28T10:00')).toBe('2027-02-28');
    expect(scheduleDue(monthly(28), '2028-02-29T10:00')).toBeNull();
    expect(scheduleDue(monthly(29), '2028-02-29T10:00')).toBe('2028-02-29');
  });

  test('on its ISO days of the week (Sunday is 7)', () => {
    // 2026-11-29 is a Sunday, 2026-11-30 a Monday.
    expect(scheduleDue(weekly([7]), '2026-11-29T09:30')).toBe('2026-11-29');
    expect(scheduleDue(weekly([1, 3]), '2026-11-29T09:30')).toBeNull();
    expect(scheduleDue(weekly([1, 3]), '2026-11-30T09:30')).toBe('2026-11-30');
  });
});
