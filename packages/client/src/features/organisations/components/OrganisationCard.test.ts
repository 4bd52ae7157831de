import { describe, expect, it } from 'vitest';
import OrganisationCard from './OrganisationCard.vue';
import { makeFragmentData } from '@/gql';
import { OrganisationCardFragmentDoc, type OrganisationCardFragment } from '@/gql/graphql';
import { mountWithApp } from '@/testing/mountWithApp';

const data: OrganisationCardFragment = {
  id: '1',
  slug: 'pastrevio-bendruomene',
  name: 'Pastrėvio kaimo bendruomenė',
  kind: 'RURAL_COMMUNITY',
  sector: 'NGO',
  membership: 'MEMBER',
  eldership: { id: 'e1', name: 'Pastrėvio seniūnija' },
  representatives: [
    { id: 'r1', person: { id: 'p1', displayName: 'Ona Pavyzdytė' } },
    { id: 'r2', person: { id: 'p2', displayName: 'Jonas Pavyzdys' } },
  ],
};
const organisation = makeFragmentData(data, OrganisationCardFragmentDoc);

describe('OrganisationCard', () => {
  it('shows the name as a link, kind, sector, eldership, membership and representatives', async () => {
    const { wrapper } = await mountWithApp(OrganisationCard, { props: { organisation } });
    expect(wrapper.get('h2 a').attributes('href')).toBe('/organisations/pastrevio-bendruomene');
    const text = wrapper.text();
    expect(text).toContain('Kaimo bendruomenė');
    expect(text).toContain('Nevyriausybinės organizacijos');
    expect(text).toContain('Pastrėvio seniūnija');
    expect(wrapper.get('.badge').text()).toBe('Narė');
    expect(text).toContain('AtstovaiOna Pavyzdytė, Jonas Pavyzdys');
  });

  it('speaks English when asked', async () => {
    const { wrapper } = await mountWithApp(OrganisationCard, { props: { organisation }, locale: 'en' });
    expect(wrapper.text()).toContain('Rural community');
    expect(wrapper.get('.badge').text()).toBe('Member');
  });
});
