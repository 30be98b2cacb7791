/**
 * Local wall-clock times (`YYYY-MM-DDTHH:MM`, no zone): an offer's period means the same clock
 * reading in every store. PostgreSQL keeps them as `timestamp without time zone`, which Prisma
 * hands over as a Date whose UTC fields are the wall clock; these convert between the two.
 */

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** Whether the text is a wall-clock time that exists (no 24:00, no 30 February). */
export function isLocalDateTime(text: string): boolean {
  const match = LOCAL_DATE_TIME.exec(text);
  if (!match) return false;
  const date = new Date(`${text}:00.000Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 16) === text;
}

/** The wall clock as PostgreSQL's `timestamp` column holds it. */
export function localToColumn(text: string): Date {
  return new Date(`${text}:00.000Z`);
}

export function columnToLocal(value: Date): string {
  return value.toISOString().slice(0, 16);
}

/** The wall clock of a moment in an IANA time zone. */
export function wallClockIn(moment: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(moment);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}`;
}
