import type { EntityManager } from '@mikro-orm/postgresql';
import { Writer } from '../audit/writer.js';
import { authorize } from '../authorization/policy.js';
import { BadUserInputError } from '../common/errors.js';
import { enqueueJob } from '../jobs/enqueue.js';
import type { RequestScope } from '../request-scope.js';
import { changeEmailMail, emailChangingNotice, emailTakenNotice, verifyEmailMail } from './account-mail.js';
import { AccountToken, AccountTokenPurpose } from './account-token.entity.js';
import {
  accountLinks,
  claimAccountToken,
  confirmationLifetimeMs,
  issueAccountToken,
  openAccountToken,
  passwordResetJob,
  retireAccountTokens,
} from './account-tokens.js';
import { EmailConfirmed, PasswordResetRequested } from './account-email.types.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { Session } from './session.entity.js';
import { startSession } from './sessions.js';
import { User } from './user.entity.js';

const { PASSWORD_RESET, VERIFY_EMAIL, CHANGE_EMAIL } = AccountTokenPurpose;

/** What an account does by e-mail: password resets, confirming the address, changing it. */
export class AccountEmailService {
  constructor(private readonly scope: RequestScope) {}

  /** The request's EntityManager, for writes and entity reads (read queries use `scope.knex`). */
  private get em(): EntityManager {
    return this.scope.em;
  }

  private get writer(): Writer {
    return this.scope.get(Writer);
  }

  private get http(): NonNullable<RequestScope['http']> {
    if (!this.scope.http) throw new Error('This operation needs an HTTP request.');
    return this.scope.http;
  }

  /**
   * Answers every address alike and does the same work for each: one job is queued, and the job
   * finds out whether an account has the address and sends the link only then. No timing, answer
   * or cookie tells a known address from an unknown one.
   */
  async requestPasswordReset(rawEmail: string): Promise<PasswordResetRequested> {
    authorize(this.scope.viewer, 'account.resetPassword');
    const email = rawEmail.trim().toLowerCase();
    await this.scope.app.accountThrottle.passwordResetAttempt(email, this.http.clientAddress);
    await enqueueJob(this.em, passwordResetJob, { email }, { maxAttempts: 5 });
    return PasswordResetRequested.for(email);
  }

  /**
   * Sets a new password with a reset link: the link is used up, every session of the person ends
   * (their live sockets close with the next sweep) and this browser is signed in.
   */
  async resetPassword(token: string, newPassword: string): Promise<User> {
    authorize(this.scope.viewer, 'account.resetPassword');
    // Refused links cost no password hashing.
    await openAccountToken(this.em, token, [PASSWORD_RESET]);
    const passwordHash = await hashPassword(newPassword);
    return this.writer.write('user.resetPassword', async ({ em, audit }) => {
      const link = await openAccountToken(em, token, [PASSWORD_RESET]);
      await claimAccountToken(em, link);
      const user = link.user;
      user.passwordHash = passwordHash;
      // Other reset links were sent for the old password; they die with it.
      await retireAccountTokens(em, user.id, [PASSWORD_RESET]);
      await em.nativeDelete(Session, { user: user.id });
      if (this.scope.viewer.sessionId) await em.nativeDelete(Session, { id: this.scope.viewer.sessionId });
      await startSession(em, user, this.http);
      audit(user.id, {}, user);
      return user;
    });
  }

  /**
   * Follows a confirmation link: confirms the account's address, or, for an address change,
   * makes the new address the sign-in address. Needs no session: the link is the proof.
   */
  async verifyEmail(token: string): Promise<EmailConfirmed> {
    authorize(this.scope.viewer, 'account.verifyEmail');
    const peek = await openAccountToken(this.em, token, [VERIFY_EMAIL, CHANGE_EMAIL]);
    const changing = peek.purpose === CHANGE_EMAIL;
    return this.writer.write(
      changing ? 'user.changeEmail' : 'user.verifyEmail',
      async ({ em, audit }) => {
        const link = await openAccountToken(em, token, [peek.purpose]);
        await claimAccountToken(em, link);
        const user = link.user;
        const from = user.email;
        if (changing) {
          user.email = link.email;
          // Links sent to the old address, and other changes asked for, speak of the past now.
          await retireAccountTokens(em, user.id, [PASSWORD_RESET, VERIFY_EMAIL, CHANGE_EMAIL]);
        } else if (link.email.toLowerCase() !== user.email.toLowerCase()) {
          throw BadUserInputError.field('token', 'LINK_USED', 'the account’s address changed since the link was sent');
        }
        user.emailVerifiedAt = new Date();
        audit(user.id, changing ? { email: { from, to: user.email } } : { email: user.email }, user);
        return Object.assign(new EmailConfirmed(), { email: user.email, changed: changing });
      },
      {
        duplicate: () =>
          BadUserInputError.field('token', 'EMAIL_TAKEN', 'another account has taken this address meanwhile'),
      },
    );
  }

  /** Sends the confirmation link for the current address again. */
  async resendVerificationEmail(): Promise<boolean> {
    authorize(this.scope.viewer, 'account.changeEmail');
    const user = this.scope.viewer.user!;
    if (user.emailVerifiedAt) {
      throw BadUserInputError.field('email', 'ALREADY_VERIFIED', 'the address is already confirmed');
    }
    await this.scope.app.accountThrottle.accountMailAttempt(user.id);
    await this.writer.write('user.requestVerification', async ({ em, audit }) => {
      await this.sendVerification(em, user);
      audit(user.id, { email: user.email });
    });
    return true;
  }

  /**
   * Asks to change the sign-in address: the current one stays until the new one is confirmed by
   * the link sent to it, and the current one is told. An address another account has gets a
   * notice instead of a link, and the requester the same answer, so nobody learns who has one.
   */
  async changeEmail(rawEmail: string, currentPassword: string): Promise<User> {
    authorize(this.scope.viewer, 'account.changeEmail');
    const viewer = this.scope.viewer.user!;
    const email = rawEmail.trim().toLowerCase();
    // Counted before the password is checked, so this is no way around the sign-in throttle.
    await this.scope.app.accountThrottle.accountMailAttempt(viewer.id);
    const user = await this.em.findOneOrFail(User, { id: viewer.id }, { populate: ['passwordHash'] });
    if (!(await verifyPassword(user.passwordHash, currentPassword))) {
      throw BadUserInputError.field('currentPassword', 'WRONG_PASSWORD', 'the current password is wrong');
    }
    if (email === user.email.toLowerCase()) {
      throw BadUserInputError.field('newEmail', 'UNCHANGED', 'this is the current address');
    }
    const holder = await this.em.findOne(User, { email });
    const mail = this.scope.app.mail;
    await this.writer.write('user.requestEmailChange', async ({ em, audit }) => {
      // The latest request is the one that counts.
      await retireAccountTokens(em, user.id, [CHANGE_EMAIL]);
      const token = issueAccountToken(em, user, CHANGE_EMAIL, email, confirmationLifetimeMs);
      await em.flush();
      await mail.queue(
        em,
        holder
          ? {
              to: email,
              userId: holder.id,
              language: holder.locale,
              content: emailTakenNotice(holder.locale, mail.link(accountLinks.forgotPassword)),
            }
          : {
              to: email,
              userId: user.id,
              language: user.locale,
              content: changeEmailMail(
                user.locale,
                user.displayName,
                email,
                mail.link(accountLinks.verifyEmail(token)),
              ),
            },
      );
      await mail.queue(em, {
        to: user.email,
        userId: user.id,
        language: user.locale,
        content: emailChangingNotice(user.locale, user.displayName, email),
      });
      audit(user.id, { newEmail: email });
    });
    return user;
  }

  /** The address waiting for its confirmation, for the person themselves; null otherwise. */
  async pendingEmail(user: User): Promise<string | null> {
    if (user.id !== this.scope.viewer.user?.id) return null;
    const link = await this.em.findOne(
      AccountToken,
      { user: user.id, purpose: CHANGE_EMAIL, usedAt: null, expiresAt: { $gt: new Date() } },
      { orderBy: { createdAt: 'desc' }, fields: ['email'] },
    );
    return link?.email ?? null;
  }

  /** Queues the confirmation link for the account's current address, in `em`'s transaction. */
  async sendVerification(em: EntityManager, user: User): Promise<void> {
    const mail = this.scope.app.mail;
    const token = issueAccountToken(em, user, VERIFY_EMAIL, user.email, confirmationLifetimeMs);
    // The account and the link must be rows before the mail refers to them.
    await em.flush();
    await mail.queue(em, {
      to: user.email,
      userId: user.id,
      language: user.locale,
      content: verifyEmailMail(user.locale, user.displayName, user.email, mail.link(accountLinks.verifyEmail(token))),
    });
  }
}
