import { ForbiddenError, UnauthenticatedError } from '../common/errors.js';
import type { Viewer } from '../accounts/viewer.js';

/**
 * The role × operation table of docs/authorization.md, as code. Every resolver and service
 * asks here; the table's tests (authorization.test.ts) walk every cell.
 *
 * A rule answers for a viewer and, where the answer depends on it, the organisation concerned.
 */
type Rule = (viewer: Viewer, organisationId?: string) => boolean;

const anyone: Rule = () => true;
const signedIn: Rule = (viewer) => viewer.isSignedIn;
const staff: Rule = (viewer) => viewer.isStaff;
const admin: Rule = (viewer) => viewer.isAdmin;
const representative: Rule = (viewer, organisationId) =>
  organisationId !== undefined && viewer.represents(organisationId);
const staffOrRepresentative: Rule = (viewer, organisationId) =>
  viewer.isStaff || (organisationId !== undefined && viewer.represents(organisationId));

export const policy = {
  'directory.read': anyone,
  'organisation.read': anyone,
  'about.read': anyone,
  'account.register': anyone,
  'account.signIn': anyone,
  'account.readOwn': signedIn,
  'account.updateOwn': signedIn,
  'account.changePassword': signedIn,
  'account.resetPassword': anyone,
  'account.verifyEmail': anyone,
  'account.changeEmail': signedIn,
  'invitation.preview': anyone,
  'invitation.accept': signedIn,
  'organisation.create': staff,
  'organisation.updateProfile': staffOrRepresentative,
  'organisation.changeMembership': staff,
  'organisation.readInvitations': staff,
  'organisation.readAuditTrail': staff,
  'invitation.create': staff,
  'invitation.revoke': staff,
  'affiliation.remove': staff,
  'user.list': staff,
  'user.setRole': admin,
  'initiative.read': anyone,
  'initiative.readDraft': staffOrRepresentative,
  'initiative.lead': staffOrRepresentative,
  'initiative.coWrite': staffOrRepresentative,
  'initiative.deleteDraft': representative,
  'initiative.respondCoProposal': representative,
  'initiative.transition': staff,
  'initiative.endorse': representative,
  'markdown.preview': signedIn,
  'comment.read': anyone,
  'comment.write': signedIn,
  'comment.speakFor': representative,
  'comment.flag': signedIn,
  'comment.moderate': staff,
  'initiative.follow': signedIn,
  'notification.read': signedIn,
  'notification.configure': signedIn,
  'notification.unsubscribe': anyone,
  'application.read': staffOrRepresentative,
  'application.apply': representative,
  'application.edit': representative,
  'application.submit': representative,
  'application.withdraw': representative,
  'partnership.read': anyone,
  'partnership.readInternal': staff,
  'partnership.manage': staff,
  'partnership.logActivity': staff,
  'partnership.export': staff,
  'application.checkCompliance': staff,
  'application.readCompliance': staff,
  'call.read': anyone,
  'call.readDraft': staff,
  'call.manage': staff,
  'file.upload': signedIn,
} satisfies Record<string, Rule>;

export type Operation = keyof typeof policy;

export function isAllowed(viewer: Viewer, operation: Operation, organisationId?: string): boolean {
  return policy[operation](viewer, organisationId);
}

/** Throws UNAUTHENTICATED for a visitor and FORBIDDEN for a signed-in person who may not. */
export function authorize(viewer: Viewer, operation: Operation, organisationId?: string): void {
  if (isAllowed(viewer, operation, organisationId)) return;
  throw viewer.isSignedIn ? new ForbiddenError() : new UnauthenticatedError();
}
