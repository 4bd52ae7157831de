import type { Ref } from 'vue';
import { useCursorList } from '@/composables/useCursorList';
import { graphql } from '@/gql';
import type { InitiativeFilter, InitiativeOrder } from '@/gql/graphql';

const InitiativeListDocument = graphql(`
  query InitiativeList(
    $first: Int!
    $after: String
    $filter: InitiativeFilter
    $orderBy: InitiativeOrder!
    $forReview: Boolean! = false
  ) {
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
          viewerTransitions @include(if: $forReview)
          ...InitiativeCard
        }
      }
    }
  }
`);

/**
 * One list of initiatives with "load more"; new variables start from the first page. The staff's
 * review list asks `forReview`, which adds the moves the viewer may make on each.
 */
export function useInitiativeList(
  variables: Ref<{ filter: InitiativeFilter; orderBy: InitiativeOrder; forReview?: boolean }>,
) {
  return useCursorList(InitiativeListDocument, variables, (data) => data.initiatives);
}
