import { registerEnumType } from 'type-graphql';

/** DRAFT → SUBMITTED ⇄ COMPLETION_REQUESTED → PASSED_TO_EVALUATION; INELIGIBLE and WITHDRAWN exit. */
export enum ApplicationStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  COMPLETION_REQUESTED = 'COMPLETION_REQUESTED',
  INELIGIBLE = 'INELIGIBLE',
  PASSED_TO_EVALUATION = 'PASSED_TO_EVALUATION',
  WITHDRAWN = 'WITHDRAWN',
}

/** A staff member's finding on one item of the compliance checklist. */
export enum ComplianceResult {
  PASSED = 'PASSED',
  FAILED = 'FAILED',
  NOT_APPLICABLE = 'NOT_APPLICABLE',
}

registerEnumType(ApplicationStatus, {
  name: 'ApplicationStatus',
  description: 'Where an application to a call stands.',
  valuesConfig: {
    DRAFT: { description: 'Being written; only its authors and staff see it.' },
    SUBMITTED: { description: 'Submitted before the deadline; staff check its compliance.' },
    COMPLETION_REQUESTED: { description: 'Returned to the applicant to complete by a deadline.' },
    INELIGIBLE: { description: 'Declared ineligible by staff, with a reason.' },
    PASSED_TO_EVALUATION: { description: 'Compliant: the board evaluates it.' },
    WITHDRAWN: { description: 'Withdrawn by the applicant.' },
  },
});
registerEnumType(ComplianceResult, {
  name: 'ComplianceResult',
  description: 'A finding on one compliance checklist item.',
});
