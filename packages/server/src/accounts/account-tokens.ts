import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError } from '../common/errors.js';
import { hashToken, newToken } from '../common/tokens.js';
import { AccountToken, AccountTokenPurpose } from './account-token.entity.js';
import type { User } from './user.entity.js';

/** The job that sends a reset link, if an account has the address (password-reset.task.ts). */
export const passwordResetJob = 'account.passwordReset';

/** Client pages the links in mail open. */
export const accountLinks = {
  resetPassword: (token: string) => `/reset-password/${token}`,
  verifyEmail: (token: string) => `/verify-email/${token}`,
  forgotPassword: '/forgot-password',
};

export const passwordResetLifetimeMs = 60 * 60 * 1000;
export const confirmationLifetimeMs = 7 * 24 * 60 * 60 * 1000;

/** Makes a single-use link token for `user`; returns the token, of which only the hash is kept. */
export function issueAccountToken(
  em: EntityManager,
  user: User,
  purpose: AccountTokenPurpose,
  email: string,
  lifetimeMs: number,
): string {
  const token = newToken();
  const now = new Date();
  em.persist(
    em.create(AccountToken, {
      user,
      purpose,
      email,
      tokenHash: hashToken(token),
      createdAt: now,
      expiresAt: new Date(now.getTime() + lifetimeMs),
    }),
  );
  return token;
}

/**
 * The open link behind `token` for one of `purposes`, with its person; a clear refusal on the
 * field `token` when it is unknown, used (or retired) or expired.
 */
export async function openAccountToken(
  em: EntityManager,
  token: string,
  purposes: AccountTokenPurpose[],
): Promise<AccountToken> {
  const link = await em.findOne(
    AccountToken,
    { tokenHash: hashToken(token), purpose: { $in: purposes } },
    { populate: ['user', 'user.passwordHash'] },
  );
  if (!link) throw BadUserInputError.field('token', 'LINK_UNKNOWN', 'the link is not known: check it was copied whole');
  if (link.usedAt) throw linkUsed();
  if (link.expiresAt <= new Date()) throw BadUserInputError.field('token', 'LINK_EXPIRED', 'the link has expired');
  return link;
}

/** Marks the link used, once: of two requests racing with the same link only one gets through. */
export async function claimAccountToken(em: EntityManager, link: AccountToken): Promise<void> {
  const claimed = await em.nativeUpdate(AccountToken, { id: link.id, usedAt: null }, { usedAt: new Date() });
  if (claimed === 0) throw linkUsed();
}

/** Ends the open links of these purposes (a password or address changed, so they speak of the past). */
export async function retireAccountTokens(
  em: EntityManager,
  userId: string,
  purposes: AccountTokenPurpose[],
): Promise<void> {
  await em.nativeUpdate(
    AccountToken,
    { user: userId, purpose: { $in: purposes }, usedAt: null },
    { usedAt: new Date() },
  );
}

function linkUsed(): BadUserInputError {
  return BadUserInputError.field(
    'token',
    'LINK_USED',
    'the link was used already, or the password or address changed since it was sent',
  );
}
