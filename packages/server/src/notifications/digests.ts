import type { Task } from 'graphile-worker';
import { today } from '../common/dates.js';
import { isoTimestamp } from '../common/sql.js';
import type { JobContext } from '../jobs/job-context.js';
import type { MailLanguage } from '../mail/mail-content.js';
import { announce, deliver, followUpRecipients } from './fan-out.js';
import { deliverySql, digestScopes, type DigestDelivery, type NotificationKind } from './notification.enums.js';
import { digestFrame, digestItem } from './notification-mail.js';
import { digestsDue, remindersDue } from './schedule.js';

export const hourlyJob = 'notifications.hourly';

/** How far back a digest looks: what waited longer (its kind was switched away and back) is old news. */
const digestWindow = `interval '14 days'`;

type DigestRow = {
  kind: NotificationKind;
  initiative_id: string | null;
  partnership_id: string | null;
  actor_id: string | null;
  subject_title: string;
  status: string | null;
  organisation_name: string | null;
  excerpt: string | null;
  due_at: string | null;
  path: string;
  created_at: Date;
};

type Person = { id: string; email: string; locale: MailLanguage; display_name: string };

/**
 * Notifications waiting for the digest `delivery`: their kind is set to it now, and no digest took
 * them yet. Mail goes only to confirmed addresses; a person who confirms later gets what waits.
 */
const waiting = (delivery: DigestDelivery) => `
  from notification n left join notification_preference p on p.user_id = n.recipient_id and p.kind = n.kind
    join app_user u on u.id = n.recipient_id and u.email_verified_at is not null
  where n.digested_at is null and n.delivery in ('DAILY', 'WEEKLY')
    and n.created_at > now() - ${digestWindow} and ${deliverySql('n.kind')} = '${delivery}'`;

/**
 * Sends the `delivery` digest: one mail per person with what waits for it, grouped by the
 * initiative (or partnership) it is about. Each person's notifications are marked digested in the
 * transaction that queues their mail, so a notification is in one digest only, however often
 * this runs; a person with nothing waiting gets nothing. Answers how many mails were queued.
 */
export async function sendDigests(context: JobContext, delivery: DigestDelivery): Promise<number> {
  const recipients = await context.orm.em
    .fork()
    .execute<{ recipient_id: string }[]>(`select distinct n.recipient_id ${waiting(delivery)}`);
  let sent = 0;
  for (const { recipient_id: recipientId } of recipients) {
    const queued = await context.orm.em.fork().transactional(async (em) => {
      const rows = await em.execute<DigestRow[]>(
        `with due as (select n.id ${waiting(delivery)} and n.recipient_id = ? for update of n skip locked)
         update notification n set digested_at = now() from due where n.id = due.id
         returning n.kind, n.initiative_id, n.partnership_id, n.actor_id, n.subject_title, n.status,
           n.organisation_name, n.excerpt, ${isoTimestamp('n.due_at')} as due_at, n.path, n.created_at`,
        [recipientId],
      );
      if (!rows.length) return false;
      rows.sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime());
      const ids = [recipientId, ...rows.flatMap((row) => (row.actor_id ? [row.actor_id] : []))];
      const people = await em.execute<Person[]>(
        'select id, email, locale, display_name from app_user where id = any(?::uuid[])',
        [`{${[...new Set(ids)].join(',')}}`],
      );
      const byId = new Map(people.map((person) => [person.id, person]));
      const recipient = byId.get(recipientId)!;
      const language = recipient.locale;
      const groups = new Map<string, { heading: string; url: string; items: string[] }>();
      for (const row of rows) {
        const key = row.initiative_id ?? row.partnership_id ?? row.path;
        const group = groups.get(key) ?? {
          heading: row.subject_title,
          url: context.mail.link(row.path.split('#')[0]!),
          items: [],
        };
        group.items.push(
          digestItem(
            {
              kind: row.kind,
              subjectTitle: row.subject_title,
              status: row.status,
              organisationName: row.organisation_name,
              excerpt: row.excerpt,
              dueAt: row.due_at,
              actorName: row.actor_id ? (byId.get(row.actor_id)?.display_name ?? null) : null,
            },
            language,
          ),
        );
        groups.set(key, group);
      }
      await context.mail.queue(em, {
        to: recipient.email,
        userId: recipient.id,
        language,
        content: {
          ...digestFrame(delivery, rows.length, recipient.display_name, language),
          groups: [...groups.values()],
        },
        unsubscribe: { userId: recipient.id, scope: digestScopes[delivery] },
      });
      return true;
    });
    if (queued) sent += 1;
  }
  return sent;
}

/**
 * Reminds of partnerships whose follow-up is due on `instant`'s Vilnius day or overdue: once per
 * partnership and person a day (the day is in the notification's key).
 */
export async function remindFollowUps(context: JobContext, instant: Date): Promise<void> {
  const recipients = await context.orm.em
    .fork()
    .transactional((em) => deliver(em, context, followUpRecipients(today(instant))));
  announce(context, recipients);
}

/** What the hourly job does at `instant`: reminders first, so a digest due now includes them. */
export async function runHourly(context: JobContext, instant: Date): Promise<void> {
  if (remindersDue(instant)) await remindFollowUps(context, instant);
  for (const delivery of digestsDue(instant)) await sendDigests(context, delivery);
}

/**
 * The hourly job: at the time it was scheduled for (graphile-worker's `_cron.ts`, so a late or
 * retried run still acts for its hour), or at `at` when queued by hand (tests, operators).
 */
export function hourlyTask(context: JobContext): Task {
  return async (payload) => {
    const { at, _cron: cron } = (payload ?? {}) as { at?: string; _cron?: { ts: string } };
    await runHourly(context, new Date(at ?? cron?.ts ?? Date.now()));
  };
}
