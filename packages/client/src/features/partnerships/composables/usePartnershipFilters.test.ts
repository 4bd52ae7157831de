import { describe, expect, it } from 'vitest';
import { filtersToQuery, filtersToVariables, parseFilters } from './usePartnershipFilters';

const me = '8f0c1f0e-1111-4a4a-9b9b-000000000001';

describe('tracker filters in the URL', () => {
  it('reads known values and drops unknown ones', () => {
    expect(
      parseFilters({
        scope: 'INTERNATIONAL',
        kind: 'TREATY',
        status: ['NEGOTIATING', 'ACTIVE'],
        q: ' amatų ',
        owner: 'someone',
        due: '2026-13',
        order: 'RECENTLY_ACTIVE',
        view: 'kanban',
      }),
    ).toEqual({
      scope: 'INTERNATIONAL',
      kind: '',
      status: 'NEGOTIATING',
      q: 'amatų',
      owner: '',
      due: '',
      order: 'RECENTLY_ACTIVE',
      view: 'table',
    });
  });

  it('defaults to the soonest follow-up and the table, and leaves defaults out of the URL', () => {
    const filters = parseFilters({});
    expect(filters.order).toBe('NEXT_FOLLOW_UP');
    expect(filters.view).toBe('table');
    expect(filtersToQuery(filters)).toEqual({});
  });

  it('round-trips through the query', () => {
    const query = {
      scope: 'NATIONAL',
      kind: 'NETWORK_MEMBERSHIP',
      status: 'ACTIVE',
      q: 'tinklas',
      owner: 'me',
      due: '2026-04-30',
      order: 'NEWEST',
      view: 'board',
    };
    expect(filtersToQuery(parseFilters(query))).toEqual(query);
  });

  it('becomes the GraphQL filter, "mine only" with the signed-in person’s id', () => {
    expect(
      filtersToVariables(parseFilters({ scope: 'LOCAL', status: 'PROSPECT', owner: 'me', due: '2026-04-30' }), me),
    ).toEqual({
      filter: { scope: ['LOCAL'], status: ['PROSPECT'], ownerId: me, followUpDueBefore: '2026-04-30' },
      orderBy: 'NEXT_FOLLOW_UP',
    });
    expect(filtersToVariables(parseFilters({ owner: me, view: 'board' }), null)).toEqual({
      filter: { ownerId: me },
      orderBy: 'NEXT_FOLLOW_UP',
    });
  });
});
