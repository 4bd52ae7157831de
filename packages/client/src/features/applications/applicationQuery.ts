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

/**
 * The application page's query: the fields above, with the call and the initiative it belongs to.
 * The call's texts come in the language of `$language` where the call gives it (`untranslated`
 * names those it does not); a question's choices both as answers name them (`options`, the
 * Lithuanian) and as the reader reads them (`optionLabels`, at the same places).
 */
export const ApplicationQuery = graphql(`
  query Application($id: ID!, $language: Locale!) {
    application(id: $id) {
      id
      createdAt
      call {
        id
        number
        title(language: $language)
        untranslated
        phase
        closesAt
        minSupportCents
        maxSupportCents
        maxIntensityPercent
        questions {
          id
          position
          text(language: $language)
          description(language: $language)
          kind
          options
          optionLabels: options(language: $language)
          required
          untranslated
        }
        annexes {
          id
          position
          title(language: $language)
          description(language: $language)
          required
          untranslated
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
