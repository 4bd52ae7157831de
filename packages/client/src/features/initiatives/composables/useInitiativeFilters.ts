import { initiativeOrders, initiativeStatuses, themeCodes } from './initiativeEnums';
import { sectors } from '@/composables/useEnumOptions';
import { choiceField, defineUrlFilters, textField } from '@/composables/useUrlFilters';
import type { InitiativeFilter, InitiativeOrder, InitiativeStatus, Sector } from '@/gql/graphql';

/** The list's filters as they appear in the URL: one value each, empty meaning "all". */
export type InitiativeFilters = {
  status: InitiativeStatus | '';
  theme: string;
  measure: string;
  eldership: string;
  sector: Sector | '';
  q: string;
  order: InitiativeOrder;
};

export const defaultOrder: InitiativeOrder = 'NEWEST';

const initiativeFilters = defineUrlFilters<InitiativeFilters>(
  {
    status: choiceField(initiativeStatuses),
    theme: choiceField(themeCodes),
    measure: textField(),
    eldership: textField(),
    sector: choiceField(sectors),
    q: textField({ trim: true }),
    order: choiceField(initiativeOrders, defaultOrder, true),
  },
  {
    // Relevance needs search words.
    normalise: (filters) =>
      filters.order === 'RELEVANCE' && !filters.q ? { ...filters, order: defaultOrder } : filters,
    // New search words: best matches first, unless an ordering was chosen with them.
    adjust(next, patch, current) {
      if (patch.q && patch.order === undefined && !current.q && next.order === defaultOrder) {
        return { ...next, order: 'RELEVANCE' };
      }
      return next;
    },
  },
);

export const parseFilters = initiativeFilters.parse;
export const filtersToQuery = initiativeFilters.toQuery;

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

/** Initiative filters held in the route's query. */
export const useInitiativeFilters = initiativeFilters.use;
