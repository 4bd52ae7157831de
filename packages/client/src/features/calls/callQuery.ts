import { graphql } from '@/gql';

/**
 * What a call's page shows: everything applicants read, and what the viewer may do with it. The
 * staff form's mutations answer with it too, so the page is up to date when they return to it.
 * Measures' titles come in the language of `$language`, which every operation spreading it takes.
 */
export const CallPageFields = graphql(`
  fragment CallPageFields on Call {
    id
    number
    title
    bodyHtml
    phase
    opensAt
    closesAt
    secondsUntilClose
    publishedAt
    budgetCents
    minSupportCents
    maxSupportCents
    maxIntensityPercent
    requestedSupportCents
    applicationCount
    eligibleKinds
    elderships {
      id
      name
    }
    measures {
      id
      code
      title(language: $language)
    }
    criteria {
      id
      position
      title
      description
      maxScore
      weight
    }
    annexes {
      id
      position
      title
      description
      required
    }
    questions {
      id
      position
      text
      description
      kind
      options
      required
    }
    amendments {
      id
      number
      reason
      createdAt
      changes {
        field
        from
        to
      }
    }
    version
    viewerCanEdit
    viewerCanPublish
    viewerPublishProblems
    viewerCanDelete
  }
`);

/** A call's page. Its own module, so the route can ask for it while the page's code is still loading (routes.ts). */
export const CallQuery = graphql(`
  query Call($number: Int!, $language: Locale!) {
    call(number: $number) {
      id
      ...CallPageFields
    }
  }
`);
