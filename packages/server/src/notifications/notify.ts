import type { EntityManager } from '@mikro-orm/postgresql';
import { enqueueJob } from '../jobs/enqueue.js';

export const fanOutJob = 'notifications.fanOut';

/**
 * Something that happened which may concern people. Each event names what changed by id; the
 * fan-out job (fan-out.ts) reads who it concerns, as of when it runs, in SQL.
 */
export type NotificationEvent =
  | { type: 'statusChanged'; statusChangeId: string; actorId: string | null }
  | { type: 'commentAdded'; commentId: string; actorId: string | null }
  | { type: 'coProposerInvited'; initiativeId: string; organisationId: string; actorId: string | null }
  | { type: 'endorsed'; endorsementId: string; actorId: string | null }
  | { type: 'commentFlagged'; flagId: string; actorId: string | null }
  | { type: 'flagsHandled'; commentId: string; flagIds: string[]; actorId: string | null }
  | { type: 'completionRequested'; completionRequestId: string; actorId: string | null }
  | { type: 'applicationDecided'; applicationId: string; statusChangeId: string; actorId: string | null };

/** The one key of an event: its job's key, and the root of its notifications' keys. */
export function eventKey(event: NotificationEvent): string {
  switch (event.type) {
    case 'statusChanged':
      return `status:${event.statusChangeId}`;
    case 'commentAdded':
      return `comment:${event.commentId}`;
    case 'coProposerInvited':
      return `invite:${event.initiativeId}:${event.organisationId}`;
    case 'endorsed':
      return `support:${event.endorsementId}`;
    case 'commentFlagged':
      return `flag:${event.flagId}`;
    case 'flagsHandled':
      return `handled:${event.commentId}:${[...event.flagIds].sort().join(',')}`;
    case 'completionRequested':
      return `completion:${event.completionRequestId}`;
    case 'applicationDecided':
      return `decided:${event.statusChangeId}`;
  }
}

/**
 * Records that `event` happened, in the transaction of the change (the Writer's `em`): its
 * fan-out job exists exactly when the change commits, and a rolled-back change notifies no one.
 */
export async function notify(em: EntityManager, event: NotificationEvent): Promise<void> {
  await enqueueJob(em, fanOutJob, event, { jobKey: `notify:${eventKey(event)}`, maxAttempts: 10 });
}

/** The person follows the initiative from now on (authors do from its start); following twice is once. */
export async function follow(em: EntityManager, userId: string, initiativeId: string): Promise<void> {
  await em.execute('insert into initiative_follow (user_id, initiative_id) values (?, ?) on conflict do nothing', [
    userId,
    initiativeId,
  ]);
}
