import { describe, expect, it } from 'vitest';
import { isoToVilniusInput, vilniusInputToIso } from './dateTimeInput';

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
