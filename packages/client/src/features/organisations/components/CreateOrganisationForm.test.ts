import { flushPromises } from '@vue/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import CreateOrganisationForm from './CreateOrganisationForm.vue';
import { mountWithApp } from '@/testing/mountWithApp';

const executeMutation = vi.fn();
vi.mock('@urql/vue', () => ({
  useMutation: () => ({ executeMutation, fetching: ref(false) }),
  useQuery: () => ({ data: ref({ elderships: [{ id: 'e7', code: 'giluciu', name: 'Gilučių seniūnija' }] }) }),
}));

beforeEach(() => executeMutation.mockReset());

describe('CreateOrganisationForm', () => {
  it('labels every field', async () => {
    const { wrapper } = await mountWithApp(CreateOrganisationForm);
    const labels = wrapper.findAll('label').map((label) => label.text().replace(/\s+/g, ' '));
    expect(labels).toEqual([
      'Pavadinimas',
      'Sektorius',
      'Rūšis',
      'Veiklos mastas',
      'Seniūnija (neprivaloma)',
      'Juridinio asmens kodas (neprivaloma)',
      'Šalis',
      'El. paštas (neprivaloma)',
      'Telefonas (neprivaloma)',
      'Adresas (neprivaloma)',
      'Svetainė (neprivaloma)',
      'Aprašymas (neprivaloma)',
      'Aprašymas anglų kalba (neprivaloma)',
      'Narystė',
      'Narė nuo (neprivaloma)',
    ]);
  });

  it('shows what is missing next to each field', async () => {
    const { wrapper } = await mountWithApp(CreateOrganisationForm);
    await wrapper.get('input[name="email"]').setValue('ne-el-pastas');
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(wrapper.findAll('.field__error')).toHaveLength(4));
    await flushPromises();
    expect(executeMutation).not.toHaveBeenCalled();
    expect(wrapper.findAll('.field__error').map((e) => e.text())).toEqual([
      'Šis laukas privalomas.',
      'Pasirinkite reikšmę.',
      'Pasirinkite reikšmę.',
      'Įrašykite el. pašto adresą, pvz., vardas@pavyzdys.lt.',
    ]);
  });

  it('creates the organisation without sending empty optional fields', async () => {
    executeMutation.mockResolvedValue({
      data: { createOrganisation: { id: 'o9', slug: 'giluciu-ukis', name: 'Gilučių ūkis' } },
    });
    const { wrapper } = await mountWithApp(CreateOrganisationForm);
    await wrapper.get('input[name="name"]').setValue('Gilučių ūkis');
    await wrapper.get('select[name="sector"]').setValue('BUSINESS');
    await wrapper.get('select[name="kind"]').setValue('FARM');
    await wrapper.get('select[name="eldershipId"]').setValue('e7');
    await wrapper.get('form').trigger('submit');
    await vi.waitFor(() => expect(wrapper.emitted('created')).toBeTruthy());
    expect(executeMutation).toHaveBeenCalledWith({
      input: {
        name: 'Gilučių ūkis',
        sector: 'BUSINESS',
        kind: 'FARM',
        scope: 'LOCAL',
        country: 'LT',
        eldershipId: 'e7',
        membership: 'MEMBER',
      },
    });
    expect(wrapper.emitted('created')).toEqual([[{ id: 'o9', slug: 'giluciu-ukis', name: 'Gilučių ūkis' }]]);
  });
});
