import { graphql } from '@/gql';

/**
 * Everything the application page shows that any change to the application can move: its status,
 * figures, answers, annexes, the server's live checks, completion rounds and frozen versions, and
 * what the viewer may do. The page's query and the answer of every change select it, so a change
 * replaces exactly what the page read.
 */
export const ApplicationFields = graphql(`
  fragment ApplicationFields on Application {
    id
    status
    version
    eligibleCostsCents
    statusReason
    firstSubmittedAt
    lastSubmittedAt
    viewerCanEdit
    viewerCanSubmit
    viewerCanWithdraw
    viewerCanRequestCompletion
    viewerCanDeclareIneligible
    viewerCanPassToEvaluation
    answers {
      question {
        id
      }
      value
    }
    annexes {
      id
      callAnnex {
        id
      }
      file {
        id
        name
        sizeBytes
        url
      }
    }
    problems {
      field
      code
      message
      params
    }
    completionRequests {
      id
      round
      items
      message
      replyBy
      requestedAt
      answeredAt
      answeredVersionNumber
    }
    versions {
      number
      submittedAt
      submittedBy {
        id
        displayName
      }
    }
  }
`);

/** The application page's query: the fields above, with the call and the initiative it belongs to. */
export const ApplicationQuery = graphql(`
  query Application($id: ID!) {
    application(id: $id) {
      id
      createdAt
      call {
        id
        number
        title
        phase
        closesAt
        minSupportCents
        maxSupportCents
        maxIntensityPercent
        questions {
          id
          position
          text
          description
          kind
          options
          required
        }
        annexes {
          id
          position
          title
          description
          required
        }
      }
      initiative {
        id
        slug
        title
        summary
        status
        estimatedBudgetCents
        requestedSupportCents
        viewerCanEdit
        leadOrganisation {
          id
          slug
          name
        }
      }
      ...ApplicationFields
    }
  }
`);
