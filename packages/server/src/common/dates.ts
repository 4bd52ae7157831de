/** The LAG works in Lithuania: "today", "overdue" and the day a thing happened are judged by the calendar in Vilnius. */
const vilniusDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Vilnius' });

/** The Vilnius calendar day of an instant as `YYYY-MM-DD` (23:30 UTC is already the next day there). */
export function vilniusDay(instant: Date): string {
  return vilniusDate.format(instant);
}

/** Today's date in Vilnius as `YYYY-MM-DD`. */
export function today(now = new Date()): string {
  return vilniusDay(now);
}
