import type { Ref } from 'vue';
import { useCursorList } from '@/composables/useCursorList';
import { graphql } from '@/gql';
import type { InitiativeFilter, InitiativeListQuery, InitiativeOrder } from '@/gql/graphql';

const InitiativeListOperation = graphql(`
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
          ...InitiativeCard
          ... on Initiative @include(if: $forReview) {
            submittedAt
            requestedSupportCents
            endorsementCount
            viewerTransitions
          }
        }
      }
    }
  }
`);

/**
 * One initiative of the list. The review queue's fields sit in this query rather than in a fragment
 * beside its card: every document is in the first load (the codegen's document map), and a fragment
 * would add its text and its tree twice.
 */
export type InitiativeListNode = InitiativeListQuery['initiatives']['edges'][number]['node'];

/**
 * One list of initiatives with "load more"; new variables start from the first page. The staff's
 * review list asks `forReview`, which adds what its cards show: the dates, amounts and the moves the viewer may make.
 */
export function useInitiativeList(
  variables: Ref<{ filter: InitiativeFilter; orderBy: InitiativeOrder; forReview?: boolean }>,
) {
  return useCursorList(InitiativeListOperation, variables, (data) => data.initiatives);
}
