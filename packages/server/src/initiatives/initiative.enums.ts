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
