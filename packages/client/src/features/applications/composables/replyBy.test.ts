import { describe, expect, it } from 'vitest';
import { replyByInstant } from './replyBy';

describe('replyByInstant', () => {
  it('ends the day at midnight in Vilnius, in winter and in summer time', () => {
    expect(replyByInstant('2026-12-15')).toBe('2026-12-15T21:59:59.999Z');
    expect(replyByInstant('2027-07-01')).toBe('2027-07-01T20:59:59.999Z');
  });
});
