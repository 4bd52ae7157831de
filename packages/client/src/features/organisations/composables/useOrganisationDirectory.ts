import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useQuery } from '@urql/vue';
import { computed, ref, shallowRef, watch, type Ref } from 'vue';
import { filtersToVariables, type DirectoryFilters } from './useDirectoryFilters';
import type { OrganisationFilter, OrganisationOrder } from '@/gql/graphql';

export const pageSize = 20;

export type DirectoryVariables = {
  first?: number | null;
  after?: string | null;
  filter?: OrganisationFilter | null;
  orderBy?: OrganisationOrder | null;
};

export interface DirectoryResult<Node> {
  organisations: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
    edges: readonly { cursor: string; node: Node }[];
  };
}

/**
 * One directory listing with "load more" cursor pagination. Each page (directory, staff
 * register) brings its own query document, so each selects only the fields it renders.
 */
export function useOrganisationDirectory<Node>(
  document: TypedDocumentNode<DirectoryResult<Node>, DirectoryVariables>,
  filters: Ref<DirectoryFilters>,
) {
  const after = ref<string | null>(null);
  const edges = shallowRef<readonly { cursor: string; node: Node }[]>([]);
  const hasData = ref(false);
  // Kept apart from the query result, which is empty while the next page loads.
  const page = shallowRef({ totalCount: 0, hasNextPage: false, endCursor: null as string | null });

  // New filters start again from the first page.
  watch(
    () => JSON.stringify(filters.value),
    () => {
      after.value = null;
      hasData.value = false;
    },
    { flush: 'sync' },
  );

  const variables = computed(() => ({ first: pageSize, after: after.value, ...filtersToVariables(filters.value) }));
  const result = useQuery({ query: document, variables });

  watch(
    result.data,
    (data) => {
      if (!data) return;
      const incoming = data.organisations.edges;
      if (!result.operation.value?.variables.after) {
        edges.value = incoming;
      } else {
        // Append the next page; a re-delivered page (cache update) replaces its own rows.
        const seen = new Set(incoming.map((edge) => edge.cursor));
        edges.value = [...edges.value.filter((edge) => !seen.has(edge.cursor)), ...incoming];
      }
      const { totalCount, pageInfo } = data.organisations;
      page.value = { totalCount, hasNextPage: pageInfo.hasNextPage, endCursor: pageInfo.endCursor ?? null };
      hasData.value = true;
    },
    { immediate: true },
  );

  return {
    edges,
    totalCount: computed(() => page.value.totalCount),
    hasNextPage: computed(() => page.value.hasNextPage),
    /** true while the first page for the current filters is loading */
    loading: computed(() => result.fetching.value && !hasData.value),
    loadingMore: computed(() => result.fetching.value && after.value !== null),
    hasData,
    error: result.error,
    loadMore() {
      if (page.value.endCursor) after.value = page.value.endCursor;
    },
    retry() {
      result.executeQuery({ requestPolicy: 'network-only' });
    },
  };
}
