import { CombinedError } from '@urql/core';
import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import OrganisationEditForm from './OrganisationEditForm.vue';
import type { OrganisationProfileFragment } from '@/gql/graphql';
import { mountWithApp } from '@/testing/mountWithApp';

const executeMutation = vi.fn();
vi.mock('@urql/vue', () => ({
  useMutation: () => ({ executeMutation, fetching: ref(false) }),
  useQuery: () => ({ data: ref({ elderships: [{ id: 'e1', code: 'vievio', name: 'Vievio seniūnija' }] }) }),
}));

const organisation: OrganisationProfileFragment = {
  id: 'o1',
  slug: 'vievio-bendruomene',
  name: 'Vievio bendruomenė',
  legalCode: null,
  sector: 'NGO',
  kind: 'RURAL_COMMUNITY',
  scope: 'LOCAL',
  country: 'LT',
  eldership: { id: 'e1', code: 'vievio', name: 'Vievio seniūnija' },
  membership: 'MEMBER',
  memberSince: '2010-05-01',
  memberUntil: null,
  email: null,
  phone: null,
  address: null,
  website: null,
  description: 'Bendruomenė',
  descriptionEn: null,
  foundedOn: null,
  registeredOn: null,
  createdAt: '2020-01-01T00:00:00Z',
  updatedAt: '2020-01-01T00:00:00Z',
  version: 3,
  viewerCanEdit: true,
  representatives: [],
};

beforeEach(() => executeMutation.mockReset());

describe('OrganisationEditForm', () => {
  it('sends the changed fields with the version it started from', async () => {
    executeMutation.mockResolvedValue({ data: { updateOrganisation: { id: 'o1' } } });
    const { wrapper } = await mountWithApp(OrganisationEditForm, { props: { organisation } });
    await wrapper.get('input[name="name"]').setValue('Vievio kaimo bendruomenė');
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(wrapper.emitted('saved')).toHaveLength(1));
    expect(executeMutation).toHaveBeenCalledWith({
      input: expect.objectContaining({
        id: 'o1',
        version: 3,
        name: 'Vievio kaimo bendruomenė',
        eldershipId: 'e1',
        email: null,
      }),
      // The answer brings the description as the page shows it, in the interface's language.
      language: 'lt',
    });
    expect(wrapper.emitted('saved')).toHaveLength(1);
  });

  it('lets a representative see but not send what only staff may change', async () => {
    executeMutation.mockResolvedValue({ data: { updateOrganisation: { id: 'o1' } } });
    const { wrapper } = await mountWithApp(OrganisationEditForm, { props: { organisation } });
    expect(wrapper.get('select[name="sector"]').attributes('disabled')).toBeDefined();
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(executeMutation).toHaveBeenCalled());
    const { input } = executeMutation.mock.calls[0]![0];
    expect(Object.keys(input)).not.toContain('sector');
    expect(Object.keys(input)).not.toContain('legalCode');
  });

  it('says when someone else changed the profile and offers a reload', async () => {
    executeMutation.mockResolvedValue({
      error: new CombinedError({ graphQLErrors: [{ message: 'version mismatch', extensions: { code: 'CONFLICT' } }] }),
    });
    const { wrapper } = await mountWithApp(OrganisationEditForm, { props: { organisation } });
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(wrapper.find('[role="alert"]').exists()).toBe(true));
    expect(wrapper.get('[role="alert"]').text()).toContain('kažkas kitas pakeitė šį profilį');
    await wrapper.get('[role="alert"] button').trigger('click');
    expect(wrapper.emitted('reload')).toHaveLength(1);
  });

  it('validates inline before saving', async () => {
    const { wrapper } = await mountWithApp(OrganisationEditForm, { props: { organisation } });
    await wrapper.get('input[name="name"]').setValue('');
    await wrapper.get('input[name="website"]').setValue('www.vievis');
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(wrapper.findAll('.field__error')).toHaveLength(2));
    await flushPromises();
    expect(executeMutation).not.toHaveBeenCalled();
    const errors = wrapper.findAll('.field__error').map((e) => e.text());
    expect(errors).toEqual(['Šis laukas privalomas.', 'Įrašykite visą adresą, prasidedantį https://']);
  });
});
