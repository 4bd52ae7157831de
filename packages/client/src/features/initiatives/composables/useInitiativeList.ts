import { useQuery } from '@urql/vue';
import { computed, ref, shallowRef, watch, type Ref } from 'vue';
import { graphql } from '@/gql';
import type { InitiativeFilter, InitiativeListQuery, InitiativeOrder } from '@/gql/graphql';

export const pageSize = 20;

const InitiativeListDocument = graphql(`
  query InitiativeList($first: Int!, $after: String, $filter: InitiativeFilter, $orderBy: InitiativeOrder!) {
    initiatives(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          slug
          title
          status
          leadOrganisation {
            id
            name
          }
          ...InitiativeCard
        }
      }
    }
  }
`);

/** One list of initiatives with "load more" cursor pagination; new variables start from the first page. */
export function useInitiativeList(variables: Ref<{ filter: InitiativeFilter; orderBy: InitiativeOrder }>) {
  const after = ref<string | null>(null);
  const edges = shallowRef<InitiativeListQuery['initiatives']['edges']>([]);
  const hasData = ref(false);
  const page = shallowRef({ totalCount: 0, hasNextPage: false, endCursor: null as string | null });

  watch(
    () => JSON.stringify(variables.value),
    () => {
      after.value = null;
      hasData.value = false;
    },
    { flush: 'sync' },
  );

  const result = useQuery({
    query: InitiativeListDocument,
    variables: computed(() => ({ first: pageSize, after: after.value, ...variables.value })),
  });

  watch(
    result.data,
    (data) => {
      if (!data) return;
      const incoming = data.initiatives.edges;
      if (!result.operation.value?.variables.after) {
        edges.value = incoming;
      } else {
        const seen = new Set(incoming.map((edge) => edge.cursor));
        edges.value = [...edges.value.filter((edge) => !seen.has(edge.cursor)), ...incoming];
      }
      const { totalCount, pageInfo } = data.initiatives;
      page.value = { totalCount, hasNextPage: pageInfo.hasNextPage, endCursor: pageInfo.endCursor ?? null };
      hasData.value = true;
    },
    { immediate: true },
  );

  return {
    edges,
    totalCount: computed(() => page.value.totalCount),
    hasNextPage: computed(() => page.value.hasNextPage),
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
