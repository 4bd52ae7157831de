import { graphql } from '@/gql';

/**
 * The initiative page's query. It lives beside the routes rather than in the page so that the
 * route (routes.ts) can send it as the page is entered, while the page's own code is still on its way.
 * The calls' titles come in the language of `$language` where the call gives it (`untranslated`),
 * as does the measure's.
 */
export const InitiativeQuery = graphql(`
  query Initiative($slug: String!, $language: Locale!) {
    initiative(slug: $slug) {
      id
      slug
      title
      summary
      bodyHtml
      status
      createdAt
      estimatedBudgetCents
      requestedSupportCents
      viewerFollows
      leadOrganisation {
        id
        slug
        name
      }
      coProposers {
        status
        organisation {
          id
          slug
          name
        }
      }
      themes {
        id
        code
      }
      measure {
        id
        code
        title(language: $language)
      }
      eldership {
        id
        name
      }
      viewerCanDelete
      viewerSubmissionProblems
      viewerCallsToApply {
        id
        number
        title(language: $language)
        untranslated
        closesAt
      }
      application {
        id
        call {
          id
          number
          title(language: $language)
          untranslated
        }
      }
      ...InitiativeLiveFields
    }
  }
`);
