import { describe, expect, it } from 'vitest';
import { answerToDraft, choiceLabel, draftToAnswer, fieldAnchor, parseNumber } from './answers';

describe('answers', () => {
  it('shows stored answers in their controls and nothing for none', () => {
    expect(answerToDraft('TEXT', 'Taip, bendruomenė')).toBe('Taip, bendruomenė');
    expect(answerToDraft('NUMBER', 12.5)).toBe('12.5');
    expect(answerToDraft('SINGLE_CHOICE', 'Vievis')).toBe('Vievis');
    expect(answerToDraft('MULTIPLE_CHOICE', ['A', 'B'])).toEqual(['A', 'B']);
    expect(answerToDraft('YES_NO', true)).toBe('yes');
    expect(answerToDraft('YES_NO', false)).toBe('no');
    expect(answerToDraft('YES_NO', null)).toBe('');
    expect(answerToDraft('MULTIPLE_CHOICE', null)).toEqual([]);
    expect(answerToDraft('NUMBER', undefined)).toBe('');
  });

  it('sends answers as the API takes them, and null for nothing answered', () => {
    expect(draftToAnswer('TEXT', '  ')).toBeNull();
    expect(draftToAnswer('TEXT', 'Tekstas\n')).toBe('Tekstas\n');
    expect(draftToAnswer('NUMBER', '1 234,5')).toBe(1234.5);
    expect(draftToAnswer('NUMBER', 'daug')).toBe('daug');
    expect(draftToAnswer('SINGLE_CHOICE', 'Vievis')).toBe('Vievis');
    expect(draftToAnswer('MULTIPLE_CHOICE', [])).toBeNull();
    expect(draftToAnswer('MULTIPLE_CHOICE', ['A'])).toEqual(['A']);
    expect(draftToAnswer('YES_NO', 'yes')).toBe(true);
    expect(draftToAnswer('YES_NO', 'no')).toBe(false);
    expect(draftToAnswer('YES_NO', '')).toBeNull();
  });

  it('reads a choice, held by its Lithuanian, by its label at the same place; one no longer offered as it is', () => {
    const question = { options: ['Jaunimui', 'Senjorams'], optionLabels: ['Young people', 'Seniors'] };
    expect(choiceLabel(question, 'Senjorams')).toBe('Seniors');
    expect(choiceLabel(question, 'Šeimoms')).toBe('Šeimoms');
  });

  it('reads numbers with a decimal comma', () => {
    expect(parseNumber('3,25')).toBe(3.25);
    expect(parseNumber('-4')).toBe(-4);
    expect(parseNumber('4e3')).toBeNaN();
  });

  it('names each field’s control by a valid element id', () => {
    expect(fieldAnchor('answers.0b7d3c8e-1a2b-4c5d-8e9f-0a1b2c3d4e5f')).toBe(
      'application-answers-0b7d3c8e-1a2b-4c5d-8e9f-0a1b2c3d4e5f',
    );
    expect(fieldAnchor('eligibleCostsCents')).toBe('application-eligibleCostsCents');
  });
});
