/**
 * Wall-clock times without a zone, `YYYY-MM-DDTHH:MM`: how offers' periods, days and hours are
 * written, meaning the same clock reading in every store. Such strings compare in time order.
 */

/** One formatter per zone: making one costs far more than using it. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock of a moment in an IANA time zone. */
export function wallClockIn(moment: Date, timeZone: string): string {
  const parts = formatterFor(timeZone).formatToParts(moment);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}

/** Whether the text is a wall-clock time that exists (no 24:00, no 30 February), in the years 1900 to 9999. */
export function isWallClock(text: string): boolean {
  if (!/^(19|[2-9]\d)\d{2}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(text)) return false;
  const date = new Date(`${text}:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 16) === text;
}
