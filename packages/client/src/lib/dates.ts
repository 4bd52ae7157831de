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

// Made when first needed: only the pages that edit times use it, and a formatter made at the
// module's top would stay in the first load, which imports this module for its days.
let vilniusClock: Intl.DateTimeFormat | undefined;
const clock = () =>
  (vilniusClock ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: appTimeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }));

/** Vilnius' offset from UTC at an instant, in milliseconds (+2 h in winter, +3 h in summer). */
function vilniusOffset(instant: number): number {
  const parts = Object.fromEntries(
    clock()
      .formatToParts(instant)
      .map((part) => [part.type, Number(part.value)]),
  );
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
