import { describe, expect, it } from 'vitest';
import { digestsDue, remindersDue } from './schedule.js';

describe('digestsDue', () => {
  it('sends the daily digest in the hour from 07:00 in Vilnius in winter (UTC+2)', () => {
    expect(digestsDue(new Date('2026-12-02T05:00:00Z'))).toEqual(['DAILY']);
    expect(digestsDue(new Date('2026-12-02T05:59:59Z'))).toEqual(['DAILY']);
    expect(digestsDue(new Date('2026-12-02T04:00:00Z'))).toEqual([]);
    expect(digestsDue(new Date('2026-12-02T06:00:00Z'))).toEqual([]);
  });

  it('sends it an hour earlier by UTC in summer (UTC+3)', () => {
    expect(digestsDue(new Date('2026-07-15T04:00:00Z'))).toEqual(['DAILY']);
    expect(digestsDue(new Date('2026-07-15T05:00:00Z'))).toEqual([]);
  });

  it('adds the weekly digest on Mondays, by the Monday of Vilnius', () => {
    expect(digestsDue(new Date('2026-12-07T05:00:00Z'))).toEqual(['DAILY', 'WEEKLY']);
    expect(digestsDue(new Date('2026-12-08T05:00:00Z'))).toEqual(['DAILY']);
  });

  it('keeps 07:00 across the change to summer time and back', () => {
    // Summer time starts on Sunday 29 March 2026 at 03:00; the Monday after is on UTC+3.
    expect(digestsDue(new Date('2026-03-28T05:00:00Z'))).toEqual(['DAILY']);
    expect(digestsDue(new Date('2026-03-29T04:00:00Z'))).toEqual(['DAILY']);
    expect(digestsDue(new Date('2026-03-30T04:00:00Z'))).toEqual(['DAILY', 'WEEKLY']);
    expect(digestsDue(new Date('2026-03-30T05:00:00Z'))).toEqual([]);
    // It ends on Sunday 25 October 2026 at 04:00; the Monday after is on UTC+2 again.
    expect(digestsDue(new Date('2026-10-25T05:00:00Z'))).toEqual(['DAILY']);
    expect(digestsDue(new Date('2026-10-26T05:00:00Z'))).toEqual(['DAILY', 'WEEKLY']);
    expect(digestsDue(new Date('2026-10-26T04:00:00Z'))).toEqual([]);
  });

  it('sends exactly one daily digest in every Vilnius day of a year, hour by hour', () => {
    const perDay = new Map<string, number>();
    for (let t = Date.parse('2026-01-01T00:00:00Z'); t < Date.parse('2027-01-01T00:00:00Z'); t += 3_600_000) {
      const instant = new Date(t);
      if (!digestsDue(instant).includes('DAILY')) continue;
      const day = instant.toISOString().slice(0, 10);
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    expect(perDay.size).toBe(365);
    expect([...perDay.values()].every((count) => count === 1)).toBe(true);
  });
});

describe('remindersDue', () => {
  it('reminds from 07:00 in Vilnius until midnight', () => {
    expect(remindersDue(new Date('2026-12-02T04:59:00Z'))).toBe(false);
    expect(remindersDue(new Date('2026-12-02T05:00:00Z'))).toBe(true);
    expect(remindersDue(new Date('2026-12-02T21:30:00Z'))).toBe(true);
    expect(remindersDue(new Date('2026-12-02T22:00:00Z'))).toBe(false);
  });
});
