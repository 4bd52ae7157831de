import { memberships, organisationOrders, scopes, sectors } from '@/composables/useEnumOptions';
import { choiceField, defineUrlFilters, textField } from '@/composables/useUrlFilters';
import type { Membership, OrganisationFilter, OrganisationOrder, Scope, Sector } from '@/gql/graphql';

/** The directory's filters as they appear in the URL: one value each, empty meaning "all". */
export type DirectoryFilters = {
  sector: Sector | '';
  scope: Scope | '';
  membership: Membership | '';
  eldership: string;
  q: string;
  order: OrganisationOrder;
};

export const defaultOrder: OrganisationOrder = 'NAME';

const directoryFilters = defineUrlFilters<DirectoryFilters>({
  sector: choiceField(sectors),
  scope: choiceField(scopes),
  membership: choiceField(memberships),
  eldership: textField(),
  q: textField({ trim: true }),
  order: choiceField(organisationOrders, defaultOrder, true),
});

export const parseFilters = directoryFilters.parse;
export const filtersToQuery = directoryFilters.toQuery;

export function filtersToVariables(filters: DirectoryFilters): {
  filter: OrganisationFilter;
  orderBy: OrganisationOrder;
} {
  const filter: OrganisationFilter = {};
  if (filters.sector) filter.sector = [filters.sector];
  if (filters.scope) filter.scope = [filters.scope];
  if (filters.membership) filter.membership = [filters.membership];
  if (filters.eldership) filter.elderships = [filters.eldership];
  if (filters.q) filter.search = filters.q;
  return { filter, orderBy: filters.order };
}

/** Directory filters held in the route's query (the directory and the staff's member register). */
export const useDirectoryFilters = directoryFilters.use;
