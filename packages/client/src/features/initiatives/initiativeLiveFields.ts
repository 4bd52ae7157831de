import { graphql } from '@/gql';

/**
 * What changes as an initiative moves or gains support: status, history, support, and so what
 * the viewer may do. The page's query, its live subscription and the answers of the moves
 * (submit, withdraw, review) all select it, so each replaces exactly what the page read.
 */
export const InitiativeLiveFields = graphql(`
  fragment InitiativeLiveFields on Initiative {
    id
    status
    version
    submittedAt
    endorsementCount
    memberEndorsementCount
    partnerEndorsementCount
    viewerCanEdit
    viewerEndorsementOptions {
      canEndorse
      refusal
      organisation {
        id
        name
      }
    }
    viewerTransitions
    statusHistory {
      id
      fromStatus
      toStatus
      reason
      createdAt
      changedBy {
        id
        displayName
      }
    }
    endorsements {
      id
      note
      createdAt
      organisation {
        id
        slug
        name
        sector
      }
    }
    supportBySector {
      allSectors
      bySector {
        sector
        count
      }
    }
  }
`);
