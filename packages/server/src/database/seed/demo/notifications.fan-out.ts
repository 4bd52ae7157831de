import type { Knex } from '@mikro-orm/postgresql';
import { ApplicationStatus } from '../../../applications/application.enums.js';
import { InitiativeStatus } from '../../../initiatives/initiative.enums.js';
import { chosenNotifications, notificationColumns, recipientsOf } from '../../../notifications/fan-out.js';
import type { NotificationEvent } from '../../../notifications/notify.js';
import { morningHour } from '../../../notifications/schedule.js';
import type { PersonKey } from './accounts.js';
import { APPLICATIONS } from './applications.js';
import { applicationId } from './applications.rows.js';
import type { DemoClock, Moment } from './clock.js';
import { COMPLIANCE } from './compliance.js';
import { COMMENTS } from './discussion.js';
import { INITIATIVES, type DemoInitiative, type InitiativeKey } from './initiatives.js';
import { READ_WITHIN_DAYS } from './notifications.js';
import { ids } from './row-context.js';

/**
 * The tables whose rows tell of something that notifies people (notify.ts). A seeding run makes
 * the notifications of the rows it writes in them, and only those: a second run writes none, so
 * it tells no one anything again, nor anyone who followed or joined since.
 */
export const eventTables: readonly string[] = [
  'status_change',
  'comment',
  'comment_flag',
  'endorsement',
  'co_proposer',
  'completion_request',
];

/** A row as the database gave it back. */
type Written = Record<string, unknown>;

/** Where deciding an application's compliance check moves its initiative (compliance.service.ts). */
const decisionMoves: Partial<Record<ApplicationStatus, InitiativeStatus>> = {
  [ApplicationStatus.PASSED_TO_EVALUATION]: InitiativeStatus.UNDER_REVIEW,
  [ApplicationStatus.INELIGIBLE]: InitiativeStatus.REJECTED,
};

/**
 * The events the written rows (`eventTables`) tell of, as the services that write such rows
 * raise them: a comment, a support, an open invitation, a flag (or the handling of its comment's
 * flags), a completion request, and an initiative's move, which its application's compliance
 * decision tells of when it made the move, and its completion request when it asked for one.
 */
export function eventsOf(written: ReadonlyMap<string, readonly Written[]>): NotificationEvent[] {
  const rows = (table: string) => written.get(table) ?? [];
  const id = (value: unknown) => value as string;
  const decisions = new Map(
    APPLICATIONS.filter((a) => decisionMoves[a.status as ApplicationStatus]).map((a) => [
      ids.initiative(a.initiative),
      { applicationId: applicationId(a.call, a.initiative), to: decisionMoves[a.status as ApplicationStatus] },
    ]),
  );
  const events: NotificationEvent[] = [];
  for (const change of rows('status_change')) {
    if (change.to_status === 'COMPLETION_REQUESTED') continue;
    const decision = decisions.get(id(change.initiative_id));
    const actorId = id(change.changed_by_id);
    if (
      decision &&
      decision.to === change.to_status &&
      ['SUBMITTED', 'COMPLETION_REQUESTED'].includes(id(change.from_status))
    ) {
      events.push({
        type: 'applicationDecided',
        applicationId: decision.applicationId,
        statusChangeId: id(change.id),
        actorId,
      });
    } else {
      events.push({ type: 'statusChanged', statusChangeId: id(change.id), actorId });
    }
  }
  for (const comment of rows('comment')) {
    events.push({ type: 'commentAdded', commentId: id(comment.id), actorId: id(comment.author_id) });
  }
  const handled = new Map<string, Extract<NotificationEvent, { type: 'flagsHandled' }>>();
  for (const flag of rows('comment_flag')) {
    if (flag.resolved_at === null) {
      events.push({ type: 'commentFlagged', flagId: id(flag.id), actorId: id(flag.user_id) });
      continue;
    }
    // The flags of a comment handled at once are told of as one handling, as moderation does.
    const key = `${id(flag.comment_id)}/${id(flag.resolved_by_id)}/${String(flag.resolved_at)}`;
    const handling = handled.get(key) ?? {
      type: 'flagsHandled',
      commentId: id(flag.comment_id),
      flagIds: [],
      actorId: id(flag.resolved_by_id),
    };
    handling.flagIds.push(id(flag.id));
    handled.set(key, handling);
  }
  events.push(...handled.values());
  for (const endorsement of rows('endorsement')) {
    events.push({ type: 'endorsed', endorsementId: id(endorsement.id), actorId: id(endorsement.endorsed_by_id) });
  }
  for (const co of rows('co_proposer')) {
    if (co.status !== 'INVITED') continue;
    events.push({
      type: 'coProposerInvited',
      initiativeId: id(co.initiative_id),
      organisationId: id(co.organisation_id),
      actorId: id(co.invited_by_id),
    });
  }
  for (const request of rows('completion_request')) {
    events.push({
      type: 'completionRequested',
      completionRequestId: id(request.id),
      actorId: id(request.requested_by_id),
    });
  }
  return events;
}

/** Everything each person did on each initiative in the story, and when: where they saw what they were told of it. */
function actsOnInitiatives(clock: DemoClock): { user: string; initiative: string; at: Date }[] {
  const acts: { user: string; initiative: string; at: Date }[] = [];
  const act = (person: PersonKey, initiative: InitiativeKey, at: Moment) =>
    acts.push({ user: ids.user(person), initiative: ids.initiative(initiative), at: clock.at(at) });
  for (const i of INITIATIVES) {
    const story: DemoInitiative = i;
    act(i.author, i.slug, i.created);
    for (const change of story.history) act(change.by, i.slug, change.at);
    for (const co of story.coProposers ?? []) {
      act(co.invitedBy, i.slug, co.invited);
      if (co.respondedBy && co.responded) act(co.respondedBy, i.slug, co.responded);
    }
    for (const endorsement of story.endorsements ?? []) act(endorsement.by, i.slug, endorsement.at);
  }
  for (const c of COMMENTS) {
    act(c.author, c.initiative, c.at);
    if (c.hidden) act(c.hidden.by, c.initiative, c.hidden.at);
    for (const flag of c.flags ?? []) {
      act(flag.by, c.initiative, flag.at);
      if (flag.resolved) act(flag.resolved.by, c.initiative, flag.resolved.at);
    }
  }
  for (const a of APPLICATIONS) {
    act(a.by, a.initiative, a.started);
    for (const annex of a.annexes) act(a.by, a.initiative, annex.at);
    for (const submission of a.submissions) act(submission.by, a.initiative, submission.at);
  }
  for (const c of COMPLIANCE) {
    for (const step of [...c.checks, ...c.rounds]) act(step.by, c.initiative, step.at);
  }
  return acts;
}

/** Vilnius' wall clock of notification `n`, set back by the digest's hour: its days begin when digests go out. */
const digestClock = `(n.created_at at time zone 'Europe/Vilnius') - interval '${morningHour} hours'`;
/** The first digest after notification `n` was made: the next morning's, or the next Monday's for the weekly one (schedule.ts). */
const nextDigest = `((case n.delivery when 'WEEKLY' then date_trunc('week', ${digestClock}) + interval '7 days'
    else date_trunc('day', ${digestClock}) + interval '1 day' end + interval '${morningHour} hours') at time zone 'Europe/Vilnius')`;

/**
 * Writes the notifications of `events` as the fan-out job makes them (notifications/fan-out.ts),
 * to those they concerned when they happened: a follower only of comments after they began to
 * follow, no one of what happened before they joined. Their mail is not sent: what the person
 * gets at once was sent then, what waits for a digest the digest of that day took. Each is read
 * as READ_WITHIN_DAYS tells (by `clock`), or waits unread.
 */
export async function deliverDemoNotifications(
  knex: Knex,
  clock: DemoClock,
  events: readonly NotificationEvent[],
): Promise<void> {
  if (!events.length) return;
  const chosen = chosenNotifications(events.map(recipientsOf));
  const acts = actsOnInitiatives(clock);
  const list = (values: string[]) => `{${values.join(',')}}`;
  const columns = notificationColumns.split(', ').map((column) => `n.${column}`);
  await knex.raw(
    `with ${chosen.sql},
     acts (user_id, initiative_id, at) as (select * from unnest(?::uuid[], ?::uuid[], ?::timestamptz[]))
     insert into notification (${notificationColumns}, read_at, digested_at)
     select ${columns.join(', ')},
       least(
         (select min(a.at) from acts a
           where a.user_id = n.recipient_id and a.initiative_id = n.initiative_id and a.at > n.created_at),
         case when n.created_at < ?::timestamptz - make_interval(days => ?) then n.created_at + interval '1 day' end),
       case when n.delivery in ('DAILY', 'WEEKLY') then least(${nextDigest}, ?::timestamptz) end
     from chosen n join app_user u on u.id = n.recipient_id and u.created_at <= n.created_at
     where not (n.kind = 'NEW_COMMENT' and exists (select 1 from initiative_follow f
       where f.user_id = n.recipient_id and f.initiative_id = n.initiative_id and f.created_at > n.created_at))
     on conflict (recipient_id, event_key) do nothing`,
    [
      ...(chosen.params as Knex.RawBinding[]),
      list(acts.map((a) => a.user)),
      list(acts.map((a) => a.initiative)),
      list(acts.map((a) => a.at.toISOString())),
      clock.now.toISOString(),
      READ_WITHIN_DAYS,
      clock.now.toISOString(),
    ],
  );
}
