import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import CommentForm from './CommentForm.vue';
import { mountWithApp } from '@/testing/mountWithApp';

const executeMutation = vi.fn();
vi.mock('@urql/vue', () => ({
  useMutation: () => ({ executeMutation, fetching: ref(false) }),
  // The editor's preview, never shown here.
  useQuery: () => ({ data: ref(undefined), fetching: ref(false), error: ref(undefined) }),
}));

beforeEach(() => executeMutation.mockReset());

const saved = { __typename: 'Comment', id: 'c9', body: 'Puiku' };
const organisations = [{ id: 'o1', name: 'Kaimo bendruomenė' }];

describe('CommentForm', () => {
  it('refuses an empty comment', async () => {
    const { wrapper } = await mountWithApp(CommentForm, { props: { initiativeId: 'i1' } });
    await wrapper.get('textarea[name="body"]').setValue('   ');
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(wrapper.text()).toContain('Šis laukas privalomas.'));
    expect(executeMutation).not.toHaveBeenCalled();
    expect(wrapper.get('button[type="submit"]').text()).toBe('Skelbti komentarą');
    expect(wrapper.find('select').exists()).toBe(false);
  });

  it('speaks for the chosen organisation, or as a person', async () => {
    executeMutation.mockResolvedValue({ data: { addComment: saved } });
    const { wrapper } = await mountWithApp(CommentForm, { props: { initiativeId: 'i1', organisations } });
    const label = wrapper.get('label[for="' + wrapper.get('select').attributes('id') + '"]');
    expect(label.text()).toContain('Kalbu kaip');
    expect(wrapper.findAll('select option').map((o) => o.text())).toEqual(['Savo vardu', 'Kaimo bendruomenė']);

    await wrapper.get('textarea[name="body"]').setValue('Pritariame.');
    await wrapper.get('select').setValue('o1');
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(wrapper.emitted('saved')).toHaveLength(1));
    expect(executeMutation).toHaveBeenLastCalledWith({
      input: { initiativeId: 'i1', parentId: null, body: 'Pritariame.', asOrganisationId: 'o1' },
    });

    await wrapper.get('textarea[name="body"]').setValue('Ir aš.');
    await wrapper.get('select').setValue('');
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(wrapper.emitted('saved')).toHaveLength(2));
    expect(executeMutation).toHaveBeenLastCalledWith({
      input: { initiativeId: 'i1', parentId: null, body: 'Ir aš.', asOrganisationId: null },
    });
  });

  it('posts a reply under its thread', async () => {
    executeMutation.mockResolvedValue({ data: { addComment: saved } });
    const { wrapper } = await mountWithApp(CommentForm, { props: { initiativeId: 'i1', parentId: 'c1' } });
    expect(wrapper.get('button[type="submit"]').text()).toBe('Skelbti atsakymą');
    await wrapper.get('textarea[name="body"]').setValue('Atsakau.');
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(wrapper.emitted('saved')).toHaveLength(1));
    expect(executeMutation).toHaveBeenCalledWith({
      input: { initiativeId: 'i1', parentId: 'c1', body: 'Atsakau.', asOrganisationId: null },
    });
  });
});
