import { isWallClock, wallClockIn } from './wall-clock';

test('a wall-clock time must exist, without seconds or offset', () => {
  expect(isWallClock('2026-12-01T12:00')).toBe(true);
  expect(isWallClock('2028-02-29T23:59')).toBe(true);
  for (const bad of [
    '0000-01-01T00:00',
    '1899-12-31T23:59',
    '2026-02-29T10:00',
    '2026-12-01T24:00',
    '2026-12-01T12:00:00',
    '2026-12-01T12:00Z',
    '2026-12-01 12:00',
    '',
  ]) {
    expect(isWallClock(bad)).toBe(false);
  }
});

test('the wall clock of a moment in a time zone', () => {
  const moment = new Date('2026-07-01T10:00:00Z');
  expect(wallClockIn(moment, 'UTC')).toBe('2026-07-01T10:00');
  expect(wallClockIn(moment, 'Europe/Berlin')).toBe('2026-07-01T12:00');
  expect(wallClockIn(new Date('2026-07-01T23:30:00Z'), 'Asia/Tokyo')).toBe('2026-07-02T08:30');
});
