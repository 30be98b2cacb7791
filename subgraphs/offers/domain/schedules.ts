import type { OfferEvent } from '../../../packages/mechanics/definition';

type Schedule = Extract<OfferEvent, { kind: 'SCHEDULE' }>;

/**
 * The local day a SCHEDULE offer fires on, when it fires at `localNow` (`YYYY-MM-DDTHH:MM`, the
 * company's wall clock): the day matches (its day of the month, the month's last day for a 31st
 * in a shorter month; or one of its ISO days of the week) and the time has come. Null otherwise.
 * The day names the occurrence: members are rewarded once per offer and day.
 */
export function scheduleDue(schedule: Schedule, localNow: string): string | null {
  const day = localNow.slice(0, 10);
  if (localNow.slice(11, 16) < schedule.time) return null;
  const date = new Date(`${day}T00:00:00Z`);
  if (schedule.dayOfMonth !== null) {
    const lastDay = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0)).getUTCDate();
    return date.getUTCDate() === Math.min(schedule.dayOfMonth, lastDay) ? day : null;
  }
  const isoDay = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
  return schedule.daysOfWeek?.includes(isoDay) ? day : null;
}
