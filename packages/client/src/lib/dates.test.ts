import { describe, expect, it } from 'vitest';
import { isoToVilniusInput, vilniusDay, vilniusInputToIso, vilniusToday } from './dates';

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

describe('vilniusInputToIso', () => {
  it('reads a datetime input in Vilnius time: UTC+2 in winter, UTC+3 in summer', () => {
    expect(vilniusInputToIso('2026-12-01T14:00')).toBe('2026-12-01T12:00:00.000Z');
    expect(vilniusInputToIso('2026-07-15T00:30')).toBe('2026-07-14T21:30:00.000Z');
    expect(vilniusInputToIso('2027-01-01T00:00')).toBe('2026-12-31T22:00:00.000Z');
  });

  it('moves a time the spring change skips an hour on, and takes the first of a repeated autumn hour', () => {
    // 29 March 2026: at 03:00 the clocks go to 04:00.
    expect(vilniusInputToIso('2026-03-29T02:59')).toBe('2026-03-29T00:59:00.000Z');
    expect(vilniusInputToIso('2026-03-29T03:30')).toBe('2026-03-29T01:30:00.000Z');
    expect(vilniusInputToIso('2026-03-29T04:00')).toBe('2026-03-29T01:00:00.000Z');
    // 25 October 2026: at 04:00 the clocks go back to 03:00.
    expect(vilniusInputToIso('2026-10-25T03:30')).toBe('2026-10-25T00:30:00.000Z');
    expect(vilniusInputToIso('2026-10-25T04:30')).toBe('2026-10-25T02:30:00.000Z');
  });

  it('refuses what is not a date and time', () => {
    expect(vilniusInputToIso('')).toBeNull();
    expect(vilniusInputToIso('2026-02-30T10:00')).toBeNull();
    expect(vilniusInputToIso('2026-12-01T24:00')).toBeNull();
    expect(vilniusInputToIso('2026-12-01')).toBeNull();
  });
});

describe('isoToVilniusInput', () => {
  it('shows an instant as the Vilnius wall clock', () => {
    expect(isoToVilniusInput('2026-12-01T12:00:00.000Z')).toBe('2026-12-01T14:00');
    expect(isoToVilniusInput('2026-07-14T21:30:00Z')).toBe('2026-07-15T00:30');
    expect(isoToVilniusInput(null)).toBe('');
  });

  it('gives back what was typed, across both changes of the clocks', () => {
    for (const typed of [
      '2026-03-29T02:59',
      '2026-03-29T04:00',
      '2026-10-25T02:30',
      '2026-10-25T04:30',
      '2026-06-30T23:59',
    ]) {
      expect(isoToVilniusInput(vilniusInputToIso(typed))).toBe(typed);
    }
  });
});
