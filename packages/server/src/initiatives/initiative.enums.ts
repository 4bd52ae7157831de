import { registerEnumType } from 'type-graphql';

/**
 * DRAFT → SUBMITTED (⇄ COMPLETION_REQUESTED) → UNDER_REVIEW → SHORTLISTED → APPROVED → IN_PROGRESS →
 * COMPLETED; REJECTED, WITHDRAWN, NOT_CONTRACTED (approved, never contracted) and TERMINATED exit.
 */
export enum InitiativeStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  COMPLETION_REQUESTED = 'COMPLETION_REQUESTED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  SHORTLISTED = 'SHORTLISTED',
  APPROVED = 'APPROVED',
  IN_PROGRESS = 'IN_PROGRESS',
  COMPLETED = 'COMPLETED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
  NOT_CONTRACTED = 'NOT_CONTRACTED',
  TERMINATED = 'TERMINATED',
}

registerEnumType(InitiativeStatus, {
  name: 'InitiativeStatus',
  description: 'Where an initiative stands in its lifecycle.',
  valuesConfig: {
    DRAFT: { description: 'Being written; only its authors and staff see it.' },
    SUBMITTED: { description: 'Submitted; staff check it (through its application, when it applies to a call).' },
    COMPLETION_REQUESTED: {
      description: 'Its application was returned to the applicants to complete; submitted again, it is SUBMITTED.',
    },
    UNDER_REVIEW: { description: 'Found compliant; being evaluated.' },
    SHORTLISTED: { description: 'Shortlisted by the evaluation.' },
    APPROVED: { description: 'Approved for funding.' },
    IN_PROGRESS: { description: 'Contracted and being carried out.' },
    COMPLETED: { description: 'Carried out.' },
    REJECTED: { description: 'Rejected, or its application declared ineligible, with a reason.' },
    WITHDRAWN: { description: 'Withdrawn by its authors.' },
    NOT_CONTRACTED: { description: 'Approved, but no contract was signed, with a reason.' },
    TERMINATED: { description: 'Contracted, then ended before completion, with a reason.' },
  },
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

/** Why an organisation may not support an initiative now: the codes endorseInitiative refuses with. */
export enum EndorsementRefusal {
  ALREADY_SUPPORTS = 'ALREADY_SUPPORTS',
  LEAD_ITSELF = 'LEAD_ITSELF',
  CO_PROPOSER_ITSELF = 'CO_PROPOSER_ITSELF',
  NOT_ENDORSABLE = 'NOT_ENDORSABLE',
  NOT_MEMBER_OR_PARTNER = 'NOT_MEMBER_OR_PARTNER',
}

registerEnumType(EndorsementRefusal, {
  name: 'EndorsementRefusal',
  description: 'Why an organisation may not support an initiative now (endorseInitiative refuses it so).',
  valuesConfig: {
    ALREADY_SUPPORTS: { description: 'It supports the initiative already (and may withdraw that support).' },
    LEAD_ITSELF: { description: 'It leads the initiative: support is others’ voice.' },
    CO_PROPOSER_ITSELF: { description: 'It co-proposes the initiative, or is invited to.' },
    NOT_ENDORSABLE: { description: 'The initiative cannot be supported in its status (a draft, or ended).' },
    NOT_MEMBER_OR_PARTNER: {
      description: 'Only LAG members and partners support initiatives; it is an applicant or a former member.',
    },
  },
});
