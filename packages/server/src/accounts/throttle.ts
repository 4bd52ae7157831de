import { createHash } from 'node:crypto';
import type { Knex } from '@mikro-orm/postgresql';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { TooManyRequestsError } from '../common/errors.js';

export type ThrottleLimits = {
  /** Attempts per account and per client address in a window; successes give theirs back. */
  signIn: { perAccount: number; perAddress: number; windowSeconds: number };
  /** Registrations per client address in a window. */
  registration: { perAddress: number; windowSeconds: number };
  /** Password reset requests per e-mail address (known or not) and per client address in a window. */
  passwordReset: { perAccount: number; perAddress: number; windowSeconds: number };
  /** Mail a signed-in person asks for (a confirmation link again, an address change) per account in a window. */
  accountMail: { perAccount: number; windowSeconds: number };
};

export const defaultThrottleLimits: ThrottleLimits = {
  signIn: { perAccount: 5, perAddress: 30, windowSeconds: 15 * 60 },
  registration: { perAddress: 10, windowSeconds: 60 * 60 },
  passwordReset: { perAccount: 3, perAddress: 20, windowSeconds: 60 * 60 },
  accountMail: { perAccount: 5, windowSeconds: 60 * 60 },
};

/**
 * Throttles sign-ins, registrations and the mail people can make Telka send. Every attempt takes a point with one atomic upsert in
 * PostgreSQL (table `rate_limit`, shared by every instance) before any password is looked at,
 * so parallel attempts cannot slip past the limit between a check and a count.
 */
export class AccountThrottle {
  private readonly signInPerAccount: RateLimiterPostgres;
  private readonly signInPerAddress: RateLimiterPostgres;
  private readonly registrationPerAddress: RateLimiterPostgres;
  private readonly passwordResetPerAccount: RateLimiterPostgres;
  private readonly passwordResetPerAddress: RateLimiterPostgres;
  private readonly accountMailPerAccount: RateLimiterPostgres;

  constructor(
    knex: Knex,
    {
      signIn = defaultThrottleLimits.signIn,
      registration = defaultThrottleLimits.registration,
      passwordReset = defaultThrottleLimits.passwordReset,
      accountMail = defaultThrottleLimits.accountMail,
    }: Partial<ThrottleLimits> = {},
  ) {
    const limiter = (keyPrefix: string, points: number, duration: number) =>
      new RateLimiterPostgres({
        storeClient: knex,
        storeType: 'knex',
        tableName: 'rate_limit',
        tableCreated: true,
        clearExpiredByTimeout: false,
        keyPrefix,
        points,
        duration,
      });
    this.signInPerAccount = limiter('sign-in-account', signIn.perAccount, signIn.windowSeconds);
    this.signInPerAddress = limiter('sign-in-address', signIn.perAddress, signIn.windowSeconds);
    this.registrationPerAddress = limiter('register-address', registration.perAddress, registration.windowSeconds);
    this.passwordResetPerAccount = limiter('reset-account', passwordReset.perAccount, passwordReset.windowSeconds);
    this.passwordResetPerAddress = limiter('reset-address', passwordReset.perAddress, passwordReset.windowSeconds);
    this.accountMailPerAccount = limiter('account-mail', accountMail.perAccount, accountMail.windowSeconds);
  }

  /** Takes a sign-in attempt from the address and the account; TOO_MANY_REQUESTS once either is spent. */
  async signInAttempt(email: string, address: string): Promise<void> {
    // The address first: a spent address then costs the account nothing.
    await take(this.signInPerAddress, address);
    await take(this.signInPerAccount, accountKey(email));
  }

  /**
   * The account starts afresh, and the address gets its point back: the address counter is
   * there against guessing across many accounts, and people behind one shared address (an
   * office, a school) must not lock each other out by signing in.
   */
  async signInSucceeded(email: string, address: string): Promise<void> {
    await Promise.all([this.signInPerAccount.delete(accountKey(email)), this.signInPerAddress.reward(address, 1)]);
  }

  /** Takes a registration from the address; TOO_MANY_REQUESTS once it is spent. */
  registrationAttempt(address: string): Promise<void> {
    return take(this.registrationPerAddress, address);
  }

  /**
   * Takes a password reset request from the client address and the e-mail address, whether or not
   * an account has it, so the limit reveals nothing and nobody's mailbox is flooded.
   */
  async passwordResetAttempt(email: string, address: string): Promise<void> {
    await take(this.passwordResetPerAddress, address);
    await take(this.passwordResetPerAccount, accountKey(email));
  }

  /** Takes one mail (or password check) a signed-in person asks for; TOO_MANY_REQUESTS once spent. */
  accountMailAttempt(userId: string): Promise<void> {
    return take(this.accountMailPerAccount, userId);
  }
}

async function take(limiter: RateLimiterPostgres, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (refusal: unknown) {
    // The library rejects with a RateLimiterRes when the points are spent, with an Error when the store fails.
    if (refusal instanceof RateLimiterRes) {
      throw new TooManyRequestsError(Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)));
    }
    throw refusal;
  }
}

/** A fixed-length key: an e-mail address may outgrow the key column, and the table needs no addresses in clear. */
function accountKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('base64url');
}
