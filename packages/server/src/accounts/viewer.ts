import { AffiliationRole, PlatformRole } from './account.enums.js';
import type { User } from './user.entity.js';

/** The organisations a viewer belongs to, as loaded once per request. */
export type ViewerAffiliation = { organisationId: string; role: AffiliationRole };

/** Who is asking: a visitor (no user) or a signed-in person with their affiliations. */
export class Viewer {
  static readonly visitor = new Viewer(null, []);

  constructor(
    readonly user: User | null,
    readonly affiliations: readonly ViewerAffiliation[],
    readonly sessionId: string | null = null,
  ) {}

  get isSignedIn(): boolean {
    return this.user !== null;
  }

  /** Staff and admins run the LAG's workflow. */
  get isStaff(): boolean {
    return this.user?.role === PlatformRole.STAFF || this.user?.role === PlatformRole.ADMIN;
  }

  get isAdmin(): boolean {
    return this.user?.role === PlatformRole.ADMIN;
  }

  /** Whether the viewer may act on behalf of the organisation. */
  represents(organisationId: string): boolean {
    return this.affiliations.some(
      (a) => a.organisationId === organisationId && a.role === AffiliationRole.REPRESENTATIVE,
    );
  }
}
