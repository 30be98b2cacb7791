/** Calendar arithmetic in a company's time zone (IANA name), DST included. Pure; uses Intl only. */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let found = formatters.get(timeZone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, found);
  }
  return found;
}

interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** The wall-clock time in the zone at an instant. */
export function localTime(instant: Date, timeZone: string): LocalTime {
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(instant)) parts[part.type] = Number(part.value);
  const at = (name: string) => parts[name] ?? 0;
  return { year: at('year'), month: at('month'), day: at('day'), hour: at('hour'), minute: at('minute'), second: at('second') };
}

/** The calendar date (YYYY-MM-DD) of an instant in the zone. */
export function localDate(instant: Date, timeZone: string): string {
  const t = localTime(instant, timeZone);
  return `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
}

/**
 * The instant a wall-clock time happens in the zone: the UTC reading less the zone's offset, found in
 * two rounds so that a time next to a daylight-saving change takes the offset in force then. (A
 * wall-clock time the change skips maps to the instant the skip lands on.)
 */
export function instantOf(local: LocalTime, timeZone: string): Date {
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  const offsetAt = (instant: number) => {
    const t = localTime(new Date(instant), timeZone);
    return Date.UTC(t.year, t.month - 1, t.day, t.hour, t.minute, t.second) - instant;
  };
  const first = asUtc - offsetAt(asUtc);
  return new Date(asUtc - offsetAt(first));
}

export type CalendarUnit = 'HOUR' | 'DAY' | 'WEEK' | 'MONTH';

/** The start of the current hour, day, week (from Monday) or month at `now` in the zone. */
export function calendarStart(unit: CalendarUnit, now: Date, timeZone: string): Date {
  const t = localTime(now, timeZone);
  if (unit === 'HOUR') return instantOf({ ...t, minute: 0, second: 0 }, timeZone);
  if (unit === 'MONTH') return instantOf({ ...t, day: 1, hour: 0, minute: 0, second: 0 }, timeZone);
  const midnight = { ...t, hour: 0, minute: 0, second: 0 };
  if (unit === 'DAY') return instantOf(midnight, timeZone);
  // Days since Monday of the local date.
  const weekday = (new Date(Date.UTC(t.year, t.month - 1, t.day)).getUTCDay() + 6) % 7;
  const monday = new Date(Date.UTC(t.year, t.month - 1, t.day - weekday));
  return instantOf({ ...midnight, year: monday.getUTCFullYear(), month: monday.getUTCMonth() + 1, day: monday.getUTCDate() }, timeZone);
}
