/**
 * Every change the audit trail records, as `kind.action`: the kind names the record the entry
 * is filed under (its `entityType`), the action what was done to it. A new write adds its
 * action here, so the trail's vocabulary is one list rather than strings spread over services.
 */
export type AuditAction =
  | `user.${UserAction | UserNotificationAction}`
  | `notification.${'markRead'}`
  | `organisation.${'create' | 'update' | 'changeMembership' | OrganisationAffiliationAction}`
  | `initiative.${InitiativeAction}`
  | `application.${'apply' | 'update' | 'submit' | 'withdraw' | 'attachAnnex' | 'removeAnnex'}`
  | `comment.${'add' | 'edit' | 'delete' | 'flag' | 'hide' | 'unhide' | 'dismissFlags'}`
  | `partnership.${'create' | 'update' | 'changeStatus' | 'logActivity' | 'updateActivity' | 'deleteActivity'}`
  | `application.${ApplicationComplianceAction}`
  | `call.${'create' | 'update' | 'amend' | 'publish' | 'deleteDraft'}`
  | `file.${'upload'}`;

type UserAction =
  | 'register'
  | 'changePassword'
  | 'resetPassword'
  | 'updateProfile'
  | 'setRole'
  | 'requestVerification'
  | 'verifyEmail'
  | 'requestEmailChange'
  | 'changeEmail';
type UserNotificationAction = 'setNotificationPreference' | 'unsubscribe' | 'markNotificationsRead';

type OrganisationAffiliationAction = 'invite' | 'revokeInvitation' | 'acceptInvitation' | 'removeAffiliation';

/** The staff's compliance check of an application. */
type ApplicationComplianceAction = 'recordCheck' | 'requestCompletion' | 'declareIneligible' | 'passToEvaluation';

type InitiativeAction =
  | 'create'
  | 'update'
  | 'deleteDraft'
  | 'inviteCoProposer'
  | 'respondCoProposal'
  | 'submit'
  | 'withdraw'
  | 'transition'
  | 'endorse'
  | 'withdrawEndorsement'
  | 'follow'
  | 'unfollow';

/** The kind of record an action's entry is filed under. */
export function auditedKind(action: AuditAction): string {
  return action.slice(0, action.indexOf('.'));
}
