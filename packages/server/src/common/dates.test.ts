import { describe, expect, it } from 'vitest';
import { today, vilniusDay } from './dates.js';

describe('Vilnius dates', () => {
  it('counts 23:30 UTC as the next day in Vilnius, in winter and in summer', () => {
    expect(vilniusDay(new Date('2026-10-16T23:30:00Z'))).toBe('2026-10-17');
    expect(vilniusDay(new Date('2026-01-15T21:59:00Z'))).toBe('2026-01-15');
    expect(vilniusDay(new Date('2026-07-15T21:00:00Z'))).toBe('2026-07-16');
  });

  it('takes today from the calendar in Vilnius, not from UTC', () => {
    expect(today(new Date('2026-12-31T22:30:00Z'))).toBe('2027-01-01');
  });
});
