import type { EventSubscriber } from '@mikro-orm/core';
import { AbandonedRequestError, currentRequestLifetime } from '../http/request-lifetime.js';

/**
 * A write is either answered or not done: a transaction whose request has been abandoned (the
 * client hung up, or the deadline passed) rolls back instead of committing, so nobody is left
 * believing a write failed that in fact went through.
 */
export class CommitGuard implements EventSubscriber {
  beforeTransactionCommit(): void {
    const abandoned = currentRequestLifetime()?.abandonReason();
    if (abandoned) throw new AbandonedRequestError(abandoned);
  }
}
