import { describe, expect, it } from 'vitest';
import AnswersView from './AnswersView.vue';
import { mountWithApp } from '@/testing/mountWithApp';

describe('AnswersView', () => {
  it('reads the answers in English: choices by their English at the Lithuanian’s place, Lithuanian marked', async () => {
    const { wrapper } = await mountWithApp(AnswersView, {
      locale: 'en',
      props: {
        questions: [
          {
            id: 'q-one',
            text: 'Where?',
            kind: 'SINGLE_CHOICE',
            options: ['Vievis', 'Kietaviškės'],
            optionLabels: ['Vievis town', 'Kietaviškės village'],
            untranslated: [],
          },
          {
            id: 'q-many',
            text: 'Kam?',
            kind: 'MULTIPLE_CHOICE',
            options: ['Jaunimui', 'Senjorams'],
            optionLabels: ['Jaunimui', 'Senjorams'],
            untranslated: ['text', 'options'],
          },
          { id: 'q-text', text: 'Why?', kind: 'TEXT', options: [], optionLabels: [], untranslated: [] },
          {
            id: 'q-none',
            text: 'Kiek?',
            kind: 'SINGLE_CHOICE',
            options: ['1'],
            optionLabels: ['1'],
            untranslated: ['options'],
          },
        ],
        answers: [
          { question: { id: 'q-one' }, value: 'Kietaviškės' },
          { question: { id: 'q-many' }, value: ['Jaunimui', 'Senjorams'] },
          { question: { id: 'q-text' }, value: 'Bendruomenei' },
          { question: { id: 'q-none' }, value: null },
        ],
      },
    });
    const rows = wrapper.findAll('.answers-view > div');
    expect(rows.map((row) => [row.get('dt').text(), row.get('dd').text()])).toEqual([
      ['Where?', 'Kietaviškės village'],
      ['Kam?', 'Jaunimui, Senjorams'],
      ['Why?', 'Bendruomenei'],
      ['Kiek?', 'Not answered'],
    ]);
    expect(rows.map((row) => [row.get('dt').attributes('lang'), row.get('dd').attributes('lang')])).toEqual([
      [undefined, undefined],
      ['lt', 'lt'],
      [undefined, undefined],
      [undefined, undefined],
    ]);
  });
});
