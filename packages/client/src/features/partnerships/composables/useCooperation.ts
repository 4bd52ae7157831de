import { computed, ref, watch } from 'vue';
import { publicStatuses } from './partnershipEnums';
import { useCursorList } from '@/composables/useCursorList';
import { graphql, useFragment } from '@/gql';
import type { PartnershipFilter, PartnershipOrder } from '@/gql/graphql';

/** What the public cooperation page shows of a partnership: public fields only. */
export const CooperationPartnershipFragment = graphql(`
  fragment CooperationPartnership on Partnership {
    id
    slug
    title
    kind
    scope
    status
    startDate
    endDate
    publicDescription
    parties {
      role
      organisation {
        id
        slug
        name
        country
      }
    }
    relatedInitiatives {
      id
      title
    }
  }
`);

const CooperationQuery = graphql(`
  query Cooperation($first: Int, $after: String, $filter: PartnershipFilter, $orderBy: PartnershipOrder) {
    partnerships(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...CooperationPartnership
        }
      }
    }
  }
`);

/**
 * Every public partnership (active and past), all pages: the page groups them, so it needs
 * them all. Staff get the same list as the public, without their working leads.
 */
export function useCooperation() {
  const query = ref<{ filter: PartnershipFilter; orderBy: PartnershipOrder }>({
    filter: { status: [...publicStatuses] },
    orderBy: 'NEWEST',
  });
  const list = useCursorList(CooperationQuery, query, (data) => data.partnerships, { pageSize: 100 });
  // Keep fetching until the last page is in.
  watch(
    [list.hasNextPage, list.loadingMore, list.hasData],
    ([hasNextPage, loadingMore, hasData]) => {
      if (hasData && hasNextPage && !loadingMore) list.loadMore();
    },
    { immediate: true },
  );
  return {
    partnerships: computed(() =>
      list.edges.value.map((edge) => useFragment(CooperationPartnershipFragment, edge.node)),
    ),
    loading: computed(() => list.loading.value || (list.hasNextPage.value && !list.error.value)),
    hasData: list.hasData,
    totalCount: list.totalCount,
    error: list.error,
    retry: list.retry,
  };
}
