import { partnershipKinds, partnershipOrders, partnershipScopes, partnershipStatuses } from './partnershipEnums';
import { choiceField, defineUrlFilters, patternField, textField } from '@/composables/useUrlFilters';
import type { PartnershipFilter, PartnershipKind, PartnershipOrder, PartnershipStatus, Scope } from '@/gql/graphql';

export const trackerViews = ['table', 'board'] as const;
export type TrackerView = (typeof trackerViews)[number];

/** The tracker's filters, ordering and view as they appear in the URL; empty means "all". */
export type PartnershipFilters = {
  scope: Scope | '';
  kind: PartnershipKind | '';
  status: PartnershipStatus | '';
  q: string;
  /** `me` (whoever is signed in), a staff member's id, or empty for everyone */
  owner: string;
  /** follow-up due on or before this day (`YYYY-MM-DD`) */
  due: string;
  order: PartnershipOrder;
  view: TrackerView;
};

export const defaultOrder: PartnershipOrder = 'NEXT_FOLLOW_UP';
export const defaultView: TrackerView = 'table';

const partnershipFilters = defineUrlFilters<PartnershipFilters>({
  scope: choiceField(partnershipScopes),
  kind: choiceField(partnershipKinds),
  status: choiceField(partnershipStatuses),
  q: textField({ trim: true }),
  owner: patternField(/^(me|[0-9a-f-]{36})$/i),
  due: patternField(/^\d{4}-\d{2}-\d{2}$/),
  order: choiceField(partnershipOrders, defaultOrder, true),
  view: choiceField(trackerViews, defaultView, true),
});

export const parseFilters = partnershipFilters.parse;
export const filtersToQuery = partnershipFilters.toQuery;

/** The GraphQL filter and ordering; `owner=me` becomes the signed-in person's id. */
export function filtersToVariables(
  filters: PartnershipFilters,
  meId: string | null,
): { filter: PartnershipFilter; orderBy: PartnershipOrder } {
  const filter: PartnershipFilter = {};
  if (filters.scope) filter.scope = [filters.scope];
  if (filters.kind) filter.kind = [filters.kind];
  if (filters.status) filter.status = [filters.status];
  if (filters.q) filter.search = filters.q;
  const ownerId = filters.owner === 'me' ? meId : filters.owner;
  if (ownerId) filter.ownerId = ownerId;
  if (filters.due) filter.followUpDueBefore = filters.due;
  return { filter, orderBy: filters.order };
}

/** Tracker filters held in the route's query. */
export const usePartnershipFilters = partnershipFilters.use;
