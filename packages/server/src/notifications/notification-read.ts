import type { Knex } from '@mikro-orm/postgresql';
import { isoTimestamp } from '../common/sql.js';
import { applyKeyset, countOf, keysetConnection, type KeysetOrdering } from '../common/keyset.js';
import type { Connection } from '../common/pagination.js';
import type { Notification } from './notification.types.js';

/** A notification as the API shows it, with its actor's name, in one statement. */
function selectNotification(knex: Knex, query: Knex.QueryBuilder): Knex.QueryBuilder {
  return query
    .leftJoin('app_user as actor', 'actor.id', 'n.actor_id')
    .select(
      'n.id',
      'n.kind',
      knex.raw(`${isoTimestamp('n.created_at')} as "createdAt"`),
      knex.raw(`${isoTimestamp('n.read_at')} as "readAt"`),
      'n.path',
      'actor.display_name as actorName',
      'n.subject_title as subjectTitle',
      'n.status',
      'n.organisation_name as organisationName',
      'n.excerpt',
      'n.items',
      knex.raw(`${isoTimestamp('n.due_at')} as "dueAt"`),
    );
}

/** The person's notifications, newest first, a page at a time (keyset on the creation time). */
export function readNotifications(
  knex: Knex,
  recipientId: string,
  page: { first: number; after?: string | null; unreadOnly: boolean },
): Promise<Connection<Notification>> {
  const ordering: KeysetOrdering = {
    name: 'NEWEST',
    sortKey: knex.raw('n.created_at'),
    direction: 'desc',
    cast: '?::timestamptz',
  };
  const filtered = knex('notification as n').where('n.recipient_id', recipientId);
  if (page.unreadOnly) filtered.whereNull('n.read_at');
  return keysetConnection(
    {
      page: applyKeyset(selectNotification(knex, filtered.clone()), 'n.id', ordering, page),
      count: countOf(filtered),
      ordering,
    },
    page,
    { totalCount: false, node: new Set() },
  );
}

/** One of the person's notifications; undefined when it is not theirs. */
export async function readNotification(knex: Knex, recipientId: string, id: string): Promise<Notification | undefined> {
  return (await selectNotification(
    knex,
    knex('notification as n').where({ 'n.id': id, 'n.recipient_id': recipientId }),
  ).first()) as Notification | undefined;
}

export async function unreadCount(knex: Knex, recipientId: string): Promise<number> {
  const [row] = (await knex('notification')
    .where('recipient_id', recipientId)
    .whereNull('read_at')
    .count({ count: '*' })) as {
    count: string;
  }[];
  return Number(row?.count ?? 0);
}
