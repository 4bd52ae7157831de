import { describe, expect, it } from 'vitest';
import AuditTrail from './AuditTrail.vue';
import { mountWithApp } from '@/testing/mountWithApp';

describe('AuditTrail', () => {
  it('names the action, the person and each change in words', async () => {
    const { wrapper } = await mountWithApp(AuditTrail, {
      props: {
        entries: [
          {
            id: 'a1',
            action: 'organisation.update',
            createdAt: '2026-03-01T09:30:00Z',
            actor: { displayName: 'Rūta Darbuotoja' },
            changes: { name: { from: 'Senas', to: 'Naujas' }, phone: { from: null, to: '+370 528 00000' } },
          },
          {
            id: 'a3',
            action: 'organisation.changeMembership',
            createdAt: '2026-03-01T10:30:00Z',
            actor: null,
            changes: { membership: { from: 'MEMBER', to: 'FORMER' }, reason: 'Išstojo' },
          },
          {
            id: 'a2',
            action: 'organisation.somethingNew',
            createdAt: '2026-03-02T09:30:00Z',
            actor: null,
            changes: {},
          },
        ],
      },
    });
    const items = wrapper.findAll('.audit__entry');
    expect(items[0]!.text()).toContain('Pakeistas profilis · Rūta Darbuotoja');
    expect(items[0]!.findAll('.audit__changes li').map((li) => li.text())).toEqual([
      'Pavadinimas: Senas → Naujas',
      'Telefonas: (tuščia) → +370 528 00000',
    ]);
    expect(items[1]!.findAll('.audit__changes li').map((li) => li.text())).toEqual([
      'Narystė: Narė → Buvusi narė',
      'Priežastis: Išstojo',
    ]);
    expect(items[2]!.text()).toContain('organisation.somethingNew · Sistema');
  });
});
