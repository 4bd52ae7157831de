import { vilniusInputToIso } from '@/lib/dateTimeInput';

/**
 * A reply-by day as the instant it ends in Vilnius, whatever the browser's zone: staff give a day,
 * and the applicant has all of it.
 */
export function replyByInstant(day: string): string {
  const lastMinute = vilniusInputToIso(`${day}T23:59`);
  if (!lastMinute) throw new Error(`Not a day: ${day}`);
  return new Date(Date.parse(lastMinute) + 59_999).toISOString();
}
