import type { Knex } from '@mikro-orm/postgresql';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import { TooManyRequestsError } from '../common/errors.js';

/**
 * Throttles failed sign-ins per account and per client address. Counters live in PostgreSQL
 * (table `rate_limit`) so every server instance shares them.
 */
export class SignInLimiter {
  private readonly perAccount: RateLimiterPostgres;
  private readonly perAddress: RateLimiterPostgres;

  constructor(knex: Knex, limits = { perAccount: 5, perAddress: 30, windowSeconds: 15 * 60 }) {
    const common = {
      storeClient: knex,
      storeType: 'knex',
      tableName: 'rate_limit',
      tableCreated: true,
      clearExpiredByTimeout: false,
    };
    this.perAccount = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'sign-in-account',
      points: limits.perAccount,
      duration: limits.windowSeconds,
    });
    this.perAddress = new RateLimiterPostgres({
      ...common,
      keyPrefix: 'sign-in-address',
      points: limits.perAddress,
      duration: limits.windowSeconds,
    });
  }

  /** Throws TOO_MANY_REQUESTS while either counter is exhausted. */
  async check(email: string, address: string): Promise<void> {
    const [account, client] = await Promise.all([
      this.perAccount.get(email.toLowerCase()),
      this.perAddress.get(address),
    ]);
    const blocked = [
      { res: account, limit: this.perAccount.points },
      { res: client, limit: this.perAddress.points },
    ].find(({ res, limit }) => res !== null && res.consumedPoints >= limit);
    if (blocked?.res) throw new TooManyRequestsError(Math.ceil(blocked.res.msBeforeNext / 1000));
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await Promise.all([this.perAccount.penalty(email.toLowerCase(), 1), this.perAddress.penalty(address, 1)]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.perAccount.delete(email.toLowerCase());
  }
}
