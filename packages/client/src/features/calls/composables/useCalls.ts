import { computed, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import { useCursorList } from '@/composables/useCursorList';
import { graphql, useFragment } from '@/gql';
import type { CallCardFragment as CallCard, CallPhase, Locale } from '@/gql/graphql';

/** What the list shows of a call: its title in the language of `$language` where the call gives it. */
export const CallCardFragment = graphql(`
  fragment CallCard on Call {
    id
    number
    title(language: $language)
    untranslated
    phase
    opensAt
    closesAt
    secondsUntilClose
    budgetCents
  }
`);

const CallsQuery = graphql(`
  query Calls($first: Int, $after: String, $language: Locale!) {
    calls(first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...CallCard
        }
      }
    }
  }
`);

/** The list's groups, in the order the page shows them; closed and decided calls share one. */
export const callGroups = ['open', 'upcoming', 'closed', 'drafts'] as const;
export type CallGroup = (typeof callGroups)[number];

const groupOfPhase: Record<CallPhase, CallGroup> = {
  OPEN: 'open',
  UPCOMING: 'upcoming',
  CLOSED: 'closed',
  DECIDED: 'closed',
  DRAFT: 'drafts',
};

/** Calls by group, each in the server's order (open: closing soonest first; closed: newest first). */
export function groupCalls(calls: readonly CallCard[]): Record<CallGroup, CallCard[]> {
  const groups: Record<CallGroup, CallCard[]> = { open: [], upcoming: [], closed: [], drafts: [] };
  for (const call of calls) groups[groupOfPhase[call.phase]].push(call);
  return groups;
}

/**
 * Every call the viewer may see, all pages (a LAG publishes a few a year): the page groups them
 * by phase. Drafts come only to staff.
 */
export function useCalls() {
  const { locale } = useI18n();
  const variables = computed(() => ({ language: locale.value as Locale }));
  const list = useCursorList(CallsQuery, variables, (data) => data.calls, { pageSize: 100 });
  watch(
    [list.hasNextPage, list.loadingMore, list.hasData],
    ([hasNextPage, loadingMore, hasData]) => {
      if (hasData && hasNextPage && !loadingMore) list.loadMore();
    },
    { immediate: true },
  );
  const calls = computed(() => list.edges.value.map((edge) => useFragment(CallCardFragment, edge.node)));
  return {
    groups: computed(() => groupCalls(calls.value)),
    loading: computed(() => list.loading.value || (list.hasNextPage.value && !list.error.value)),
    hasData: list.hasData,
    totalCount: list.totalCount,
    error: list.error,
    retry: list.retry,
  };
}
