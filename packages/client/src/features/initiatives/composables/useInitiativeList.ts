import type { Ref } from 'vue';
import { useCursorList } from '@/composables/useCursorList';
import { graphql } from '@/gql';
import type { InitiativeFilter, InitiativeOrder } from '@/gql/graphql';

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

/** One list of initiatives with "load more"; new variables start from the first page. */
export function useInitiativeList(variables: Ref<{ filter: InitiativeFilter; orderBy: InitiativeOrder }>) {
  return useCursorList(InitiativeListDocument, variables, (data) => data.initiatives);
}
