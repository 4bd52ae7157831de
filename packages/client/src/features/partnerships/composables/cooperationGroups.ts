import { partnershipScopes, publicStatuses } from './partnershipEnums';
import type { PartnershipStatus, Scope } from '@/gql/graphql';

/** What grouping needs to know of a partnership. */
export interface GroupablePartnership {
  id: string;
  title: string;
  scope: Scope;
  status: PartnershipStatus;
  startDate?: string | null;
  parties: readonly { organisation: { slug: string; country: string } }[];
}

export interface CountryGroup<P> {
  /** the country codes joined, e.g. `LV` or `FI+LV`; empty when no country is known */
  key: string;
  countries: readonly string[];
  partnerships: P[];
}

export interface ScopeGroup<P> {
  scope: Scope;
  count: number;
  countries: CountryGroup<P>[];
}

/**
 * The countries a partnership is "with": those of its parties other than the LAG. When the
 * partners come from several countries, the LAG's own country gives way to the foreign ones
 * (a Latvian LAG and a local craft society make a Latvian partnership). With no other party,
 * the LAG's country.
 */
export function partnerCountries(
  partnership: Pick<GroupablePartnership, 'parties'>,
  lag: { slug: string; country: string },
): string[] {
  const others = partnership.parties.filter((party) => party.organisation.slug !== lag.slug);
  const countries = [...new Set(others.map((party) => party.organisation.country.toUpperCase()))].sort();
  if (!countries.length) return partnership.parties.length ? [lag.country.toUpperCase()] : [];
  const foreign = countries.filter((country) => country !== lag.country.toUpperCase());
  return countries.length > 1 && foreign.length ? foreign : countries;
}

const statusRank = (status: PartnershipStatus) => {
  const rank = publicStatuses.indexOf(status);
  return rank === -1 ? publicStatuses.length : rank;
};

/**
 * Partnerships by scope (every scope, in the usual order) and, within a scope, by the
 * partners' country, countries sorted by their name in the reader's language. Within a
 * country: active first, then the newest start.
 */
export function groupByScopeAndCountry<P extends GroupablePartnership>(
  partnerships: readonly P[],
  options: { lag: { slug: string; country: string }; countryName: (code: string) => string; locale: string },
): ScopeGroup<P>[] {
  const { lag, countryName, locale } = options;
  const groupName = (group: CountryGroup<P>) => group.countries.map(countryName).join(', ');
  const byPartnership = (a: P, b: P) =>
    statusRank(a.status) - statusRank(b.status) ||
    (b.startDate ?? '').localeCompare(a.startDate ?? '') ||
    a.title.localeCompare(b.title, locale);

  return partnershipScopes.map((scope) => {
    const inScope = partnerships.filter((partnership) => partnership.scope === scope);
    const groups = new Map<string, CountryGroup<P>>();
    for (const partnership of inScope) {
      const countries = partnerCountries(partnership, lag);
      const key = countries.join('+');
      const group = groups.get(key) ?? { key, countries, partnerships: [] };
      group.partnerships.push(partnership);
      groups.set(key, group);
    }
    const countries = [...groups.values()]
      .map((group) => ({ ...group, partnerships: [...group.partnerships].sort(byPartnership) }))
      // Countries by name; partnerships with no known country last.
      .sort((a, b) => Number(!a.key) - Number(!b.key) || groupName(a).localeCompare(groupName(b), locale));
    return { scope, count: inScope.length, countries };
  });
}
