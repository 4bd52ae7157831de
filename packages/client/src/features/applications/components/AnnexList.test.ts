import { describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import AnnexList from './AnnexList.vue';
import { mountWithApp } from '@/testing/mountWithApp';

vi.mock('@urql/vue', () => ({
  useMutation: () => ({ executeMutation: vi.fn(), fetching: ref(false) }),
}));

describe('AnnexList', () => {
  it('names the call’s annexes in English where it gives them, marking only the Lithuanian ones, their upload labels too', async () => {
    const { wrapper } = await mountWithApp(AnnexList, {
      locale: 'en',
      props: {
        applicationId: 'app1',
        callAnnexes: [
          {
            id: 'a1',
            title: 'Sąmata',
            description: 'Visos išlaidos eilutėmis.',
            required: true,
            untranslated: ['title', 'description'],
          },
          { id: 'a2', title: 'Business plan', description: 'For three years.', required: false, untranslated: [] },
        ],
        attached: [],
        problems: [],
        editable: true,
      },
    });
    // Each upload shows once the upload's own messages are in (a dynamic import).
    await vi.waitFor(() => expect(wrapper.findAll('input[type="file"]')).toHaveLength(3), { timeout: 15_000 });
    const [estimate, plan] = wrapper.findAll('.annex-list__item');

    expect(estimate!.get('h3').text()).toBe('Sąmata (required)');
    expect(estimate!.get('h3 [lang="lt"]').text()).toBe('Sąmata');
    expect(estimate!.get('.annex-list__item > .field__hint').attributes('lang')).toBe('lt');
    const estimateUpload = estimate!.get('.file-upload label');
    expect(estimateUpload.text()).toBe('Upload a file: Sąmata');
    expect(estimateUpload.get('[lang="lt"]').text()).toBe('Sąmata');

    expect(plan!.get('h3').text()).toBe('Business plan (optional)');
    expect(plan!.get('.file-upload label').text()).toBe('Upload a file: Business plan');
    expect(plan!.findAll('[lang]')).toHaveLength(0);
  });
});
