import type { EntityManager } from '@mikro-orm/postgresql';
import { Writer } from '../audit/writer.js';
import { authorize } from '../authorization/policy.js';
import { BadUserInputError, ForbiddenError } from '../common/errors.js';
import type { RequestScope } from '../request-scope.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Affiliation } from './affiliation.entity.js';
import { Invitation } from './invitation.entity.js';
import type { InviteRepresentativeInput } from './invitation.inputs.js';
import { hashToken, newToken } from '../common/tokens.js';
import { invitationMail } from './account-mail.js';
import { Locale } from './account.enums.js';
import { User } from './user.entity.js';

const invitationLifetimeMs = 14 * 24 * 60 * 60 * 1000;

/**
 * Staff invite people to act for organisations: the link goes by mail, and the invited person
 * accepts with its token.
 */
export class InvitationService {
  constructor(private readonly scope: RequestScope) {}

  /** The request's EntityManager, for writes and entity reads (read queries use `scope.knex`). */
  private get em(): EntityManager {
    return this.scope.em;
  }

  private get writer(): Writer {
    return this.scope.get(Writer);
  }

  async invite(input: InviteRepresentativeInput): Promise<{ invitation: Invitation; token: string }> {
    authorize(this.scope.viewer, 'invitation.create');
    const organisation = await this.em.findOne(Organisation, { id: input.organisationId });
    if (!organisation) throw BadUserInputError.field('organisationId', 'UNKNOWN_REFERENCE', 'no such organisation');
    const token = newToken();
    const email = input.email.trim().toLowerCase();
    // Lithuanian, unless the address belongs to someone who chose English.
    const holder = await this.em.findOne(User, { email }, { fields: ['locale'] });
    const language = holder?.locale === Locale.en ? Locale.en : Locale.lt;
    const mail = this.scope.app.mail;
    const invitation = await this.writer.write('organisation.invite', async ({ em, audit }) => {
      const now = new Date();
      const created = em.create(Invitation, {
        organisation,
        email,
        role: input.role,
        tokenHash: hashToken(token),
        invitedBy: this.scope.viewer.user,
        createdAt: now,
        expiresAt: new Date(now.getTime() + invitationLifetimeMs),
      });
      audit(organisation.id, { email: created.email, role: created.role });
      await em.flush();
      await mail.queue(em, {
        to: email,
        userId: holder?.id,
        language,
        content: invitationMail(
          language,
          {
            organisation: organisation.name,
            role: created.role,
            email,
            expiresAt: created.expiresAt,
            inviter: this.scope.viewer.user?.displayName,
          },
          mail.link(`/invitations/${token}`),
        ),
      });
      return created;
    });
    return { invitation, token };
  }

  async revoke(id: string): Promise<Invitation> {
    authorize(this.scope.viewer, 'invitation.revoke');
    const invitation = await this.em.findOneOrFail(Invitation, { id }, { populate: ['organisation'] });
    if (!invitation.isOpen())
      throw BadUserInputError.field('id', 'INVITATION_CLOSED', 'the invitation is no longer open');
    return this.writer.write('organisation.revokeInvitation', async ({ audit }) => {
      invitation.revokedAt = new Date();
      audit(invitation.organisation.id, { email: invitation.email });
      return invitation;
    });
  }

  async openInvitations(organisationId: string): Promise<Invitation[]> {
    return this.em.find(
      Invitation,
      { organisation: organisationId, acceptedAt: null, revokedAt: null, expiresAt: { $gt: new Date() } },
      { orderBy: { createdAt: 'desc' } },
    );
  }

  /** What the link's holder may see before accepting; null when the link is unknown or closed. */
  async preview(token: string): Promise<Invitation | null> {
    authorize(this.scope.viewer, 'invitation.preview');
    const invitation = await this.em.findOne(
      Invitation,
      { tokenHash: hashToken(token) },
      { populate: ['organisation'] },
    );
    return invitation?.isOpen() ? invitation : null;
  }

  async accept(token: string): Promise<Affiliation> {
    authorize(this.scope.viewer, 'invitation.accept');
    const user = this.scope.viewer.user!;
    const invitation = await this.preview(token);
    if (!invitation)
      throw BadUserInputError.field(
        'token',
        'INVITATION_CLOSED',
        'the invitation is unknown, used, revoked or expired',
      );
    if (invitation.email !== user.email.toLowerCase()) {
      throw new ForbiddenError('This invitation was sent to another e-mail address.');
    }
    return this.writer.write('organisation.acceptInvitation', async ({ em, audit }) => {
      const existing = await em.findOne(Affiliation, { user, organisation: invitation.organisation });
      const affiliation =
        existing ?? em.create(Affiliation, { user, organisation: invitation.organisation, role: invitation.role });
      affiliation.role = invitation.role;
      invitation.acceptedAt = new Date();
      invitation.acceptedBy = user;
      audit(invitation.organisation.id, { userId: user.id, role: invitation.role });
      return affiliation;
    });
  }

  async removeAffiliation(id: string): Promise<boolean> {
    authorize(this.scope.viewer, 'affiliation.remove');
    const affiliation = await this.em.findOneOrFail(Affiliation, { id }, { populate: ['user'] });
    await this.writer.write('organisation.removeAffiliation', async ({ em, audit }) => {
      em.remove(affiliation);
      audit(affiliation.organisation.id, {
        userId: affiliation.user.id,
        displayName: affiliation.user.displayName,
        role: affiliation.role,
      });
    });
    return true;
  }
}
