/** The LAG works in Lithuania: "today" and "overdue" are judged by the calendar in Vilnius. */
const vilniusDate = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Vilnius' });

/** Today's date in Vilnius as `YYYY-MM-DD`. */
export function today(now = new Date()): string {
  return vilniusDate.format(now);
}
