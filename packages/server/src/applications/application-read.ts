import type { Knex } from '@mikro-orm/postgresql';
import type { StoredFileView } from '../files/stored-file.entity.js';
import { jsonArray, type JsonList } from '../common/json-list.js';
import { isoTimestamp } from '../common/sql.js';
import {
  annexJson,
  questionJson,
  selectCallView,
  type AnnexView as CallAnnexView,
  type CallView,
  type QuestionView,
} from '../calls/call-read.js';
import { callOpenSql, replyOpenSql } from './application-checks.js';
import type { ApplicationView } from './application.types.js';

/**
 * The read side of applications: applications, their answers and versions, and the figures of
 * calls they make, read straight into plain objects. The entities are the write side
 * (application-workflow.service.ts).
 */

/** An application with what the viewer's rights read of it. */
export type ApplicationRecord = ApplicationView & {
  /** The co-proposers of its initiative that accepted: their representatives co-write it. */
  coAuthorIds: string[];
  /** Whether time still allows submitting it: the call open (a draft), the completion round answerable. */
  withinDeadline: boolean;
};

const applicationColumns = `
  a.id, a.call_id as "callId", a.initiative_id as "initiativeId", i.lead_organisation_id as "leadOrganisationId",
  a.status, a.eligible_costs_cents::float8 as "eligibleCostsCents", a.status_reason as "statusReason",
  ${isoTimestamp('a.first_submitted_at')} as "firstSubmittedAt", ${isoTimestamp('a.last_submitted_at')} as "lastSubmittedAt",
  ${isoTimestamp('a.created_at')} as "createdAt", ${isoTimestamp('a.updated_at')} as "updatedAt", a.version,
  array(select cp.organisation_id from co_proposer cp
         where cp.initiative_id = a.initiative_id and cp.status = 'ACCEPTED') as "coAuthorIds",
  case a.status when 'DRAFT' then ${callOpenSql('c')}
                when 'COMPLETION_REQUESTED' then ${replyOpenSql('a')}
                else false end as "withinDeadline"`;

function applications(knex: Knex): Knex.QueryBuilder {
  return knex('application as a')
    .join('initiative as i', 'i.id', 'a.initiative_id')
    .join('call_for_proposals as c', 'c.id', 'a.call_id')
    .select(knex.raw(applicationColumns));
}

/** Applications whose initiative `organisationIds` lead or co-propose (accepted), as SQL on `a` and `i`. */
function ofOrganisations(query: Knex.QueryBuilder, knex: Knex, organisationIds: readonly string[]): void {
  query.where((mine) =>
    mine.whereIn('i.lead_organisation_id', [...organisationIds]).orWhereExists(
      knex('co_proposer as cp')
        .whereRaw('cp.initiative_id = a.initiative_id')
        .where('cp.status', 'ACCEPTED')
        .whereIn('cp.organisation_id', [...organisationIds]),
    ),
  );
}

/** The applications of `ids`, in their order; null for an unknown id. Whom they are shown to is the service's rule. */
export async function readApplications(knex: Knex, ids: readonly string[]): Promise<(ApplicationRecord | null)[]> {
  const rows = (await applications(knex).whereIn('a.id', [...ids])) as ApplicationRecord[];
  return ids.map((id) => rows.find((row) => row.id === id) ?? null);
}

/** The live application (neither ineligible nor withdrawn) of each initiative of `ids`, if any. */
export async function readLiveApplications(
  knex: Knex,
  initiativeIds: readonly string[],
): Promise<(ApplicationRecord | null)[]> {
  const rows = (await applications(knex)
    .whereIn('a.initiative_id', [...initiativeIds])
    .whereNotIn('a.status', ['INELIGIBLE', 'WITHDRAWN'])) as ApplicationRecord[];
  return initiativeIds.map((id) => rows.find((row) => row.initiativeId === id) ?? null);
}

/** Applications of `organisationIds` (leading or co-proposing), newest first; to the calls of `callIds` when given. */
export function readApplicationsOf(
  knex: Knex,
  organisationIds: readonly string[],
  callIds?: readonly string[],
): Promise<ApplicationRecord[]> {
  if (!organisationIds.length) return Promise.resolve([]);
  const query = applications(knex).orderBy([
    { column: 'a.created_at', order: 'desc' },
    { column: 'a.id', order: 'desc' },
  ]);
  ofOrganisations(query, knex, organisationIds);
  if (callIds) query.whereIn('a.call_id', [...callIds]);
  return query as Promise<ApplicationRecord[]>;
}

/** An answer as the API shows it: the question as it stands, and the value given (null: none yet). */
export type AnswerView = { question: QuestionView; value: unknown };

/** Every question of the application's call, in the call's order, with the answer given. */
export const answersList: JsonList<AnswerView[]> = {
  sql: (applicationId) =>
    jsonArray(
      `json_build_object('question', ${questionJson('q')}, 'value', an.value)`,
      `from application ap join call_question q on q.call_id = ap.call_id
       left join application_answer an on an.question_id = q.id and an.application_id = ap.id
       where ap.id = ${applicationId}`,
      'q.position, q.id',
    ),
};

/** A frozen submission as the API shows it. */
export type ApplicationVersionView = {
  number: number;
  submittedAt: string;
  submittedBy: { id: string; displayName: string } | null;
  snapshot: Record<string, unknown>;
};

/** Every submitted version, the first first. */
export const versionsList: JsonList<ApplicationVersionView[]> = {
  sql: (applicationId) =>
    jsonArray(
      `json_build_object('number', v.number, 'submittedAt', ${isoTimestamp('v.submitted_at')}, 'snapshot', v.snapshot,
         'submittedBy', case when u.id is null then null else json_build_object('id', u.id, 'displayName', u.display_name) end)`,
      `from application_version v left join app_user u on u.id = v.submitted_by_id where v.application_id = ${applicationId}`,
      'v.number',
    ),
};

/** An annex as the API shows it: the call's annex it answers (null: an extra document) and the file. */
export type AnnexView = {
  id: string;
  createdAt: string;
  callAnnex: CallAnnexView | null;
  file: StoredFileView;
  uploadedBy: { id: string; displayName: string } | null;
};

/** Every annex of the application, in the order of the call's annexes, extra documents last. */
export const annexesList: JsonList<AnnexView[]> = {
  sql: (applicationId) =>
    jsonArray(
      `json_build_object('id', aa.id, 'createdAt', ${isoTimestamp('aa.created_at')},
         'callAnnex', case when ca.id is null then null else ${annexJson('ca')} end,
         'file', json_build_object('id', f.id, 'name', f.name, 'contentType', f.content_type, 'sizeBytes', f.size_bytes),
         'uploadedBy', case when u.id is null then null else json_build_object('id', u.id, 'displayName', u.display_name) end)`,
      `from application_annex aa join stored_file f on f.id = aa.file_id
       left join call_annex ca on ca.id = aa.call_annex_id left join app_user u on u.id = aa.uploaded_by_id
       where aa.application_id = ${applicationId}`,
      'ca.position nulls last, aa.created_at, aa.id',
    ),
};

/** What applications ask of a call so far, counting those submitted and not out of the running. */
export type CallDemand = { requestedSupportCents: number; applicationCount: number };

/** The statuses whose support counts as requested from a call: submitted, being completed, in evaluation. */
export const requestingStatuses = ['SUBMITTED', 'COMPLETION_REQUESTED', 'PASSED_TO_EVALUATION'] as const;

/** The demand on each call of `callIds`, summed in SQL, in one statement. */
export async function readCallDemand(knex: Knex, callIds: readonly string[]): Promise<CallDemand[]> {
  const rows: { callId: string; requestedSupportCents: number; applicationCount: number }[] = await knex(
    'application as a',
  )
    .join('initiative as i', 'i.id', 'a.initiative_id')
    .select(
      'a.call_id as callId',
      knex.raw(`coalesce(sum(i.requested_support_cents), 0)::float8 as "requestedSupportCents"`),
      knex.raw(`count(*)::int as "applicationCount"`),
    )
    .whereIn('a.call_id', [...callIds])
    .whereIn('a.status', [...requestingStatuses])
    .groupBy('a.call_id');
  return callIds.map((id) => {
    const row = rows.find((r) => r.callId === id);
    return { requestedSupportCents: row?.requestedSupportCents ?? 0, applicationCount: row?.applicationCount ?? 0 };
  });
}

/**
 * The SQL of whether `organisation as <o>` may apply to `call_for_proposals as <c>`: a member of
 * the LAG, or of a kind the call admits besides members.
 */
export const eligibleSql = (o: string, c: string) =>
  `(${o}.membership = 'MEMBER' or ${o}.kind = any(${c}.eligible_kinds))`;

/**
 * For each call of `callIds`, whether it is open now (the database's clock) and one of
 * `organisationIds` may apply to it, in one statement.
 */
export async function readApplicable(
  knex: Knex,
  callIds: readonly string[],
  organisationIds: readonly string[],
): Promise<boolean[]> {
  if (!organisationIds.length) return callIds.map(() => false);
  const rows: { id: string }[] = await knex('call_for_proposals as c')
    .select('c.id')
    .whereIn('c.id', [...callIds])
    .whereRaw(callOpenSql('c'))
    .whereExists(
      knex('organisation as o')
        .whereIn('o.id', [...organisationIds])
        .whereRaw(eligibleSql('o', 'c')),
    );
  return callIds.map((id) => rows.some((row) => row.id === id));
}

/** The ids of the calls open now (the database's clock) that `organisationId` may apply to, closing soonest first. */
export async function readOpenCallsFor(knex: Knex, organisationId: string): Promise<string[]> {
  const rows: { id: string }[] = await knex('call_for_proposals as c')
    .select('c.id')
    .whereRaw(callOpenSql('c'))
    .whereExists(knex('organisation as o').where('o.id', organisationId).whereRaw(eligibleSql('o', 'c')))
    .orderBy('c.closes_at');
  return rows.map((row) => row.id);
}

/** The calls of `ids` as the calls feature reads them (call-read.ts), in their order. */
export async function readCalls(knex: Knex, ids: readonly string[]): Promise<(CallView | null)[]> {
  const rows = (await selectCallView(knex('call_for_proposals as c')).whereIn('c.id', [...ids])) as CallView[];
  return ids.map((id) => rows.find((row) => row.id === id) ?? null);
}
