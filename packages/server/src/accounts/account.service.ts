import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Writer } from '../audit/writer.js';
import { authorize } from '../authorization/policy.js';
import { BadUserInputError } from '../common/errors.js';
import type { RequestScope } from '../request-scope.js';
import { AccountEmailService } from './account-email.service.js';
import { AccountTokenPurpose } from './account-token.entity.js';
import { retireAccountTokens } from './account-tokens.js';
import { Locale, PlatformRole } from './account.enums.js';
import type { ChangePasswordInput, RegisterInput, SignInInput, UpdateProfileInput } from './account.inputs.js';
import { decoyPasswordHash, hashPassword, verifyPassword } from './passwords.js';
import { RegistrationReceived } from './registration.types.js';
import { Session } from './session.entity.js';
import { clearSessionCookie, startSession } from './sessions.js';
import { User } from './user.entity.js';

/** Registration, sign-in and the signed-in person's own account. */
export class AccountService {
  constructor(private readonly scope: RequestScope) {}

  /** The request's EntityManager, for writes and entity reads (read queries use `scope.knex`). */
  private get em(): EntityManager {
    return this.scope.em;
  }

  private get writer(): Writer {
    return this.scope.get(Writer);
  }

  /** Sessions live in cookies: these operations need the HTTP exchange. */
  private get http(): NonNullable<RequestScope['http']> {
    if (!this.scope.http) throw new Error('This operation needs an HTTP request.');
    return this.scope.http;
  }

  /** The client's address (the proxy's word for it only with `TELKA_TRUST_PROXY`). */
  private get clientAddress(): string {
    return this.http.clientAddress;
  }

  /**
   * Creates the account when the address is new. A taken address gets the same answer and
   * nothing changes: the person is told to sign in, and the holder of the address is not
   * affected. No session is started either way, since its cookie would tell the two apart.
   * A new account is sent the link that confirms its address, in the same transaction.
   */
  async register(input: RegisterInput): Promise<RegistrationReceived> {
    authorize(this.scope.viewer, 'account.register');
    await this.scope.app.accountThrottle.registrationAttempt(this.clientAddress);
    const email = input.email.trim().toLowerCase();
    // Hashed and inserted either way, so both answers take as long; the unique key decides.
    const passwordHash = await hashPassword(input.password);
    await this.writer
      .write('user.register', async ({ em, audit }) => {
        const created = em.create(User, {
          email,
          displayName: input.displayName.trim(),
          passwordHash,
          locale: input.locale ?? Locale.lt,
          role: PlatformRole.USER,
        });
        audit(created.id, {}, created);
        await this.scope.get(AccountEmailService).sendVerification(em, created);
      })
      .catch((error: unknown) => {
        if (!(error instanceof UniqueConstraintViolationException)) throw error;
      });
    return RegistrationReceived.for(email);
  }

  async signIn(input: SignInInput): Promise<User> {
    authorize(this.scope.viewer, 'account.signIn');
    const email = input.email.trim().toLowerCase();
    const address = this.clientAddress;
    // The attempt is counted before the password is looked at, so parallel guesses cannot outrun the limit.
    await this.scope.app.accountThrottle.signInAttempt(email, address);

    const user = await this.em.findOne(User, { email }, { populate: ['passwordHash'] });
    const valid = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);
    if (!user || !valid) {
      throw new BadUserInputError([
        { field: 'password', code: 'WRONG_CREDENTIALS', message: 'the e-mail address or password is wrong' },
      ]);
    }
    await this.scope.app.accountThrottle.signInSucceeded(email, address);
    await this.em.transactional(async (em) => {
      if (this.scope.viewer.sessionId) await em.nativeDelete(Session, { id: this.scope.viewer.sessionId });
      await startSession(em, user, this.http);
    });
    return user;
  }

  async signOut(): Promise<boolean> {
    const { sessionId } = this.scope.viewer;
    if (sessionId) await this.em.nativeDelete(Session, { id: sessionId });
    clearSessionCookie(this.http);
    return sessionId !== null;
  }

  me(): User | null {
    return this.scope.viewer.user;
  }

  async changePassword(input: ChangePasswordInput): Promise<boolean> {
    authorize(this.scope.viewer, 'account.changePassword');
    const user = await this.em.findOneOrFail(User, { id: this.viewerUser().id }, { populate: ['passwordHash'] });
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw BadUserInputError.field('currentPassword', 'WRONG_PASSWORD', 'the current password is wrong');
    }
    const passwordHash = await hashPassword(input.newPassword);
    await this.writer.write('user.changePassword', async ({ em, audit }) => {
      user.passwordHash = passwordHash;
      // Everyone else holding an old session is signed out; this browser stays signed in.
      await em.nativeDelete(Session, { user: user.id, id: { $ne: this.scope.viewer.sessionId } });
      // Reset links sent for the old password die with it.
      await retireAccountTokens(em, user.id, [AccountTokenPurpose.PASSWORD_RESET]);
      audit(user.id);
    });
    return true;
  }

  async updateProfile(input: UpdateProfileInput): Promise<User> {
    authorize(this.scope.viewer, 'account.updateOwn');
    const user = this.viewerUser();
    const before = { displayName: user.displayName, locale: user.locale };
    await this.writer.write('user.updateProfile', async ({ audit }) => {
      if (input.displayName !== undefined) user.displayName = input.displayName.trim();
      if (input.locale !== undefined) user.locale = input.locale;
      audit(user.id, { before, after: { displayName: user.displayName, locale: user.locale } });
    });
    return user;
  }

  async listUsers(search: string | undefined, first: number): Promise<User[]> {
    authorize(this.scope.viewer, 'user.list');
    const term = search?.trim();
    return this.em.find(
      User,
      term
        ? {
            $or: [{ displayName: { $ilike: `%${escapeLike(term)}%` } }, { email: { $ilike: `%${escapeLike(term)}%` } }],
          }
        : {},
      { orderBy: { displayName: 'asc', id: 'asc' }, limit: first },
    );
  }

  async setRole(userId: string, role: PlatformRole): Promise<User> {
    authorize(this.scope.viewer, 'user.setRole');
    const user = await this.em.findOneOrFail(User, { id: userId });
    if (user.id === this.scope.viewer.user?.id && role !== PlatformRole.ADMIN) {
      throw BadUserInputError.field('role', 'OWN_ROLE', 'you cannot remove your own administrator role');
    }
    const from = user.role;
    await this.writer.write('user.setRole', async ({ audit }) => {
      user.role = role;
      audit(user.id, { role: { from, to: role } });
    });
    return user;
  }

  private viewerUser(): User {
    // authorize() has already ensured a signed-in viewer.
    return this.scope.viewer.user as User;
  }
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
