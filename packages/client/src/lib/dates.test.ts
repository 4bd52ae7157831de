import { describe, expect, it } from 'vitest';
import { vilniusDay, vilniusToday } from './dates';

describe('vilniusDay', () => {
  it('counts a late evening in UTC as the next day in Vilnius', () => {
    expect(vilniusDay('2026-10-16T23:30:00Z')).toBe('2026-10-17');
    expect(vilniusDay(new Date('2026-12-31T22:30:00Z'))).toBe('2027-01-01');
  });

  it('follows summer time: UTC+3 in July, UTC+2 in January', () => {
    expect(vilniusDay('2026-07-15T20:59:00Z')).toBe('2026-07-15');
    expect(vilniusDay('2026-07-15T21:00:00Z')).toBe('2026-07-16');
    expect(vilniusDay('2026-01-15T21:59:00Z')).toBe('2026-01-15');
    expect(vilniusDay('2026-01-15T22:00:00Z')).toBe('2026-01-16');
  });

  it('leaves a calendar day as it is', () => {
    expect(vilniusDay('2006-12-14')).toBe('2006-12-14');
  });
});

describe('vilniusToday', () => {
  it('is the date in Vilnius, whatever the clock’s own zone', () => {
    expect(vilniusToday(new Date('2026-03-01T22:10:00Z'))).toBe('2026-03-02');
    expect(vilniusToday(new Date('2026-03-01T12:00:00Z'))).toBe('2026-03-01');
  });
});
