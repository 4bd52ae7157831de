/** A wall-clock time in Vilnius, `HH:MM`. */
export type WallTime = `${number}:${number}`;
/** A moment of the demo story: `days` calendar days before today, at a Vilnius wall-clock time. */
export type Moment = readonly [days: number, time: WallTime];

/**
 * Turns the story's relative moments into timestamps, so the demo looks recent whenever it
 * is seeded. Moments are at least one day back, so they are always in the past.
 */
export type DemoClock = {
  readonly now: Date;
  /** The timestamp of a moment (`[days ago, 'HH:MM']`, Vilnius time). */
  at(moment: Moment): Date;
  /** The timestamp `days` from today (negative: past, positive: future) at a Vilnius wall-clock time. */
  on(days: number, time: WallTime): Date;
  /** The calendar date `days` from today in Vilnius (negative: in the past), `YYYY-MM-DD`. */
  date(days: number): string;
};

const ZONE = 'Europe/Vilnius';
const DAY = 86_400_000;

/** Vilnius' offset from UTC, in minutes, at the instant `at`. */
function zoneOffsetMinutes(at: Date): number {
  const name = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, timeZoneName: 'longOffset' })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

/** Today's calendar date in Vilnius, as a UTC midnight timestamp. */
function vilniusToday(now: Date): number {
  const local = new Date(now.getTime() + zoneOffsetMinutes(now) * 60_000);
  return Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate());
}

export function createDemoClock(now: Date): DemoClock {
  const today = vilniusToday(now);
  const on = (days: number, time: WallTime): Date => {
    const [hours = 0, minutes = 0] = time.split(':').map(Number);
    const wall = today + days * DAY + (hours * 60 + minutes) * 60_000;
    // Subtract the zone offset of that wall time (twice: the first guess may straddle a DST switch).
    const guess = wall - zoneOffsetMinutes(new Date(wall)) * 60_000;
    return new Date(wall - zoneOffsetMinutes(new Date(guess)) * 60_000);
  };
  return {
    now,
    at([days, time]) {
      if (days < 1) throw new Error(`Demo moments lie at least a day back (got ${days}).`);
      return on(-days, time);
    },
    on,
    date(days) {
      return new Date(today + days * DAY).toISOString().slice(0, 10);
    },
  };
}
