import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import TransitionForm from './TransitionForm.vue';
import { mountWithApp } from '@/testing/mountWithApp';

const executeMutation = vi.fn();
vi.mock('@urql/vue', () => ({
  useMutation: () => ({ executeMutation, fetching: ref(false) }),
}));

beforeEach(() => executeMutation.mockReset());

function optionValues(wrapper: Awaited<ReturnType<typeof mountWithApp>>['wrapper']) {
  return wrapper.findAll('select[name="to"] option').map((o) => [o.attributes('value'), o.text()]);
}

describe('TransitionForm', () => {
  it('offers the review moves the server allows the viewer, leaving withdrawal to its own form', async () => {
    const { wrapper } = await mountWithApp(TransitionForm, {
      props: { initiativeId: 'i1', transitions: ['APPROVED', 'REJECTED', 'WITHDRAWN'] },
    });
    expect(optionValues(wrapper)).toEqual([
      ['', 'Pasirinkite…'],
      ['APPROVED', 'Patvirtinta'],
      ['REJECTED', 'Atmesta'],
    ]);
  });

  it('says so when no move is left', async () => {
    const { wrapper } = await mountWithApp(TransitionForm, { props: { initiativeId: 'i1', transitions: [] } });
    expect(wrapper.find('form').exists()).toBe(false);
    expect(wrapper.text()).toContain('Iš šios būsenos toliau keisti negalima.');
  });

  it('needs a reason, then sends the move', async () => {
    executeMutation.mockResolvedValue({ data: { transitionInitiative: { id: 'i1', status: 'UNDER_REVIEW' } } });
    const { wrapper } = await mountWithApp(TransitionForm, {
      props: { initiativeId: 'i1', transitions: ['UNDER_REVIEW', 'REJECTED', 'WITHDRAWN'] },
    });
    await wrapper.get('select[name="to"]').setValue('UNDER_REVIEW');
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(wrapper.text()).toContain('Priežastis turi būti nuo 3 iki 2000 simbolių.'));
    expect(executeMutation).not.toHaveBeenCalled();
    await wrapper.get('textarea[name="reason"]').setValue('Visi dokumentai pateikti.');
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(wrapper.emitted('moved')).toEqual([['UNDER_REVIEW']]));
    expect(executeMutation).toHaveBeenCalledWith({
      input: { id: 'i1', to: 'UNDER_REVIEW', reason: 'Visi dokumentai pateikti.' },
    });
  });
});
