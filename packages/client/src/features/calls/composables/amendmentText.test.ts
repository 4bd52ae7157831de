import { describe, expect, it } from 'vitest';
import { defineComponent, h } from 'vue';
import { parseChange, useAmendmentText } from './amendmentText';
import type { AppLocale } from '@/i18n';
import { mountWithApp } from '@/testing/mountWithApp';

/** The words of one change, as the amendment list shows them. */
async function described(changes: [string, string | null, string | null][], locale: AppLocale = 'lt') {
  let result: Record<string, string | undefined>[] = [];
  const Probe = defineComponent({
    setup() {
      const { describe } = useAmendmentText();
      // Intl separates thousands and the euro sign with no-break spaces: compared as plain spaces.
      const plain = (text?: string) => text?.replace(/[\u00a0\u202f]/g, ' ');
      result = changes.map(([field, from, to]) => {
        const words = describe(field, from, to);
        return 'event' in words ? words : { ...words, from: plain(words.from), to: plain(words.to) };
      });
      return () => h('p');
    },
  });
  await mountWithApp(Probe, { locale });
  return result;
}

describe('parseChange', () => {
  it('tells a field of the call from a property of a list item and from an item added or removed', () => {
    expect(parseChange('closesAt')).toEqual({ field: 'closesAt' });
    expect(parseChange('criteria.2.maxScore')).toEqual({ field: 'criteria', position: 2, property: 'maxScore' });
    expect(parseChange('questions.1')).toEqual({ field: 'questions', position: 1, property: undefined });
  });
});

describe('useAmendmentText', () => {
  it('shows amounts in euro, times in Vilnius and list items by their place', async () => {
    expect(
      await described([
        ['budgetCents', '10000000', '12000000'],
        ['closesAt', '2027-01-15T14:00:00.000Z', '2027-01-22T14:00:00.000Z'],
        ['criteria.2.weight', '1', '1.5'],
        ['annexes.1.required', 'true', 'false'],
        ['eligibleKinds', '', 'RURAL_COMMUNITY, SCHOOL'],
      ]),
    ).toEqual([
      { label: 'Kvietimo biudžetas', from: '100 000,00 €', to: '120 000,00 €' },
      {
        label: 'Paraiškų priėmimo pabaiga',
        from: '2027 m. sausio 15 d. 16:00 (Vilniaus laiku)',
        to: '2027 m. sausio 22 d. 16:00 (Vilniaus laiku)',
      },
      { label: 'Kriterijus 2 – Svoris', from: '1', to: '1,5' },
      { label: 'Priedas 1 – Privalomas priedas', from: 'taip', to: 'ne' },
      { label: 'Kas gali teikti', from: 'nenurodyta', to: 'Kaimo bendruomenė, Mokykla' },
    ]);
  });

  it('says which items were added or removed, and only that the text changed', async () => {
    expect(
      await described(
        [
          ['criteria.3', null, 'Partnerystė'],
          ['questions.2', 'Ar projektas tęstinis?', null],
          ['body', 'Senas', 'Naujas'],
        ],
        'en',
      ),
    ).toEqual([
      { label: 'Criterion 3', event: 'added “Partnerystė”' },
      { label: 'Question 2', event: 'removed “Ar projektas tęstinis?”' },
      { label: 'Call text', event: 'changed (the new text is below)' },
    ]);
  });

  it('names the English copies, and tells the language of a text’s values', async () => {
    expect(
      await described(
        [
          ['titleEn', null, 'Public spaces'],
          ['title', 'Viešosios erdvės', 'Bendruomenių erdvės'],
          ['questions.1.optionsEn', 'Families, Seniors', 'Families, Seniors, Everyone'],
          ['criteria.2.maxScore', '20', '25'],
          ['bodyEn', 'Old', 'New'],
        ],
        'en',
      ),
    ).toEqual([
      { label: 'Title in English', from: 'not given', to: 'Public spaces', fromLang: undefined, toLang: 'en' },
      { label: 'Title', from: 'Viešosios erdvės', to: 'Bendruomenių erdvės', fromLang: 'lt', toLang: 'lt' },
      {
        label: 'Question 1 – Choices in English',
        from: 'Families, Seniors',
        to: 'Families, Seniors, Everyone',
        fromLang: 'en',
        toLang: 'en',
      },
      { label: 'Criterion 2 – Highest score', from: '20', to: '25', fromLang: undefined, toLang: undefined },
      { label: 'Call text in English', event: 'changed (the English page shows the new text)' },
    ]);
  });
});
