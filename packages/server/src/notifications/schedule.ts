import type { DigestDelivery } from './notification.enums.js';

const vilniusClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Vilnius',
  weekday: 'short',
  hour: '2-digit',
  hourCycle: 'h23',
});

/** The hour at which digests go out and follow-ups are reminded of, in Vilnius. */
export const morningHour = 7;

/** The weekday and hour of an instant on Vilnius' clock, summer time included. */
export function vilniusClockOf(instant: Date): { weekday: string; hour: number } {
  const parts = vilniusClock.formatToParts(instant);
  return {
    weekday: parts.find((part) => part.type === 'weekday')!.value,
    hour: Number(parts.find((part) => part.type === 'hour')!.value),
  };
}

/**
 * The digests due at an instant: the daily one in the hour from 07:00 in Vilnius, and on
 * Mondays the weekly one too. The job runs every hour (cron times are UTC, and Vilnius is two or
 * three hours ahead of it depending on the season), so it asks this rather than a fixed UTC hour.
 */
export function digestsDue(instant: Date): DigestDelivery[] {
  const { weekday, hour } = vilniusClockOf(instant);
  if (hour !== morningHour) return [];
  return weekday === 'Mon' ? ['DAILY', 'WEEKLY'] : ['DAILY'];
}

/**
 * Whether follow-up reminders go out at an instant: from 07:00 in Vilnius on, every hour, so a
 * date set to today later in the day is reminded of too; each is sent once a day regardless.
 */
export function remindersDue(instant: Date): boolean {
  return vilniusClockOf(instant).hour >= morningHour;
}
