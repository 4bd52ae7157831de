import { createHash } from 'node:crypto';
import type { Knex } from '@mikro-orm/postgresql';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { TooManyRequestsError } from '../common/errors.js';

export type ThrottleLimits = {
  /** Attempts per account and per client address in a window; successes give theirs back. */
  signIn: { perAccount: number; perAddress: number; windowSeconds: number };
  /** Registrations per client address in a window. */
  registration: { perAddress: number; windowSeconds: number };
};

export const defaultThrottleLimits: ThrottleLimits = {
  signIn: { perAccount: 5, perAddress: 30, windowSeconds: 15 * 60 },
  registration: { perAddress: 10, windowSeconds: 60 * 60 },
};

/**
 * Throttles sign-ins and registrations. Every attempt takes a point with one atomic upsert in
 * PostgreSQL (table `rate_limit`, shared by every instance) before any password is looked at,
 * so parallel attempts cannot slip past the limit between a check and a count.
 */
export class AccountThrottle {
  private readonly signInPerAccount: RateLimiterPostgres;
  private readonly signInPerAddress: RateLimiterPostgres;
  private readonly registrationPerAddress: RateLimiterPostgres;

  constructor(
    knex: Knex,
    {
      signIn = defaultThrottleLimits.signIn,
      registration = defaultThrottleLimits.registration,
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
