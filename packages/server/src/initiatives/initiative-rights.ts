import type { Viewer } from '../accounts/viewer.js';
import { isAllowed } from '../authorization/policy.js';
import { compliancePendingStatuses, endorsableStatuses, nextStatuses } from './initiative-lifecycle.js';
import { InitiativeStatus } from './initiative.enums.js';

/** What the rights below read of an initiative. */
export type InitiativeRightsRoot = { status: InitiativeStatus; leadOrganisation: { id: string } };

/**
 * What a viewer may do with an initiative now, by the rules its mutations check (the policy
 * table and the lifecycle), so the client shows exactly the actions the server will take.
 */
export function canEdit(viewer: Viewer, initiative: InitiativeRightsRoot): boolean {
  return (
    initiative.status === InitiativeStatus.DRAFT && isAllowed(viewer, 'initiative.lead', initiative.leadOrganisation.id)
  );
}

/** Whether the viewer may delete the draft: the representatives of its lead organisation, before submission. */
export function canDeleteDraft(viewer: Viewer, initiative: InitiativeRightsRoot): boolean {
  return (
    initiative.status === InitiativeStatus.DRAFT &&
    isAllowed(viewer, 'initiative.deleteDraft', initiative.leadOrganisation.id)
  );
}

/**
 * The statuses the viewer may move the initiative to: submitting a draft and withdrawing are its
 * authors' (staff may act for them), the review moves are staff's, except while its application
 * is in the compliance check (`inCompliance`), which decides them. Submitting still needs a
 * complete draft, which the mutation checks field by field.
 */
export function transitionsFor(
  viewer: Viewer,
  initiative: InitiativeRightsRoot,
  inCompliance = false,
): InitiativeStatus[] {
  const author = isAllowed(viewer, 'initiative.lead', initiative.leadOrganisation.id);
  const reviewer = isAllowed(viewer, 'initiative.transition') && !inCompliance;
  return nextStatuses(initiative.status).filter((to) =>
    to === InitiativeStatus.SUBMITTED || to === InitiativeStatus.WITHDRAWN ? author : reviewer,
  );
}

/** Whether the viewer's transitions depend on the initiative's application: staff, in a status the check decides. */
export function transitionsNeedApplication(viewer: Viewer, initiative: InitiativeRightsRoot): boolean {
  return isAllowed(viewer, 'initiative.transition') && compliancePendingStatuses.includes(initiative.status);
}

/** Whether the viewer represents an organisation that may support it now (not its lead). */
export function canEndorse(viewer: Viewer, initiative: InitiativeRightsRoot): boolean {
  return (
    endorsableStatuses.includes(initiative.status) &&
    viewer.affiliations.some(
      ({ organisationId }) =>
        organisationId !== initiative.leadOrganisation.id && isAllowed(viewer, 'initiative.endorse', organisationId),
    )
  );
}
