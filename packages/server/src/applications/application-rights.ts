import type { Viewer } from '../accounts/viewer.js';
import { isAllowed } from '../authorization/policy.js';
import { InitiativeStatus } from '../initiatives/initiative.enums.js';
import { ApplicationStatus } from './application.enums.js';
import type { ApplicationRecord } from './application-read.js';

/**
 * What a viewer may do with an application now, by the rules its mutations check, so the client
 * shows exactly the actions the server will take. The lead organisation's representatives apply,
 * submit and withdraw; those of co-proposers who accepted read and co-write it; staff read it.
 */
export type ApplicationRightsRoot = Pick<
  ApplicationRecord,
  'status' | 'leadOrganisationId' | 'coAuthorIds' | 'withinDeadline'
>;

/** Initiatives that may apply to a call: a draft written for it, or an idea already made public. */
export const applyingInitiativeStatuses: readonly InitiativeStatus[] = [
  InitiativeStatus.DRAFT,
  InitiativeStatus.SUBMITTED,
];

/** Statuses in which its authors change it: a draft, and an application returned for completion. */
export const editableStatuses: readonly ApplicationStatus[] = [
  ApplicationStatus.DRAFT,
  ApplicationStatus.COMPLETION_REQUESTED,
];

/** Statuses from which the lead may withdraw it: until it is out of the running. */
export const withdrawableStatuses: readonly ApplicationStatus[] = [
  ApplicationStatus.DRAFT,
  ApplicationStatus.SUBMITTED,
  ApplicationStatus.COMPLETION_REQUESTED,
  ApplicationStatus.PASSED_TO_EVALUATION,
];

const authorsOf = (application: ApplicationRightsRoot) => [application.leadOrganisationId, ...application.coAuthorIds];

export function canRead(viewer: Viewer, application: ApplicationRightsRoot): boolean {
  return authorsOf(application).some((organisationId) => isAllowed(viewer, 'application.read', organisationId));
}

/** Whether the viewer writes it with its lead, whatever its status. */
export function isApplicationAuthor(viewer: Viewer, application: ApplicationRightsRoot): boolean {
  return authorsOf(application).some((organisationId) => isAllowed(viewer, 'application.edit', organisationId));
}

export function canEdit(viewer: Viewer, application: ApplicationRightsRoot): boolean {
  return editableStatuses.includes(application.status) && isApplicationAuthor(viewer, application);
}

/** Whether the viewer may submit it now as far as rights and time go; `problems` says what else stands in the way. */
export function canSubmit(viewer: Viewer, application: ApplicationRightsRoot): boolean {
  return (
    editableStatuses.includes(application.status) &&
    application.withinDeadline &&
    isAllowed(viewer, 'application.submit', application.leadOrganisationId)
  );
}

export function canWithdraw(viewer: Viewer, application: ApplicationRightsRoot): boolean {
  return (
    withdrawableStatuses.includes(application.status) &&
    isAllowed(viewer, 'application.withdraw', application.leadOrganisationId)
  );
}
