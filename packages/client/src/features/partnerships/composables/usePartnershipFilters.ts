import { computed } from 'vue';
import { useRoute, useRouter, type LocationQuery } from 'vue-router';
import { partnershipKinds, partnershipOrders, partnershipScopes, partnershipStatuses } from './partnershipEnums';
import type { PartnershipFilter, PartnershipKind, PartnershipOrder, PartnershipStatus, Scope } from '@/gql/graphql';

export const trackerViews = ['table', 'board'] as const;
export type TrackerView = (typeof trackerViews)[number];

/** The tracker's filters, ordering and view as they appear in the URL; empty means "all". */
export interface PartnershipFilters {
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
}

export const defaultOrder: PartnershipOrder = 'NEXT_FOLLOW_UP';
export const defaultView: TrackerView = 'table';

function first(value: LocationQuery[string] | undefined): string {
  const raw = Array.isArray(value) ? value[0] : value;
  return typeof raw === 'string' ? raw : '';
}

function oneOf<T extends string>(allowed: readonly T[], value: string): T | '' {
  return (allowed as readonly string[]).includes(value) ? (value as T) : '';
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;
const ownerValue = /^(me|[0-9a-f-]{36})$/i;

export function parseFilters(query: LocationQuery): PartnershipFilters {
  const owner = first(query.owner);
  const due = first(query.due);
  return {
    scope: oneOf(partnershipScopes, first(query.scope)),
    kind: oneOf(partnershipKinds, first(query.kind)),
    status: oneOf(partnershipStatuses, first(query.status)),
    q: first(query.q).trim(),
    owner: ownerValue.test(owner) ? owner : '',
    due: isoDate.test(due) ? due : '',
    order: oneOf(partnershipOrders, first(query.order)) || defaultOrder,
    view: oneOf(trackerViews, first(query.view)) || defaultView,
  };
}

/** URL query for the filters, leaving out defaults so links stay short. */
export function filtersToQuery(filters: PartnershipFilters): Record<string, string> {
  const query: Record<string, string> = {};
  if (filters.scope) query.scope = filters.scope;
  if (filters.kind) query.kind = filters.kind;
  if (filters.status) query.status = filters.status;
  if (filters.q) query.q = filters.q;
  if (filters.owner) query.owner = filters.owner;
  if (filters.due) query.due = filters.due;
  if (filters.order !== defaultOrder) query.order = filters.order;
  if (filters.view !== defaultView) query.view = filters.view;
  return query;
}

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

/** Tracker filters held in the route's query, so a view can be shared and the back button works. */
export function usePartnershipFilters() {
  const route = useRoute();
  const router = useRouter();
  const filters = computed(() => parseFilters(route.query));
  const isFiltered = computed(
    () => Object.keys(filtersToQuery({ ...filters.value, order: defaultOrder, view: defaultView })).length > 0,
  );

  // Two changes in quick succession: the second builds on the first, not on the URL it has not reached yet.
  let pending: PartnershipFilters | null = null;
  async function go(next: PartnershipFilters) {
    pending = next;
    try {
      await router.push({ query: filtersToQuery(next) });
    } finally {
      if (pending === next) pending = null;
    }
  }

  function update(patch: Partial<PartnershipFilters>) {
    return go({ ...(pending ?? filters.value), ...patch });
  }

  /** Clears the filters; the ordering and the view stay as chosen. */
  function clear() {
    const { order, view } = pending ?? filters.value;
    return go({ ...parseFilters({}), order, view });
  }

  return { filters, isFiltered, update, clear };
}
