import type { Viewer } from '../accounts/viewer.js';
import { isAllowed } from '../authorization/policy.js';
import { Membership } from '../organisations/organisation.enums.js';
import { applicationLedStatuses, editableStatuses, endorsableStatuses, nextStatuses } from './initiative-lifecycle.js';
import { CoProposerStatus, EndorsementRefusal, InitiativeStatus } from './initiative.enums.js';

/**
 * What a viewer may do with an initiative now, by the rules its mutations check (the policy
 * table and the lifecycle), so the client shows exactly the actions the server will take.
 */

/** What the rights below read of an initiative. */
export type InitiativeRightsRoot = { status: InitiativeStatus; leadOrganisation: { id: string } };

/** Its co-proposers as the rights read them: every answer, whoever may see it. */
export type CoProposerAnswers = readonly { status: CoProposerStatus; organisation: { id: string } }[];

/** Whether the viewer leads the draft: invites co-proposers and submits it (its lead's representatives, staff). */
export function canLead(viewer: Viewer, initiative: InitiativeRightsRoot): boolean {
  return (
    initiative.status === InitiativeStatus.DRAFT && isAllowed(viewer, 'initiative.lead', initiative.leadOrganisation.id)
  );
}

/**
 * Whether the viewer writes the initiative with its lead: as the lead (or staff), or for a
 * co-proposer that accepted, whose representatives co-write the draft.
 */
export function isAuthor(viewer: Viewer, initiative: InitiativeRightsRoot, coProposers: CoProposerAnswers): boolean {
  return (
    isAllowed(viewer, 'initiative.lead', initiative.leadOrganisation.id) ||
    coProposers.some(
      (c) => c.status === CoProposerStatus.ACCEPTED && isAllowed(viewer, 'initiative.coWrite', c.organisation.id),
    )
  );
}

/** Whether the viewer may edit the text and figures: its authors, while a draft or being completed. */
export function canEdit(viewer: Viewer, initiative: InitiativeRightsRoot, coProposers: CoProposerAnswers): boolean {
  return editableStatuses.includes(initiative.status) && isAuthor(viewer, initiative, coProposers);
}

/**
 * Whether `canEdit` needs the co-proposers to answer: only for someone who represents an
 * organisation and is not answered by the lead rule already.
 */
export function rightsNeedCoProposers(viewer: Viewer, initiative: InitiativeRightsRoot): boolean {
  return viewer.affiliations.length > 0 && !isAllowed(viewer, 'initiative.lead', initiative.leadOrganisation.id);
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
 * lead's (staff may act for them), the review moves are staff's. While its application is live
 * (`ledByApplication`) a draft is submitted with the application and the compliance check makes
 * the review moves, so only withdrawing stays. Submitting still needs a complete draft, which the
 * mutation checks field by field.
 */
export function transitionsFor(
  viewer: Viewer,
  initiative: InitiativeRightsRoot,
  ledByApplication = false,
): InitiativeStatus[] {
  const author = isAllowed(viewer, 'initiative.lead', initiative.leadOrganisation.id);
  const reviewer = isAllowed(viewer, 'initiative.transition');
  return nextStatuses(initiative.status).filter((to) => {
    if (to === InitiativeStatus.WITHDRAWN) return author;
    if (ledByApplication) return false;
    return to === InitiativeStatus.SUBMITTED ? author : reviewer;
  });
}

/** Whether the viewer's transitions depend on the initiative's application: a move it may lead, in a status it leads. */
export function transitionsNeedApplication(viewer: Viewer, initiative: InitiativeRightsRoot): boolean {
  return (
    applicationLedStatuses.includes(initiative.status) &&
    (isAllowed(viewer, 'initiative.transition') || isAllowed(viewer, 'initiative.lead', initiative.leadOrganisation.id))
  );
}

/** Organisations whose support counts: the LAG's members and its partners (DESIGN.md's policy). */
const supportingMemberships: readonly Membership[] = [Membership.MEMBER, Membership.PARTNER];

/**
 * Why the organisation `organisationId` may not support the initiative now, or null when it may:
 * the rule endorseInitiative enforces and `viewerEndorsementOptions` tells. Support is others'
 * voice, so neither its lead nor an organisation invited to co-propose it or co-proposing it may;
 * and only an initiative that is public and still alive can be supported. One that supports it
 * already is told that first, whatever else holds: it may still withdraw that support.
 */
export function endorsementRefusal(
  initiative: InitiativeRightsRoot,
  coProposers: CoProposerAnswers,
  { id: organisationId, membership }: { id: string; membership: Membership },
  supportsIt: boolean,
): EndorsementRefusal | null {
  if (supportsIt) return EndorsementRefusal.ALREADY_SUPPORTS;
  if (!supportingMemberships.includes(membership)) return EndorsementRefusal.NOT_MEMBER_OR_PARTNER;
  if (organisationId === initiative.leadOrganisation.id) return EndorsementRefusal.LEAD_ITSELF;
  const coProposes = coProposers.some(
    (c) =>
      c.organisation.id === organisationId &&
      (c.status === CoProposerStatus.INVITED || c.status === CoProposerStatus.ACCEPTED),
  );
  if (coProposes) return EndorsementRefusal.CO_PROPOSER_ITSELF;
  if (!endorsableStatuses.includes(initiative.status)) return EndorsementRefusal.NOT_ENDORSABLE;
  return null;
}
