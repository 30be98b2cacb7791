/**
 * Which birthdays a BIRTHDAY offer rewards on a local day: the day is `daysBefore` ahead of the
 * birthday, or up to `windowDays − 1` days after that (a day the task did not run is caught up).
 * Each answer names the birthday's year: the reward is once per member and year. A 29 February
 * birthday is kept on 28 February in other years.
 */
export function birthdaysDue(today: string, daysBefore: number, windowDays: number): Array<{ birthday: string; year: number }> {
  const due: Array<{ birthday: string; year: number }> = [];
  const start = Date.parse(`${today}T00:00:00Z`);
  for (let back = 0; back < windowDays; back++) {
    const birthday = new Date(start + (daysBefore - back) * 86_400_000);
    const year = birthday.getUTCFullYear();
    const monthDay = birthday.toISOString().slice(5, 10);
    due.push({ birthday: monthDay, year });
    if (monthDay === '02-28' && !isLeapYear(year)) due.push({ birthday: '02-29', year });
  }
  return due;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}
