import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLError } from 'graphql';
import type { User } from '../accounts/user.entity.js';
import { staleVersion } from '../common/errors.js';
import type { RequestScope } from '../request-scope.js';
import { auditedKind, type AuditAction } from './audit-actions.js';
import { AuditEntry } from './audit-entry.entity.js';

/** What a write's work gets: the transaction, and the one way to file its audit entry. */
export interface WriteTransaction {
  readonly em: EntityManager;
  /**
   * Files the entry of this write under record `entityId` (of the action's kind), naming the
   * viewer as the actor unless `actor` says otherwise (a sign-up: the new account).
   */
  audit(entityId: string, changes?: Record<string, unknown>, actor?: User): void;
}

/** A record with optimistic locking (`version`), and the version the editor saw. */
export type VersionCheck = { record: { version: number }; seen?: number };

export type WriteOptions = {
  /** A stale `seen` version is answered with CONFLICT before any work (a change found at flush always is). */
  version?: VersionCheck;
  /** The answer to a unique key's violation when it means more than the general CONFLICT. */
  duplicate?: (error: UniqueConstraintViolationException) => GraphQLError;
};

/**
 * The one road of every change: its work and its audit entry commit in one transaction or not at
 * all, and the database's verdicts on races become the API's answers. A write that files no
 * entry is a programming error and is rolled back.
 */
export class Writer {
  constructor(private readonly scope: RequestScope) {}

  async write<T>(
    action: AuditAction,
    work: (transaction: WriteTransaction) => Promise<T>,
    options: WriteOptions = {},
  ): Promise<T> {
    const { version } = options;
    const kind = auditedKind(action);
    if (version) this.assertCurrent(action, version);
    try {
      return await this.scope.em.transactional(async (em) => {
        let filed = 0;
        const result = await work({
          em,
          audit: (entityId, changes = {}, actor) => {
            filed += 1;
            const entry = { actor: actor ?? this.scope.viewer.user, action, entityType: kind, entityId, changes };
            em.persist(em.create(AuditEntry, entry));
          },
        });
        if (filed === 0) throw new Error(`The write ${action} filed no audit entry.`);
        return result;
      });
    } catch (error) {
      if (error instanceof OptimisticLockError) {
        // Someone changed the record between our read and this write: say so with its version now.
        const record = (version?.record ?? error.getEntity()) as { version: number } | undefined;
        if (record) await this.scope.em.refresh(record);
        throw staleVersion(kind, record?.version ?? 0);
      }
      if (error instanceof UniqueConstraintViolationException && options.duplicate) throw options.duplicate(error);
      throw error;
    }
  }

  /** CONFLICT when the editor saw an older version than the record has (before any work). */
  assertCurrent(action: AuditAction, { record, seen }: VersionCheck): void {
    if (seen !== undefined && seen !== record.version) throw staleVersion(auditedKind(action), record.version);
  }
}
