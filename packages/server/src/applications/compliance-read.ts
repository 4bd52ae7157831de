import type { Knex } from '@mikro-orm/postgresql';
import { isoTimestamp } from '../common/sql.js';
import { jsonArray, type JsonList } from '../common/json-list.js';
import { organisationCardJson, type OrganisationCard } from '../organisations/organisation-card.js';
import { ApplicationStatus, type ComplianceResult } from './application.enums.js';
import { readApplications, type ApplicationRecord } from './application-read.js';
import { complianceChecklist } from './compliance-checklist.js';

/**
 * The read side of the staff's compliance check: the queue of a call's applications in one
 * statement, and the lists around an application (its completion rounds, its checklist, who
 * applies) as correlated JSON subqueries (json-list.ts) that the loaders read for a batch.
 */

/** One line of the compliance queue. */
export type ComplianceQueueRow = {
  application: ApplicationRecord;
  initiativeTitle: string;
  initiativeSlug: string;
  leadOrganisation: OrganisationCard;
  requestedSupportCents: number | null;
  /** How many completion rounds staff have asked for. */
  roundCount: number;
  /** The open round's reply-by time; null when no round is open. */
  replyBy: string | null;
  checklist: { checked: number; failed: number; total: number };
};

/** Where each status falls in the queue: what waits for staff first, what waits for the applicant next. */
const queueRank = `case a.status when 'SUBMITTED' then 0 when 'COMPLETION_REQUESTED' then 1
  when 'PASSED_TO_EVALUATION' then 2 when 'INELIGIBLE' then 3 else 4 end`;
const openRound = `(select cr.reply_by from completion_request cr
  where cr.application_id = a.id and cr.answered_at is null order by cr.round desc limit 1)`;

/**
 * The applications of a call past their draft, in two statements (the lines, then the applications
 * as every Application field reads them): those waiting for staff first (longest waiting since
 * they were last submitted first), then those returned to the applicants (soonest reply-by first),
 * then the decided ones; each with its initiative, lead, rounds and checklist progress.
 * `statuses` narrows it; drafts are their authors' alone and never listed.
 */
export async function readComplianceQueue(
  knex: Knex,
  callId: string,
  statuses: readonly ApplicationStatus[] | undefined,
): Promise<ComplianceQueueRow[]> {
  const items = [...complianceChecklist];
  const query = knex('application as a')
    .join('initiative as i', 'i.id', 'a.initiative_id')
    .join('organisation as lead', 'lead.id', 'i.lead_organisation_id')
    .select(
      'a.id',
      knex.raw(`i.title as "initiativeTitle", i.slug as "initiativeSlug"`),
      knex.raw(`i.requested_support_cents::float8 as "requestedSupportCents"`),
      knex.raw(`${organisationCardJson('lead')} as "leadOrganisation"`),
      knex.raw(`(select count(*)::int from completion_request cr where cr.application_id = a.id) as "roundCount"`),
      knex.raw(`${isoTimestamp(openRound)} as "replyBy"`),
      knex.raw(
        `(select json_build_object('checked', count(*), 'failed', count(*) filter (where c.result = 'FAILED'))
           from compliance_check c where c.application_id = a.id and c.item = any(?::text[])) as checklist`,
        [items],
      ),
    )
    .where('a.call_id', callId)
    .whereNot('a.status', ApplicationStatus.DRAFT)
    .orderByRaw(
      `${queueRank}, case when a.status = 'COMPLETION_REQUESTED' then ${openRound} else a.last_submitted_at end, a.id`,
    );
  if (statuses?.length) query.whereIn('a.status', [...statuses]);
  const lines = (await query) as (Omit<ComplianceQueueRow, 'application' | 'checklist'> & {
    id: string;
    checklist: { checked: number; failed: number };
  })[];
  if (!lines.length) return [];
  const applications = await readApplications(
    knex,
    lines.map((line) => line.id),
  );
  return lines.map(({ checklist, ...line }, index) => ({
    ...line,
    application: applications[index]!,
    checklist: { ...checklist, total: items.length },
  }));
}

/** A completion round as the API shows it. */
export type CompletionRequestView = {
  id: string;
  round: number;
  items: string[];
  message: string;
  replyBy: string;
  requestedAt: string;
  requestedBy: { id: string; displayName: string } | null;
  answeredAt: string | null;
  /** The number of the version the applicants resubmitted in answer. */
  answeredVersionNumber: number | null;
};

/** An application's completion rounds, first round first. */
export const completionRequestsList: JsonList<CompletionRequestView[]> = {
  sql: (applicationId) =>
    jsonArray(
      `json_build_object('id', cr.id, 'round', cr.round, 'items', cr.items, 'message', cr.message,
        'replyBy', ${isoTimestamp('cr.reply_by')}, 'requestedAt', ${isoTimestamp('cr.created_at')},
        'requestedBy', case when u.id is null then null else json_build_object('id', u.id, 'displayName', u.display_name) end,
        'answeredAt', ${isoTimestamp('cr.answered_at')}, 'answeredVersionNumber', v.number)`,
      `from completion_request cr left join app_user u on u.id = cr.requested_by_id
         left join application_version v on v.id = cr.answered_version_id
       where cr.application_id = ${applicationId}`,
      'cr.round',
    ),
};

/** One checklist item of an application: staff's finding, or none yet. */
export type ComplianceCheckView = {
  item: string;
  result: ComplianceResult | null;
  note: string;
  checkedAt: string | null;
  checkedBy: { id: string; displayName: string } | null;
};

/**
 * An application's checklist: every item of the checklist in its order, with staff's finding or
 * none, then any finding on an item the checklist no longer has (findings are never lost).
 */
export const complianceChecksList: JsonList<ComplianceCheckView[]> = {
  sql: (applicationId) =>
    jsonArray(
      `json_build_object('item', c.item, 'result', c.result, 'note', c.note, 'checkedAt', ${isoTimestamp('c.checked_at')},
        'checkedBy', case when u.id is null then null else json_build_object('id', u.id, 'displayName', u.display_name) end)`,
      `from compliance_check c left join app_user u on u.id = c.checked_by_id where c.application_id = ${applicationId}`,
      'c.item',
    ),
  fromJson: (json) => {
    const found = new Map((json as ComplianceCheckView[]).map((check) => [check.item, check]));
    const listed: ComplianceCheckView[] = complianceChecklist.map(
      (item) => found.get(item) ?? { item, result: null, note: '', checkedAt: null, checkedBy: null },
    );
    const retired = [...found.values()].filter(
      (check) => !(complianceChecklist as readonly string[]).includes(check.item),
    );
    return [...listed, ...retired];
  },
};
