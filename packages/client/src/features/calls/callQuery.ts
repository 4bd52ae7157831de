import { graphql } from '@/gql';

/**
 * What a call's page shows: everything applicants read, and what the viewer may do with it. The
 * staff form's mutations answer with it too, so the page is up to date when they return to it.
 * Its texts and its measures' titles come in the language of `$language`, which every operation
 * spreading it takes: in English where the call gives them, in Lithuanian where it does not, which
 * `untranslated` names so the page can mark them (textLang.ts).
 */
export const CallPageFields = graphql(`
  fragment CallPageFields on Call {
    id
    number
    title(language: $language)
    bodyHtml(language: $language)
    untranslated
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
      title(language: $language)
      description(language: $language)
      maxScore
      weight
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
    questions {
      id
      position
      text(language: $language)
      description(language: $language)
      kind
      options(language: $language)
      required
      untranslated
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
