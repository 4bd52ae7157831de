import { computed } from 'vue';
import { useRoute, useRouter, type LocationQuery } from 'vue-router';
import { memberships, organisationOrders, scopes, sectors } from '@/composables/useEnumOptions';
import type { Membership, OrganisationFilter, OrganisationOrder, Scope, Sector } from '@/gql/graphql';

/** The directory's filters as they appear in the URL: one value each, empty meaning "all". */
export interface DirectoryFilters {
  sector: Sector | '';
  scope: Scope | '';
  membership: Membership | '';
  eldership: string;
  q: string;
  order: OrganisationOrder;
}

export const defaultOrder: OrganisationOrder = 'NAME';

function first(value: LocationQuery[string] | undefined): string {
  const raw = Array.isArray(value) ? value[0] : value;
  return typeof raw === 'string' ? raw : '';
}

function oneOf<T extends string>(allowed: readonly T[], value: string): T | '' {
  return (allowed as readonly string[]).includes(value) ? (value as T) : '';
}

export function parseFilters(query: LocationQuery): DirectoryFilters {
  return {
    sector: oneOf(sectors, first(query.sector)),
    scope: oneOf(scopes, first(query.scope)),
    membership: oneOf(memberships, first(query.membership)),
    eldership: first(query.eldership),
    q: first(query.q).trim(),
    order: oneOf(organisationOrders, first(query.order)) || defaultOrder,
  };
}

/** URL query for the filters, leaving out defaults so links stay short. */
export function filtersToQuery(filters: DirectoryFilters): Record<string, string> {
  const query: Record<string, string> = {};
  if (filters.sector) query.sector = filters.sector;
  if (filters.scope) query.scope = filters.scope;
  if (filters.membership) query.membership = filters.membership;
  if (filters.eldership) query.eldership = filters.eldership;
  if (filters.q) query.q = filters.q;
  if (filters.order !== defaultOrder) query.order = filters.order;
  return query;
}

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

/** Directory filters held in the route's query, so a view can be shared and the back button works. */
export function useDirectoryFilters() {
  const route = useRoute();
  const router = useRouter();
  const filters = computed(() => parseFilters(route.query));
  const isFiltered = computed(() => Object.keys(filtersToQuery({ ...filters.value, order: defaultOrder })).length > 0);

  function update(patch: Partial<DirectoryFilters>) {
    const query = filtersToQuery({ ...filters.value, ...patch });
    return router.push({ query });
  }

  function clear() {
    return router.push({ query: {} });
  }

  return { filters, isFiltered, update, clear };
}
