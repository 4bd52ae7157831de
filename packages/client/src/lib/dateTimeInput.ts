import { appTimeZone } from './dates';

/**
 * Date-and-time inputs in Vilnius time. A `datetime-local` input has no zone: what staff type is
 * the LAG's wall clock, whatever the browser's own zone, and is sent as an instant. Apart from
 * `dates.ts`, which the first load carries for its days, since only forms that set times need it.
 */

const vilniusClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: appTimeZone,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Vilnius' offset from UTC at an instant, in milliseconds (+2 h in winter, +3 h in summer). */
function vilniusOffset(instant: number): number {
  const parts = Object.fromEntries(vilniusClock.formatToParts(instant).map((part) => [part.type, Number(part.value)]));
  const wallClock = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return wallClock - Math.floor(instant / 1000) * 1000;
}

const localDateTime = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/**
 * The instant a Vilnius wall-clock time names, as ISO 8601 UTC: what a `datetime-local` input
 * gives (`2026-12-01T14:00`), read in Vilnius whatever the browser's own zone. A time the spring
 * change skips (03:30 on its Sunday) is read with the offset before the change, so it lands an
 * hour later; of a time the autumn change repeats, the first (summer-time) one. Null for anything
 * that is not such a time.
 */
export function vilniusInputToIso(value: string): string | null {
  const match = localDateTime.exec(value);
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const wallClock = Date.UTC(year, month - 1, day, hour, minute);
  const check = new Date(wallClock);
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || check.getUTCHours() !== hour) return null;
  // The offsets in force around that day: the instant is the wall clock less the one that holds there.
  const before = vilniusOffset(wallClock - 12 * 3600_000);
  const after = vilniusOffset(wallClock + 12 * 3600_000);
  const offsets = before === after ? [before] : [Math.max(before, after), Math.min(before, after)];
  const offset = offsets.find((candidate) => vilniusOffset(wallClock - candidate) === candidate) ?? before;
  return new Date(wallClock - offset).toISOString();
}

/** An instant as a `datetime-local` input shows it in Vilnius: `2026-12-01T14:00`; empty for none. */
export function isoToVilniusInput(value: string | null | undefined): string {
  if (!value) return '';
  const instant = new Date(value).getTime();
  if (Number.isNaN(instant)) return '';
  return new Date(instant + vilniusOffset(instant)).toISOString().slice(0, 16);
}
