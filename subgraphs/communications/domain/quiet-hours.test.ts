import { minutesOfDay, sendableAt, timeOfDay } from './quiet-hours';

const NIGHT = { start: minutesOfDay('21:00') as number, end: minutesOfDay('09:00') as number };
const at = (iso: string) => new Date(iso);

test('a time of day is read and written as HH:MM', () => {
  expect(minutesOfDay('21:30')).toBe(1290);
  expect(minutesOfDay('24:00')).toBeNull();
  expect(minutesOfDay('9:00')).toBeNull();
  expect(timeOfDay(1290)).toBe('21:30');
});

test('outside quiet hours, or without them, a message goes now', () => {
  expect(sendableAt(at('2026-06-01T12:00:00Z'), 'UTC', NIGHT)).toEqual(at('2026-06-01T12:00:00Z'));
  expect(sendableAt(at('2026-06-01T23:00:00Z'), 'UTC', null)).toEqual(at('2026-06-01T23:00:00Z'));
  // The window's end is not in it; its start is.
  expect(sendableAt(at('2026-06-01T09:00:00Z'), 'UTC', NIGHT)).toEqual(at('2026-06-01T09:00:00Z'));
  expect(sendableAt(at('2026-06-01T21:00:00Z'), 'UTC', NIGHT)).toEqual(at('2026-06-02T09:00:00Z'));
});

test('inside quiet hours a message waits for their end in the member’s time zone, across midnight', () => {
  // 23:30 in Berlin (summer, UTC+2) waits until 09:00 Berlin, 07:00 UTC.
  expect(sendableAt(at('2026-06-01T21:30:00Z'), 'Europe/Berlin', NIGHT)).toEqual(at('2026-06-02T07:00:00Z'));
  // 02:15 in New York (UTC-4) waits until 09:00 there, 13:00 UTC the same day.
  expect(sendableAt(at('2026-06-01T06:15:00Z'), 'America/New_York', NIGHT)).toEqual(at('2026-06-01T13:00:00Z'));
  // The same instant is daytime in Tokyo: it goes now.
  expect(sendableAt(at('2026-06-01T06:15:00Z'), 'Asia/Tokyo', NIGHT)).toEqual(at('2026-06-01T06:15:00Z'));
});

test('a window within one day, and a clock change inside the window', () => {
  const lunch = { start: minutesOfDay('12:00') as number, end: minutesOfDay('14:00') as number };
  expect(sendableAt(at('2026-06-01T12:59:30Z'), 'UTC', lunch)).toEqual(at('2026-06-01T14:00:00Z'));
  // Berlin moves from UTC+1 to UTC+2 at 02:00 on 29 March 2026: 09:00 that morning is 07:00 UTC.
  expect(sendableAt(at('2026-03-28T22:00:00Z'), 'Europe/Berlin', NIGHT)).toEqual(at('2026-03-29T07:00:00Z'));
});
