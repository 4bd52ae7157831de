import type { EntityManager } from '@mikro-orm/postgresql';
import type { Task } from 'graphile-worker';
import { isoTimestamp } from '../common/sql.js';
import type { JobContext } from '../jobs/job-context.js';
import type { MailLanguage } from '../mail/mail-content.js';
import { deliverySql, NotificationDelivery, type NotificationKind } from './notification.enums.js';
import { notificationMail } from './notification-mail.js';
import type { NotificationEvent } from './notify.js';

/** The columns every recipient query selects, in this order, with their types. */
const columns = {
  recipient_id: 'uuid',
  kind: 'text',
  event_key: 'text',
  actor_id: 'uuid',
  initiative_id: 'uuid',
  comment_id: 'uuid',
  partnership_id: 'uuid',
  subject_title: 'text',
  status: 'text',
  organisation_name: 'text',
  excerpt: 'text',
  path: 'text',
  /** What is asked (a completion request's list). */
  items: 'text[]',
  /** By when it is asked (a completion request's reply-by time). */
  due_at: 'timestamptz',
  /** When it happened (the comment's time, the move's…), so the list reads in the order of events. */
  created_at: 'timestamptz',
} as const;
type Column = keyof typeof columns;

/** A recipient query's select list: the given SQL per column, null for the rest, each cast. */
function select(values: Partial<Record<Column, string>>): string {
  return Object.entries(columns)
    .map(
      ([name, type]) => `(${values[name as Column] ?? (name === 'created_at' ? 'now()' : 'null')})::${type} as ${name}`,
    )
    .join(', ');
}

const staffRole = `u.role in ('STAFF', 'ADMIN')`;
const initiativePath = `'/initiatives/' || i.slug`;
const commentPath = `'/initiatives/' || i.slug || '#comment-' || c.id`;
/** The first words of a comment, plain text, at most 200 characters. */
const commentExcerpt = `(select case when length(t) > 200 then left(t, 199) || '…' else t end
  from (select btrim(regexp_replace(c.body_text, '\\s+', ' ', 'g')) as t) words)`;
/** A staff's reason or message as a notification shows it: at most 200 characters, none when empty. */
const shortText = (column: string) => `(select nullif(case when length(t) > 200 then left(t, 199) || '…' else t end, '')
  from (select btrim(regexp_replace(${column}, '\\s+', ' ', 'g')) as t) words)`;
const applicationPath = `'/applications/' || a.id`;
/** A comment anyone but staff may read: neither hidden nor deleted. */
const readableComment = 'c.hidden_at is null and c.deleted_at is null';
/**
 * Whether person `u` may see initiative `i` (initiative-visibility.ts, said in SQL): anything
 * after the draft; a draft only for staff and representatives of its lead and of co-proposers
 * who have not declined.
 */
const seesInitiative = `(i.status <> 'DRAFT' or ${staffRole} or exists (
  select 1 from affiliation a
  where a.user_id = u.id and a.role = 'REPRESENTATIVE'
    and (a.organisation_id = i.lead_organisation_id or a.organisation_id in (
      select cp.organisation_id from co_proposer cp where cp.initiative_id = i.id and cp.status <> 'DECLINED'))))`;
/** Representatives of the lead organisation and of co-proposers who accepted. */
const authorsOf = `u.id in (select a.user_id from affiliation a where a.role = 'REPRESENTATIVE'
  and (a.organisation_id = i.lead_organisation_id or a.organisation_id in (
    select cp.organisation_id from co_proposer cp where cp.initiative_id = i.id and cp.status = 'ACCEPTED')))`;

export type RecipientQuery = { sql: string; params: unknown[] };

/** Who an event concerns, and what each of them is told, as one query of `columns`. */
export function recipientsOf(event: NotificationEvent): RecipientQuery {
  switch (event.type) {
    case 'statusChanged':
      return {
        sql: `select ${select({
          recipient_id: 'u.id',
          kind: `'INITIATIVE_STATUS_CHANGED'`,
          event_key: `'status:' || sc.id`,
          actor_id: 'sc.changed_by_id',
          initiative_id: 'i.id',
          subject_title: 'i.title',
          status: 'sc.to_status',
          excerpt: shortText('sc.reason'),
          path: initiativePath,
          created_at: 'sc.created_at',
        })}
          from status_change sc join initiative i on i.id = sc.initiative_id cross join app_user u
          where sc.id = ? and ${authorsOf}
          union all
          select ${select({
            recipient_id: 'u.id',
            kind: `'NEW_SUBMISSION'`,
            event_key: `'submitted:' || sc.id`,
            actor_id: 'sc.changed_by_id',
            initiative_id: 'i.id',
            subject_title: 'i.title',
            status: 'sc.to_status',
            path: initiativePath,
            created_at: 'sc.created_at',
          })}
          from status_change sc join initiative i on i.id = sc.initiative_id join app_user u on ${staffRole}
          where sc.id = ? and sc.to_status = 'SUBMITTED'`,
        params: [event.statusChangeId, event.statusChangeId],
      };
    case 'completionRequested':
      return {
        sql: `select ${select({
          recipient_id: 'u.id',
          kind: `'COMPLETION_REQUESTED'`,
          event_key: `'completion:' || cr.id`,
          actor_id: 'cr.requested_by_id',
          initiative_id: 'i.id',
          subject_title: 'i.title',
          excerpt: shortText('cr.message'),
          items: 'cr.items',
          due_at: 'cr.reply_by',
          path: applicationPath,
          created_at: 'cr.created_at',
        })}
          from completion_request cr join application a on a.id = cr.application_id
            join initiative i on i.id = a.initiative_id cross join app_user u
          where cr.id = ? and ${authorsOf}`,
        params: [event.completionRequestId],
      };
    case 'applicationDecided':
      return {
        sql: `select ${select({
          recipient_id: 'u.id',
          kind: `'APPLICATION_DECIDED'`,
          event_key: `'decided:' || sc.id`,
          actor_id: 'sc.changed_by_id',
          initiative_id: 'i.id',
          subject_title: 'i.title',
          status: 'sc.to_status',
          excerpt: shortText('sc.reason'),
          path: applicationPath,
          created_at: 'sc.created_at',
        })}
          from status_change sc join initiative i on i.id = sc.initiative_id
            join application a on a.id = ? and a.initiative_id = i.id cross join app_user u
          where sc.id = ? and ${authorsOf}`,
        params: [event.applicationId, event.statusChangeId],
      };
    case 'commentAdded': {
      const comment = {
        event_key: `'comment:' || c.id`,
        actor_id: 'c.author_id',
        initiative_id: 'i.id',
        comment_id: 'c.id',
        subject_title: 'i.title',
        excerpt: commentExcerpt,
        path: commentPath,
        created_at: 'c.created_at',
      };
      // The parent's author hears of a reply once, as a reply, even when they follow too.
      return {
        sql: `select ${select({ ...comment, recipient_id: 'u.id', kind: `'COMMENT_REPLY'` })}
          from comment c join comment parent on parent.id = c.parent_id
            join initiative i on i.id = c.initiative_id join app_user u on u.id = parent.author_id
          where c.id = ? and ${readableComment} and ${seesInitiative}
          union all
          select ${select({ ...comment, recipient_id: 'u.id', kind: `'NEW_COMMENT'` })}
          from comment c join initiative i on i.id = c.initiative_id
            join initiative_follow f on f.initiative_id = i.id join app_user u on u.id = f.user_id
          where c.id = ? and ${readableComment} and ${seesInitiative}
            and u.id is distinct from (select parent.author_id from comment parent where parent.id = c.parent_id)`,
        params: [event.commentId, event.commentId],
      };
    }
    case 'coProposerInvited':
      return {
        sql: `select ${select({
          recipient_id: 'u.id',
          kind: `'CO_PROPOSAL_INVITATION'`,
          event_key: `'invite:' || i.id || ':' || o.id`,
          actor_id: '?',
          initiative_id: 'i.id',
          subject_title: 'i.title',
          organisation_name: 'o.name',
          path: initiativePath,
          created_at: 'cp.invited_at',
        })}
          from co_proposer cp join initiative i on i.id = cp.initiative_id
            join organisation o on o.id = cp.organisation_id
            join affiliation a on a.organisation_id = o.id and a.role = 'REPRESENTATIVE'
            join app_user u on u.id = a.user_id
          where cp.initiative_id = ? and cp.organisation_id = ? and cp.status = 'INVITED'`,
        params: [event.actorId, event.initiativeId, event.organisationId],
      };
    case 'endorsed':
      return {
        sql: `select ${select({
          recipient_id: 'u.id',
          kind: `'SUPPORT_RECEIVED'`,
          event_key: `'support:' || e.id`,
          actor_id: 'e.endorsed_by_id',
          initiative_id: 'i.id',
          subject_title: 'i.title',
          organisation_name: 'o.name',
          path: initiativePath,
          created_at: 'e.created_at',
        })}
          from endorsement e join initiative i on i.id = e.initiative_id
            join organisation o on o.id = e.organisation_id
            join affiliation a on a.organisation_id = i.lead_organisation_id and a.role = 'REPRESENTATIVE'
            join app_user u on u.id = a.user_id
          where e.id = ?`,
        params: [event.endorsementId],
      };
    case 'commentFlagged':
      return {
        sql: `select ${select({
          recipient_id: 'u.id',
          kind: `'COMMENT_FLAGGED'`,
          event_key: `'flag:' || f.id`,
          actor_id: 'f.user_id',
          initiative_id: 'i.id',
          comment_id: 'c.id',
          subject_title: 'i.title',
          excerpt: commentExcerpt,
          path: commentPath,
          created_at: 'f.created_at',
        })}
          from comment_flag f join comment c on c.id = f.comment_id
            join initiative i on i.id = c.initiative_id join app_user u on ${staffRole}
          where f.id = ? and f.resolved_at is null`,
        params: [event.flagId],
      };
    case 'flagsHandled':
      // A hidden comment's words are shown to no one but staff, so its flaggers get no excerpt.
      return {
        sql: `select ${select({
          recipient_id: 'u.id',
          kind: `'FLAG_HANDLED'`,
          event_key: `'flag-handled:' || f.id`,
          actor_id: '?',
          initiative_id: 'i.id',
          comment_id: 'c.id',
          subject_title: 'i.title',
          excerpt: `case when ${readableComment} then ${commentExcerpt} end`,
          path: commentPath,
          created_at: 'f.resolved_at',
        })}
          from comment_flag f join comment c on c.id = f.comment_id
            join initiative i on i.id = c.initiative_id join app_user u on u.id = f.user_id
          where f.id = any(?::uuid[]) and f.resolved_at is not null and ${seesInitiative}`,
        params: [event.actorId, `{${event.flagIds.join(',')}}`],
      };
  }
}

/** Open partnerships whose follow-up is `day` or earlier: the owner, or every staff member when none is. */
export function followUpRecipients(day: string): RecipientQuery {
  return {
    sql: `select ${select({
      recipient_id: 'u.id',
      kind: `'FOLLOW_UP_DUE'`,
      event_key: `'follow-up:' || p.id || ':' || ?`,
      partnership_id: 'p.id',
      subject_title: 'p.title',
      path: `'/staff/partnerships/' || p.slug`,
    })}
      from partnership p join app_user u on ${staffRole} and (u.id = p.owner_id or not exists (
        select 1 from app_user owner where owner.id = p.owner_id and owner.role in ('STAFF', 'ADMIN')))
      where p.next_follow_up_on <= ?::date and p.status not in ('COMPLETED', 'ENDED')`,
    params: [day, day],
  };
}

/** The columns of a notification that `chosenNotifications` gives: the recipient query's and the delivery. */
export const notificationColumns = [...Object.keys(columns), 'delivery'].join(', ');

/**
 * The notifications that `queries` make, as the common table expressions `candidates, chosen`:
 * never to the one who acted, not to those who turned the kind off, at most one per person and
 * event (the first kind by name when an event tells them twice), each with the person's delivery.
 */
export function chosenNotifications(queries: readonly RecipientQuery[]): RecipientQuery {
  return {
    sql: `candidates as (${queries.map((query) => `(${query.sql})`).join(' union all ')}),
     chosen as (
       select * from (
         select distinct on (c.recipient_id, c.event_key) c.*, ${deliverySql('c.kind')} as delivery
         from candidates c left join notification_preference p on p.user_id = c.recipient_id and p.kind = c.kind
         where c.recipient_id is distinct from c.actor_id
         order by c.recipient_id, c.event_key, c.kind
       ) per_event where delivery <> 'OFF'
     )`,
    params: queries.flatMap((query) => query.params),
  };
}

type Delivered = {
  id: string;
  recipient_id: string;
  kind: NotificationKind;
  delivery: NotificationDelivery;
  actor_id: string | null;
  subject_title: string;
  status: string | null;
  organisation_name: string | null;
  excerpt: string | null;
  items: string[] | null;
  due_at: string | null;
  path: string;
};

type Person = { id: string; email: string; locale: MailLanguage; display_name: string; verified: boolean };

/**
 * Writes the notifications of `query` in `em`'s transaction (`chosenNotifications`; a retry adds
 * nothing), and queues the mail of those who want it at once, in their language. Answers who
 * got one.
 */
export async function deliver(em: EntityManager, context: JobContext, query: RecipientQuery): Promise<string[]> {
  const chosen = chosenNotifications([query]);
  const inserted = await em.execute<Delivered[]>(
    `with ${chosen.sql}
     insert into notification (${notificationColumns})
     select ${notificationColumns} from chosen
     on conflict (recipient_id, event_key) do nothing
     returning id, recipient_id, kind, delivery, actor_id, subject_title, status, organisation_name, excerpt,
       items, ${isoTimestamp('due_at')} as due_at, path`,
    chosen.params,
  );
  const immediate = inserted.filter((row) => row.delivery === NotificationDelivery.IMMEDIATE);
  if (immediate.length) {
    const ids = [...new Set(immediate.flatMap((row) => [row.recipient_id, row.actor_id ?? []].flat()))];
    const people = await em.execute<Person[]>(
      `select id, email, locale, display_name, email_verified_at is not null as verified
         from app_user where id = any(?::uuid[])`,
      [`{${ids.join(',')}}`],
    );
    const byId = new Map(people.map((person) => [person.id, person]));
    for (const row of immediate) {
      const recipient = byId.get(row.recipient_id)!;
      // Notification mail goes only to a confirmed address; the notification itself is made.
      if (!recipient.verified) continue;
      const content = notificationMail(
        {
          kind: row.kind,
          subjectTitle: row.subject_title,
          status: row.status,
          organisationName: row.organisation_name,
          excerpt: row.excerpt,
          items: row.items,
          dueAt: row.due_at,
          actorName: row.actor_id ? (byId.get(row.actor_id)?.display_name ?? null) : null,
        },
        recipient.display_name,
        recipient.locale,
        context.mail.link(row.path),
      );
      await context.mail.queue(em, {
        to: recipient.email,
        userId: recipient.id,
        language: recipient.locale,
        content,
        unsubscribe: { userId: recipient.id, scope: row.kind },
      });
    }
  }
  return [...new Set(inserted.map((row) => row.recipient_id))];
}

/** Tells each person's open pages that their unread count changed (after the commit). */
export function announce(context: Pick<JobContext, 'pubSub'>, userIds: string[]): void {
  for (const userId of userIds) context.pubSub.publish('NOTIFICATIONS_CHANGED', userId, { userId });
}

/** The fan-out job of one event: who it concerns, computed when it runs, in one transaction. */
export function fanOutTask(context: JobContext): Task {
  return async (payload) => {
    const event = payload as NotificationEvent;
    const recipients = await context.orm.em.fork().transactional((em) => deliver(em, context, recipientsOf(event)));
    announce(context, recipients);
  };
}
