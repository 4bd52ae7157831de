/**
 * Calendar days as the LAG counts them. Telka serves one LAG in Lithuania, so "today" and the
 * day a thing happened are judged by the calendar in Vilnius, as the server does
 * (`packages/server/src/common/dates.ts`), whatever the time zone of the browser.
 */
export const appTimeZone = 'Europe/Vilnius';

// en-CA writes dates as YYYY-MM-DD; the parts are read by type anyway, so the order cannot mislead.
const vilniusParts = new Intl.DateTimeFormat('en-CA', {
  timeZone: appTimeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

const calendarDay = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The Vilnius calendar day of an instant, as `YYYY-MM-DD`. A value that already is a calendar
 * day (a `LocalDate`) is returned as it is: it names a day, not an instant, and no time zone
 * may move it.
 */
export function vilniusDay(value: Date | string): string {
  if (typeof value === 'string' && calendarDay.test(value)) return value;
  const parts = vilniusParts.formatToParts(typeof value === 'string' ? new Date(value) : value);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/** Today's date in Vilnius as `YYYY-MM-DD`. */
export function vilniusToday(now: Date = new Date()): string {
  return vilniusDay(now);
}
