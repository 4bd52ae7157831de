import type { Task } from 'graphile-worker';
import type { JobContext } from '../jobs/job-context.js';
import { passwordResetMail } from './account-mail.js';
import { AccountTokenPurpose } from './account-token.entity.js';
import { accountLinks, issueAccountToken, passwordResetLifetimeMs } from './account-tokens.js';
import { User } from './user.entity.js';

/**
 * Sends a reset link if an account has the address; does nothing otherwise. Runs after the
 * request was answered, so the answer cannot tell the two apart.
 */
export function passwordResetTask({ orm, mail }: Pick<JobContext, 'orm' | 'mail'>): Task {
  return async (payload) => {
    const { email } = payload as { email: string };
    await orm.em.fork().transactional(async (em) => {
      const user = await em.findOne(User, { email });
      if (!user) return;
      const token = issueAccountToken(
        em,
        user,
        AccountTokenPurpose.PASSWORD_RESET,
        user.email,
        passwordResetLifetimeMs,
      );
      await em.flush();
      await mail.queue(em, {
        to: user.email,
        userId: user.id,
        language: user.locale,
        content: passwordResetMail(user.locale, user.displayName, mail.link(accountLinks.resetPassword(token))),
      });
    });
  };
}
