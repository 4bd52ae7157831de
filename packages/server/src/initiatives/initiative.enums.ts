import { registerEnumType } from 'type-graphql';

/** DRAFT → SUBMITTED → UNDER_REVIEW → SHORTLISTED → APPROVED → IN_PROGRESS → COMPLETED; REJECTED and WITHDRAWN exit. */
export enum InitiativeStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  SHORTLISTED = 'SHORTLISTED',
  APPROVED = 'APPROVED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(InitiativeStatus, {
  name: 'InitiativeStatus',
  description: 'Where an initiative stands in its lifecycle.',
});

export enum CoProposerStatus {
  INVITED = 'INVITED',
  ACCEPTED = 'ACCEPTED',
  DECLINED = 'DECLINED',
}

export enum InitiativeOrder {
  NEWEST = 'NEWEST',
  MOST_SUPPORTED = 'MOST_SUPPORTED',
  MOST_DISCUSSED = 'MOST_DISCUSSED',
  RECENTLY_ACTIVE = 'RECENTLY_ACTIVE',
  RELEVANCE = 'RELEVANCE',
}

registerEnumType(CoProposerStatus, {
  name: 'CoProposerStatus',
  description: 'A co-proposer’s answer to its invitation.',
});
registerEnumType(InitiativeOrder, {
  name: 'InitiativeOrder',
  description: 'Orderings of initiatives.',
  valuesConfig: {
    NEWEST: { description: 'Most recently created first.' },
    MOST_SUPPORTED: { description: 'Most endorsements first.' },
    MOST_DISCUSSED: { description: 'Most comments first.' },
    RECENTLY_ACTIVE: { description: 'Most recent activity first.' },
    RELEVANCE: { description: 'Best match of the search text first (needs `filter.search`).' },
  },
});
