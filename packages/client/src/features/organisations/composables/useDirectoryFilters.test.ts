import { describe, expect, it } from 'vitest';
import { filtersToQuery, filtersToVariables, parseFilters } from './useDirectoryFilters';

describe('directory filters in the URL', () => {
  it('reads known values and drops unknown ones', () => {
    const filters = parseFilters({
      sector: 'NGO',
      scope: 'MARS',
      membership: ['MEMBER', 'FORMER'],
      q: ' kaimas ',
      order: 'NEWEST',
    });
    expect(filters).toEqual({
      sector: 'NGO',
      scope: '',
      membership: 'MEMBER',
      eldership: '',
      q: 'kaimas',
      order: 'NEWEST',
    });
  });

  it('defaults the order to NAME and leaves it out of the URL', () => {
    const filters = parseFilters({});
    expect(filters.order).toBe('NAME');
    expect(filtersToQuery(filters)).toEqual({});
  });

  it('round-trips through the query', () => {
    const query = { sector: 'BUSINESS', eldership: 'vievio', q: 'ūkis', order: 'MEMBER_SINCE' };
    expect(filtersToQuery(parseFilters(query))).toEqual(query);
  });

  it('becomes the GraphQL filter', () => {
    expect(filtersToVariables(parseFilters({ sector: 'PUBLIC', eldership: 'vievio', q: 'mokykla' }))).toEqual({
      filter: { sector: ['PUBLIC'], elderships: ['vievio'], search: 'mokykla' },
      orderBy: 'NAME',
    });
  });
});
