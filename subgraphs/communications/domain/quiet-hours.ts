/**
 * Quiet hours: a window of local time (e.g. 21:00–09:00) when messages that can wait are held
 * until it ends, in the member's own time zone. Codes and answers to what the member just did never wait.
 */
export interface QuietHours {
  /** Minutes after local midnight; an end before the start spans midnight. */
  start: number;
  end: number;
}

const MINUTE_MS = 60_000;
const DAY_MINUTES = 24 * 60;

/** "HH:MM" as minutes after midnight; null when it is not a time of day. */
export function minutesOfDay(text: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text.trim());
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

export function timeOfDay(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The zone's offset from UTC at an instant, in minutes (Europe/Berlin in summer: 120). */
function offsetMinutes(at: Date, timeZone: string): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  return (match[1] === '-' ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/**
 * When a message that can wait may go: `now` outside quiet hours, else the end of them in the time
 * zone given (exact across a daylight-saving change inside the window).
 */
export function sendableAt(now: Date, timeZone: string, quiet: QuietHours | null): Date {
  if (!quiet || quiet.start === quiet.end) return now;
  const offset = offsetMinutes(now, timeZone);
  const local = (((Math.floor(now.getTime() / MINUTE_MS) + offset) % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  const inside = quiet.start < quiet.end ? local >= quiet.start && local < quiet.end : local >= quiet.start || local < quiet.end;
  if (!inside) return now;
  const wait = (quiet.end - local + DAY_MINUTES) % DAY_MINUTES;
  const startOfMinute = Math.floor(now.getTime() / MINUTE_MS) * MINUTE_MS;
  const naive = new Date(startOfMinute + wait * MINUTE_MS);
  // Local wall-clock end: a clock change between now and then moves the instant by the difference.
  return new Date(naive.getTime() + (offset - offsetMinutes(naive, timeZone)) * MINUTE_MS);
}
