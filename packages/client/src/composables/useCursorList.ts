import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { useQuery } from '@urql/vue';
import { computed, ref, shallowRef, watch, type Ref } from 'vue';

export const pageSize = 20;

/** The part of a Relay connection a "load more" list reads. */
export interface CursorConnection<Edge extends { cursor: string }> {
  /** absent where the API keeps no count (notifications): the list then shows none */
  totalCount?: number | null;
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
  edges: readonly Edge[];
}

/** The variables every paged list query takes, beside its own filter and ordering. */
export type CursorVariables = { first?: number | null; after?: string | null };

/**
 * A list with "load more" cursor pagination. Each page brings its own query document, so it
 * selects only the fields it renders, and says where the connection sits in the answer.
 * New variables start again from the first page; `paused` holds the query back (e.g. until
 * the viewer is known).
 */
export function useCursorList<Data, Variables extends CursorVariables, Edge extends { cursor: string }>(
  document: TypedDocumentNode<Data, Variables>,
  variables: Ref<Omit<Variables, 'first' | 'after'>>,
  connection: (data: Data) => CursorConnection<Edge>,
  options: { pageSize?: number; paused?: Ref<boolean> } = {},
) {
  const size = options.pageSize ?? pageSize;
  const after = ref<string | null>(null);
  const edges = shallowRef<readonly Edge[]>([]);
  const hasData = ref(false);
  // Kept apart from the query result, which is empty while the next page loads.
  const page = shallowRef({ totalCount: null as number | null, hasNextPage: false, endCursor: null as string | null });

  watch(
    () => JSON.stringify(variables.value),
    () => {
      after.value = null;
      hasData.value = false;
    },
    { flush: 'sync' },
  );

  const result = useQuery<Data, Variables>({
    query: document,
    variables: computed(() => ({ ...variables.value, first: size, after: after.value }) as Variables),
    pause: options.paused,
  });

  watch(
    result.data,
    (data) => {
      if (!data) return;
      const answer = connection(data);
      const incoming = answer.edges;
      if (!result.operation.value?.variables.after) {
        edges.value = incoming;
      } else {
        // Append the next page; a re-delivered page (cache update) replaces its own rows.
        const seen = new Set(incoming.map((edge) => edge.cursor));
        edges.value = [...edges.value.filter((edge) => !seen.has(edge.cursor)), ...incoming];
      }
      const { totalCount, pageInfo } = answer;
      page.value = {
        totalCount: totalCount ?? null,
        hasNextPage: pageInfo.hasNextPage,
        endCursor: pageInfo.endCursor ?? null,
      };
      hasData.value = true;
    },
    { immediate: true },
  );

  return {
    edges,
    totalCount: computed(() => page.value.totalCount),
    hasNextPage: computed(() => page.value.hasNextPage),
    /** true while the first page for the current variables is loading */
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

export type CursorList<Edge extends { cursor: string }> = ReturnType<
  typeof useCursorList<unknown, CursorVariables, Edge>
>;
