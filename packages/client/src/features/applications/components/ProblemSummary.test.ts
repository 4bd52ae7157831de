import { describe, expect, it } from 'vitest';
import ProblemSummary from './ProblemSummary.vue';
import { mountWithApp } from '@/testing/mountWithApp';

const names = {
  questions: [{ id: 'q1', text: 'Kiek gyventojų naudosis?', untranslated: [] }],
  annexes: [{ id: 'a1', title: 'Sąmata', untranslated: [] }],
};

describe('ProblemSummary', () => {
  it('names each problem’s field and leads to it, on the page or in the initiative’s form', async () => {
    const { wrapper } = await mountWithApp(ProblemSummary, {
      props: {
        headingId: 'h',
        initiativeSlug: 'salcios-takas',
        editable: true,
        initiativeEditable: true,
        names,
        problems: [
          { field: 'answers.q1', code: 'REQUIRED_TO_SUBMIT', message: 'Answer the question.' },
          { field: 'annexes.a1', code: 'REQUIRED_TO_SUBMIT', message: 'Attach the annex.' },
          { field: 'initiative.summary', code: 'REQUIRED_TO_SUBMIT', message: 'Fill in the summary.' },
          { field: 'leadOrganisation', code: 'SOMETHING_NEW', message: 'The organisation may not apply.' },
        ],
      },
    });
    const items = wrapper.findAll('li');
    expect(items.map((item) => item.text())).toEqual([
      'Kiek gyventojų naudosis?: užpildykite prieš pateikdami.',
      'Sąmata: užpildykite prieš pateikdami.',
      'Santrauka: užpildykite prieš pateikdami.',
      'Teikianti organizacija: The organisation may not apply.',
    ]);
    expect(items[0]!.get('a').attributes('href')).toBe('#application-answers-q1');
    expect(items[1]!.get('a').attributes('href')).toBe('#application-annexes-a1');
    expect(items[2]!.get('a').attributes('href')).toBe('/initiatives/salcios-takas/edit#summary');
    expect(items[3]!.find('a').exists()).toBe(false);
    expect(wrapper.text()).toContain('Liko sutvarkyti 4 dalykus.');
  });

  it('leads to the initiative’s form only while the initiative can be changed', async () => {
    const { wrapper } = await mountWithApp(ProblemSummary, {
      props: {
        headingId: 'h',
        initiativeSlug: 'salcios-takas',
        editable: true,
        initiativeEditable: false,
        names,
        problems: [
          {
            field: 'initiative.requestedSupportCents',
            code: 'ABOVE_CALL_MAXIMUM',
            message: 'too much',
            params: { maxSupportCents: 4_000_000 },
          },
        ],
      },
    });
    const item = wrapper.get('li');
    expect(item.find('a').exists()).toBe(false);
    expect(item.text()).toMatch(/^Prašoma parama: kvietimas leidžia prašyti ne daugiau kaip 40\s000,00\s€\.$/);
  });

  it('marks as Lithuanian only the name of a question or annex the call gives in Lithuanian only', async () => {
    const { wrapper } = await mountWithApp(ProblemSummary, {
      locale: 'en',
      props: {
        headingId: 'h',
        initiativeSlug: 'salcios-takas',
        editable: false,
        initiativeEditable: false,
        names: {
          questions: [{ id: 'q1', text: 'How many residents will use it?', untranslated: [] }],
          annexes: [{ id: 'a1', title: 'Sąmata', untranslated: ['title', 'description'] }],
        },
        problems: [
          { field: 'answers.q1', code: 'REQUIRED_TO_SUBMIT', message: 'Answer the question.' },
          { field: 'annexes.a1', code: 'ANNEX_REQUIRED', message: 'Attach the annex.' },
        ],
      },
    });
    const items = wrapper.findAll('li');
    expect(items.map((item) => item.text())).toEqual([
      'How many residents will use it?: fill this in before submitting.',
      'Sąmata: the call requires this annex.',
    ]);
    expect(items[0]!.findAll('[lang]')).toHaveLength(0);
    expect(items[1]!.get('[lang="lt"]').text()).toBe('Sąmata');
  });

  it('says the application is ready when nothing is missing', async () => {
    const { wrapper } = await mountWithApp(ProblemSummary, {
      props: { headingId: 'h', initiativeSlug: 's', editable: true, initiativeEditable: true, names, problems: [] },
    });
    expect(wrapper.text()).toContain('Paraiška parengta pateikti.');
    expect(wrapper.find('ul').exists()).toBe(false);
  });
});
