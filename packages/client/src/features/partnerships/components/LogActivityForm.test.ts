import { CombinedError } from '@urql/core';
import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import LogActivityForm from './LogActivityForm.vue';
import { mountWithApp } from '@/testing/mountWithApp';

const executeMutation = vi.fn();
vi.mock('@urql/vue', () => ({
  useMutation: () => ({ executeMutation, fetching: ref(false) }),
}));

beforeEach(() => {
  executeMutation.mockReset();
  // 10 March 2026, mid-morning in the browser's zone.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(2026, 2, 10, 10, 0));
});

afterEach(() => {
  vi.useRealTimers();
});

const setup = () => mountWithApp(LogActivityForm, { props: { partnershipId: 'p1' } });
const errors = (wrapper: Awaited<ReturnType<typeof setup>>['wrapper']) =>
  wrapper.findAll('.field__error').map((error) => error.text());

describe('LogActivityForm', () => {
  it('labels every field and starts with today', async () => {
    const { wrapper } = await setup();
    expect(wrapper.findAll('label').map((label) => label.text().replace(/\s+/g, ' '))).toEqual([
      'Veiklos rūšis',
      'Data',
      'Kas įvyko',
      'Dalyviai (neprivaloma)',
      'Kitas susisiekimas (neprivaloma)',
    ]);
    expect(wrapper.get<HTMLInputElement>('input[name="occurredOn"]').element.value).toBe('2026-03-10');
    expect(wrapper.get('button[type="submit"]').text()).toBe('Užregistruoti veiklą');
  });

  it('refuses an activity dated in the future', async () => {
    const { wrapper } = await setup();
    await wrapper.get('input[name="occurredOn"]').setValue('2026-03-11');
    await wrapper.get('textarea[name="summary"]').setValue('Susitikimas dėl mugės');
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(errors(wrapper)).toEqual(['Data negali būti ateityje.']));
    await flushPromises();
    expect(executeMutation).not.toHaveBeenCalled();
    expect(wrapper.get('input[name="occurredOn"]').attributes('aria-invalid')).toBe('true');
  });

  it('refuses a next follow-up in the past', async () => {
    const { wrapper } = await setup();
    await wrapper.get('textarea[name="summary"]').setValue('Skambutis koordinatoriui');
    await wrapper.get('input[name="nextFollowUpOn"]').setValue('2026-03-09');
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(errors(wrapper)).toEqual(['Data negali būti praeityje.']));
    await flushPromises();
    expect(executeMutation).not.toHaveBeenCalled();
  });

  it('logs the activity with today’s date and a follow-up, then starts afresh', async () => {
    executeMutation.mockResolvedValue({ data: { logPartnershipActivity: { id: 'a1' } } });
    const { wrapper } = await setup();
    await wrapper.get('select[name="kind"]').setValue('CALL');
    await wrapper.get('textarea[name="summary"]').setValue('  Aptarta konferencija  ');
    await wrapper.get('input[name="nextFollowUpOn"]').setValue('2026-03-10');
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(wrapper.emitted('logged')).toHaveLength(1));
    expect(executeMutation).toHaveBeenCalledWith({
      input: {
        partnershipId: 'p1',
        kind: 'CALL',
        occurredOn: '2026-03-10',
        summary: 'Aptarta konferencija',
        nextFollowUpOn: '2026-03-10',
      },
    });
    expect(wrapper.get('[role="status"]').text()).toBe('Veikla užregistruota. Kitas susisiekimas – 2026 m. kovo 10 d.');
    expect(wrapper.get<HTMLTextAreaElement>('textarea[name="summary"]').element.value).toBe('');
  });

  it('shows the server’s field message beside its field', async () => {
    executeMutation.mockResolvedValue({
      error: new CombinedError({
        graphQLErrors: [
          {
            message: 'Invalid input',
            extensions: {
              code: 'BAD_USER_INPUT',
              fields: [{ field: 'occurredOn', message: 'must not be in the future' }],
            },
          },
        ],
      }),
    });
    const { wrapper } = await setup();
    await wrapper.get('textarea[name="summary"]').setValue('Laiškas');
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(errors(wrapper)).toEqual(['must not be in the future']));
    expect(wrapper.get('[role="alert"]').text()).toBe('Patikrinkite pažymėtus laukus.');
  });
});
