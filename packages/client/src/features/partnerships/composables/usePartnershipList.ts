import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useQuery } from '@urql/vue';
import { computed, ref, shallowRef, watch, type Ref } from 'vue';
import type { PartnershipFilter, PartnershipOrder } from '@/gql/graphql';

export const pageSize = 20;

export type PartnershipListVariables = {
  first?: number | null;
  after?: string | null;
  filter?: PartnershipFilter | null;
  orderBy?: PartnershipOrder | null;
};

export interface PartnershipListResult<Node> {
  partnerships: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor?: string | null };
    edges: readonly { cursor: string; node: Node }[];
  };
}

/**
 * A list of partnerships with "load more" cursor pagination. New filters start again from
 * the first page; `paused` holds the query back (e.g. until the viewer is known).
 */
export function usePartnershipList<Node>(
  document: TypedDocumentNode<PartnershipListResult<Node>, PartnershipListVariables>,
  query: Ref<{ filter: PartnershipFilter; orderBy: PartnershipOrder }>,
  options: { pageSize?: number; paused?: Ref<boolean> } = {},
) {
  const size = options.pageSize ?? pageSize;
  const after = ref<string | null>(null);
  const edges = shallowRef<readonly { cursor: string; node: Node }[]>([]);
  const hasData = ref(false);
  // Kept apart from the query result, which is empty while the next page loads.
  const page = shallowRef({ totalCount: 0, hasNextPage: false, endCursor: null as string | null });

  watch(
    () => JSON.stringify(query.value),
    () => {
      after.value = null;
      hasData.value = false;
    },
    { flush: 'sync' },
  );

  const variables = computed(() => ({ first: size, after: after.value, ...query.value }));
  const result = useQuery({ query: document, variables, pause: options.paused });

  watch(
    result.data,
    (data) => {
      if (!data) return;
      const incoming = data.partnerships.edges;
      if (!result.operation.value?.variables.after) {
        edges.value = incoming;
      } else {
        // Append the next page; a re-delivered page (cache update) replaces its own rows.
        const seen = new Set(incoming.map((edge) => edge.cursor));
        edges.value = [...edges.value.filter((edge) => !seen.has(edge.cursor)), ...incoming];
      }
      const { totalCount, pageInfo } = data.partnerships;
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
    loading: computed(() => (result.fetching.value || !!options.paused?.value) && !hasData.value),
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
