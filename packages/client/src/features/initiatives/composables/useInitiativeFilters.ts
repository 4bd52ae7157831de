import { computed } from 'vue';
import { useRoute, useRouter, type LocationQuery } from 'vue-router';
import { initiativeOrders, initiativeStatuses, themeCodes } from './initiativeEnums';
import { sectors } from '@/composables/useEnumOptions';
import type { InitiativeFilter, InitiativeOrder, InitiativeStatus, Sector } from '@/gql/graphql';

/** The list's filters as they appear in the URL: one value each, empty meaning "all". */
export interface InitiativeFilters {
  status: InitiativeStatus | '';
  theme: string;
  measure: string;
  eldership: string;
  sector: Sector | '';
  q: string;
  order: InitiativeOrder;
}

export const defaultOrder: InitiativeOrder = 'NEWEST';

function first(value: LocationQuery[string] | undefined): string {
  const raw = Array.isArray(value) ? value[0] : value;
  return typeof raw === 'string' ? raw : '';
}

function oneOf<T extends string>(allowed: readonly T[], value: string): T | '' {
  return (allowed as readonly string[]).includes(value) ? (value as T) : '';
}

export function parseFilters(query: LocationQuery): InitiativeFilters {
  const q = first(query.q).trim();
  let order = oneOf(initiativeOrders, first(query.order)) || defaultOrder;
  // Relevance needs search words.
  if (order === 'RELEVANCE' && !q) order = defaultOrder;
  return {
    status: oneOf(initiativeStatuses, first(query.status)),
    theme: oneOf(themeCodes, first(query.theme)),
    measure: first(query.measure),
    eldership: first(query.eldership),
    sector: oneOf(sectors, first(query.sector)),
    q,
    order,
  };
}

/** URL query for the filters, leaving out defaults so links stay short. */
export function filtersToQuery(filters: InitiativeFilters): Record<string, string> {
  const query: Record<string, string> = {};
  if (filters.status) query.status = filters.status;
  if (filters.theme) query.theme = filters.theme;
  if (filters.measure) query.measure = filters.measure;
  if (filters.eldership) query.eldership = filters.eldership;
  if (filters.sector) query.sector = filters.sector;
  if (filters.q) query.q = filters.q;
  if (filters.order !== defaultOrder && !(filters.order === 'RELEVANCE' && !filters.q)) query.order = filters.order;
  return query;
}

export function filtersToVariables(filters: InitiativeFilters): { filter: InitiativeFilter; orderBy: InitiativeOrder } {
  const filter: InitiativeFilter = {};
  if (filters.status) filter.status = [filters.status];
  if (filters.theme) filter.themes = [filters.theme];
  if (filters.measure) filter.measureIds = [filters.measure];
  if (filters.eldership) filter.elderships = [filters.eldership];
  if (filters.sector) filter.leadSector = [filters.sector];
  if (filters.q) filter.search = filters.q;
  return { filter, orderBy: filters.order };
}

/** Initiative filters held in the route's query, so a view can be shared and the back button works. */
export function useInitiativeFilters() {
  const route = useRoute();
  const router = useRouter();
  const filters = computed(() => parseFilters(route.query));
  const isFiltered = computed(() => Object.keys(filtersToQuery({ ...filters.value, order: defaultOrder })).length > 0);

  function update(patch: Partial<InitiativeFilters>) {
    const next = { ...filters.value, ...patch };
    // New search words: best matches first; no words: relevance makes no sense.
    if (patch.q !== undefined && patch.order === undefined) {
      if (patch.q && !filters.value.q && next.order === defaultOrder) next.order = 'RELEVANCE';
      if (!patch.q && next.order === 'RELEVANCE') next.order = defaultOrder;
    }
    return router.push({ query: filtersToQuery(next) });
  }

  function clear() {
    return router.push({ query: {} });
  }

  return { filters, isFiltered, update, clear };
}
