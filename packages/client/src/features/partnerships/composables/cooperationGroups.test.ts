import { describe, expect, it } from 'vitest';
import { groupByScopeAndCountry, partnerCountries, type GroupablePartnership } from './cooperationGroups';

const lag = { slug: 'elektrenu-vvg', country: 'LT' };
const org = (slug: string, country: string) => ({ organisation: { slug, country } });
const partnership = (
  id: string,
  scope: GroupablePartnership['scope'],
  parties: GroupablePartnership['parties'],
  extra: Partial<GroupablePartnership> = {},
): GroupablePartnership => ({ id, title: id, scope, status: 'ACTIVE', startDate: null, parties, ...extra });

const names: Record<string, string> = { LT: 'Lietuva', LV: 'Latvija', FI: 'Suomija', EE: 'Estija' };
const options = { lag, countryName: (code: string) => names[code] ?? code, locale: 'lt' };

describe('partnerCountries', () => {
  it('is decided by the parties other than the LAG', () => {
    expect(
      partnerCountries(partnership('a', 'INTERNATIONAL', [org('elektrenu-vvg', 'LT'), org('zalas', 'lv')]), lag),
    ).toEqual(['LV']);
  });

  it('lets foreign partners outweigh local ones', () => {
    const mixed = partnership('b', 'INTERNATIONAL', [
      org('elektrenu-vvg', 'LT'),
      org('zalas', 'LV'),
      org('amatininkai', 'LT'),
    ]);
    expect(partnerCountries(mixed, lag)).toEqual(['LV']);
    const twoForeign = partnership('c', 'INTERNATIONAL', [org('jarvimaa', 'FI'), org('zalas', 'LV')]);
    expect(partnerCountries(twoForeign, lag)).toEqual(['FI', 'LV']);
  });

  it('falls back to the LAG’s country, or to none', () => {
    expect(partnerCountries(partnership('d', 'LOCAL', [org('elektrenu-vvg', 'LT')]), lag)).toEqual(['LT']);
    expect(partnerCountries(partnership('e', 'LOCAL', []), lag)).toEqual([]);
  });
});

describe('groupByScopeAndCountry', () => {
  it('lists every scope in order, and countries by name within a scope', () => {
    const groups = groupByScopeAndCountry(
      [
        partnership('fi', 'INTERNATIONAL', [org('elektrenu-vvg', 'LT'), org('jarvimaa', 'FI')]),
        partnership('lv', 'INTERNATIONAL', [org('elektrenu-vvg', 'LT'), org('zalas', 'LV')]),
        partnership('ee', 'INTERNATIONAL', [org('tartu', 'EE')]),
        partnership('net', 'NATIONAL', [org('elektrenu-vvg', 'LT'), org('tinklas', 'LT')]),
        partnership('none', 'INTERNATIONAL', []),
      ],
      options,
    );
    expect(groups.map((g) => [g.scope, g.count])).toEqual([
      ['LOCAL', 0],
      ['NATIONAL', 1],
      ['INTERNATIONAL', 4],
    ]);
    expect(groups[2]!.countries.map((c) => c.key)).toEqual(['EE', 'LV', 'FI', '']);
    expect(groups[1]!.countries.map((c) => [c.key, c.partnerships.map((p) => p.id)])).toEqual([['LT', ['net']]]);
  });

  it('puts active partnerships first, then the newest start', () => {
    const parties = [org('elektrenu-vvg', 'LT'), org('savivaldybe', 'LT')];
    const [local] = groupByScopeAndCountry(
      [
        partnership('old-ended', 'LOCAL', parties, { status: 'ENDED', startDate: '2019-03-01' }),
        partnership('completed', 'LOCAL', parties, { status: 'COMPLETED', startDate: '2024-01-01' }),
        partnership('active-old', 'LOCAL', parties, { startDate: '2020-01-01' }),
        partnership('active-new', 'LOCAL', parties, { startDate: '2025-06-01' }),
      ],
      options,
    );
    expect(local!.countries[0]!.partnerships.map((p) => p.id)).toEqual([
      'active-new',
      'active-old',
      'completed',
      'old-ended',
    ]);
  });
});
