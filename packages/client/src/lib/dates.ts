/**
 * Calendar days as the LAG counts them. Telka serves one LAG in Lithuania, so "today" and the
 * day a thing happened are judged by the calendar in Vilnius, as the server does
 * (`packages/server/src/common/dates.ts`), whatever the time zone of the browser.
 */
export const appTimeZone = 'Europe/Vilnius';

// Sweden writes dates as YYYY-MM-DD (the server uses the same format, `common/dates.ts`).
const vilniusDate = new Intl.DateTimeFormat('sv-SE', { timeZone: appTimeZone });

const calendarDay = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The Vilnius calendar day of an instant, as `YYYY-MM-DD`. A value that already is a calendar
 * day (a `LocalDate`) is returned as it is: it names a day, not an instant, and no time zone
 * may move it.
 */
export function vilniusDay(value: Date | string): string {
  return typeof value === 'string' && calendarDay.test(value) ? value : vilniusDate.format(new Date(value));
}

/** Today's date in Vilnius as `YYYY-MM-DD`. */
export function vilniusToday(now: Date = new Date()): string {
  return vilniusDay(now);
}
