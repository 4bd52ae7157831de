import type { EntityManager } from '@mikro-orm/postgresql';
import type { User } from '../accounts/user.entity.js';
import { AuditEntry } from './audit-entry.entity.js';

type Change = { from: unknown; to: unknown };

/** The fields of `after` whose values differ from `before`, as `{ field: { from, to } }`. */
export function diff<T extends object>(before: Partial<T>, after: Partial<T>): Record<string, Change> {
  const changes: Record<string, Change> = {};
  for (const key of Object.keys(after) as (keyof T & string)[]) {
    const from = normalise(before[key]);
    const to = normalise(after[key]);
    if (from !== to) changes[key] = { from, to };
  }
  return changes;
}

function normalise(value: unknown): unknown {
  if (value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object' && 'id' in value) return (value as { id: unknown }).id;
  return value;
}

/** Records an audit entry; it is flushed with the change it describes, in one transaction. */
export function audit(
  em: EntityManager,
  entry: {
    actor: User | null;
    action: string;
    entityType: string;
    entityId: string;
    changes?: Record<string, unknown>;
  },
): void {
  em.persist(
    em.create(AuditEntry, {
      actor: entry.actor,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      changes: entry.changes ?? {},
      createdAt: new Date(),
    }),
  );
}
