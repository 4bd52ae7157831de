import type { Knex } from '@mikro-orm/postgresql';
import { jsonArray, type JsonList } from '../common/json-list.js';
import { isoTimestamp } from '../common/sql.js';
import type { Eldership } from '../organisations/eldership.entity.js';
import type { OrganisationKind } from '../organisations/organisation.enums.js';
import type { Measure } from '../strategy/strategy.entity.js';
import type { Call, CallAmendment, CallAnnex, CallChangeRecord, CallCriterion, CallQuestion } from './call.entity.js';
import { CallPhase, type CallStatus } from './call.enums.js';

/**
 * The read side of calls: the list and a call's page are read straight into plain objects with
 * the columns the API shows. Where a call stands (its phase) and how long until it opens or
 * closes are computed in SQL from `now()`, so the database's clock decides, never the Node
 * process's. The entity stays the write side (call-workflow.service.ts).
 */

/**
 * A call as the API shows it; the text (its Markdown sources, its renderings) and which texts
 * have no English only when asked for.
 */
export type CallView = Pick<
  Call,
  | 'id'
  | 'number'
  | 'title'
  | 'titleEn'
  | 'budgetCents'
  | 'minSupportCents'
  | 'maxSupportCents'
  | 'maxIntensityPercent'
  | 'version'
> & {
  body?: string;
  bodyEn?: string | null;
  bodyHtml?: string;
  bodyHtmlEn?: string | null;
  untranslated?: string[];
  status: CallStatus;
  phase: CallPhase;
  eligibleKinds: OrganisationKind[];
  /** Timestamps as ISO 8601 text. */
  opensAt: string;
  closesAt: string;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
  secondsUntilOpen: number | null;
  secondsUntilClose: number | null;
} & Partial<PublishFacts>;

/** What publishing needs to know beyond the call's own columns (call-rights.ts). */
export type PublishFacts = { measureCount: number; criterionCount: number; closesInFuture: boolean };

/** Where a call of `call_for_proposals as <alias>` stands now, by the database's clock. */
export function callPhaseSql(alias: string): string {
  return `case when ${alias}.status = 'DRAFT' then 'DRAFT'
               when ${alias}.status = 'DECIDED' then 'DECIDED'
               when now() < ${alias}.opens_at then 'UPCOMING'
               when now() < ${alias}.closes_at then 'OPEN'
               else 'CLOSED' end`;
}

/** Whole seconds from now until `column`, rounded up and capped to an Int, while `phase` holds. */
function secondsUntil(alias: string, column: string, phase: CallPhase): string {
  return `case when (${callPhaseSql(alias)}) = '${phase}'
               then least(ceil(extract(epoch from ${alias}.${column} - now())), 2147483647)::int end`;
}

/** The call's own columns as the API names them; amounts are bigint and numeric, read as numbers. */
const callFields: Record<string, string> = {
  id: 'c.id',
  number: 'c.number',
  title: 'c.title',
  titleEn: 'c.title_en',
  status: 'c.status',
  phase: callPhaseSql('c'),
  opensAt: isoTimestamp('c.opens_at'),
  closesAt: isoTimestamp('c.closes_at'),
  secondsUntilOpen: secondsUntil('c', 'opens_at', CallPhase.UPCOMING),
  secondsUntilClose: secondsUntil('c', 'closes_at', CallPhase.OPEN),
  publishedAt: isoTimestamp('c.published_at'),
  budgetCents: 'c.budget_cents::float8',
  minSupportCents: 'c.min_support_cents::float8',
  maxSupportCents: 'c.max_support_cents::float8',
  maxIntensityPercent: 'c.max_intensity_percent::float8',
  eligibleKinds: 'to_json(c.eligible_kinds)',
  version: 'c.version',
  createdAt: isoTimestamp('c.created_at'),
  updatedAt: isoTimestamp('c.updated_at'),
};

/**
 * The names of the texts given in Lithuanian only, as a JSON list: `missing` holds, by a text's
 * name, the SQL condition that it has Lithuanian and no English. An English page marks them so.
 */
function untranslatedSql(missing: Record<string, string>): string {
  const names = Object.entries(missing).map(([name, sql]) => `case when ${sql} then '${name}' end`);
  return `to_json(array_remove(array[${names.join(', ')}]::text[], null))`;
}

/** Whether text column `column` of `alias` has Lithuanian and no English (`<column>_en`). */
const lithuanianOnly = (alias: string, column: string) => `${alias}.${column}_en is null and ${alias}.${column} <> ''`;

/**
 * Read only when a field asks for them: the text (the Markdown sources for the edit form, the
 * renderings for the page), which texts have no English, and what publishing checks.
 */
const optionalFields: Record<string, string> = {
  body: 'c.body',
  bodyEn: 'c.body_en',
  bodyHtml: 'c.body_html',
  bodyHtmlEn: 'c.body_html_en',
  untranslated: untranslatedSql({ title: lithuanianOnly('c', 'title'), body: lithuanianOnly('c', 'body') }),
  measureCount: '(select count(*)::int from call_measure cm where cm.call_id = c.id)',
  criterionCount: '(select count(*)::int from call_criterion cc where cc.call_id = c.id)',
  closesInFuture: 'c.closes_at > now()',
};
const publishFacts = ['measureCount', 'criterionCount', 'closesInFuture'];
const readFor: Record<string, readonly string[]> = {
  body: ['body'],
  bodyEn: ['bodyEn'],
  bodyHtml: ['bodyHtml', 'bodyHtmlEn'],
  untranslated: ['untranslated'],
  viewerCanPublish: publishFacts,
  viewerPublishProblems: publishFacts,
};

/**
 * Selects the call's columns of `call_for_proposals as c`, with the source and the publishing
 * facts only when `shown` (the fields the client asked for; everything when absent) needs them.
 */
export function selectCallView(query: Knex.QueryBuilder, shown?: ReadonlySet<string>): Knex.QueryBuilder {
  const optional = shown
    ? new Set([...shown].flatMap((field) => readFor[field] ?? []))
    : new Set(Object.keys(optionalFields));
  const fields = { ...callFields, ...Object.fromEntries([...optional].map((field) => [field, optionalFields[field]])) };
  return query.select(
    query.client.raw(
      Object.entries(fields)
        .map(([field, sql]) => `${sql} as "${field}"`)
        .join(', '),
    ),
  );
}

/** The statement of one call by id or number, drafts included: who may see one is the service's rule. */
export function callQuery(
  knex: Knex,
  where: { id: string } | { number: number },
  shown?: ReadonlySet<string>,
): Knex.QueryBuilder {
  const query = selectCallView(knex('call_for_proposals as c'), shown);
  return query.where('id' in where ? { 'c.id': where.id } : { 'c.number': where.number }).first();
}

// The lists shown with a call, as JSON lists (common/json-list.ts): columns of the page's own
// statement when it shows them, or read for a batch of calls by the loaders.

/** Which texts of a list item are given in Lithuanian only (`untranslated`). */
type Untranslated = { untranslated: string[] };
export type CriterionView = Pick<
  CallCriterion,
  'id' | 'position' | 'title' | 'titleEn' | 'description' | 'descriptionEn' | 'maxScore' | 'weight'
> &
  Untranslated;
export type AnnexView = Pick<
  CallAnnex,
  'id' | 'position' | 'title' | 'titleEn' | 'description' | 'descriptionEn' | 'required'
> &
  Untranslated;
export type QuestionView = Pick<
  CallQuestion,
  | 'id'
  | 'position'
  | 'text'
  | 'textEn'
  | 'description'
  | 'descriptionEn'
  | 'kind'
  | 'options'
  | 'optionsEn'
  | 'required'
> &
  Untranslated;
export type AmendmentView = Pick<CallAmendment, 'id' | 'number' | 'reason'> & {
  createdAt: string;
  changes: CallChangeRecord[];
};
export type MeasureView = Pick<Measure, 'id' | 'code' | 'title' | 'titleEn' | 'budgetCents'>;
export type EldershipView = Pick<Eldership, 'id' | 'code' | 'name'>;

/** Which of the title and description of a list item `x` (a criterion, an annex) have no English. */
const untranslatedTitled = (x: string) =>
  untranslatedSql({ title: lithuanianOnly(x, 'title'), description: lithuanianOnly(x, 'description') });

/** A criterion of `call_criterion as <alias>` as a JSON object, both languages of its texts. */
const criterionJson = (x: string) =>
  `json_build_object('id', ${x}.id, 'position', ${x}.position, 'title', ${x}.title, 'titleEn', ${x}.title_en,
     'description', ${x}.description, 'descriptionEn', ${x}.description_en, 'maxScore', ${x}.max_score,
     'weight', ${x}.weight::float8,
     'untranslated', ${untranslatedTitled(x)})`;

/** An annex of `call_annex as <alias>` as a JSON object, both languages of its texts: also what an application's annex answers. */
export const annexJson = (x: string) =>
  `json_build_object('id', ${x}.id, 'position', ${x}.position, 'title', ${x}.title, 'titleEn', ${x}.title_en,
     'description', ${x}.description, 'descriptionEn', ${x}.description_en, 'required', ${x}.required,
     'untranslated', ${untranslatedTitled(x)})`;

/** A question of `call_question as <alias>` as a JSON object, both languages of its texts: also what an application answers. */
export const questionJson = (x: string) =>
  `json_build_object('id', ${x}.id, 'position', ${x}.position, 'text', ${x}.text, 'textEn', ${x}.text_en,
     'description', ${x}.description, 'descriptionEn', ${x}.description_en, 'kind', ${x}.kind,
     'options', to_json(${x}.options), 'optionsEn', to_json(${x}.options_en), 'required', ${x}.required,
     'untranslated', ${untranslatedSql({
       text: lithuanianOnly(x, 'text'),
       description: lithuanianOnly(x, 'description'),
       options: `cardinality(${x}.options_en) = 0 and cardinality(${x}.options) > 0`,
     })})`;

export const criteriaList: JsonList<CriterionView[]> = {
  sql: (callId) =>
    jsonArray(criterionJson('x'), `from call_criterion x where x.call_id = ${callId}`, 'x.position, x.id'),
};

export const annexesList: JsonList<AnnexView[]> = {
  sql: (callId) => jsonArray(annexJson('x'), `from call_annex x where x.call_id = ${callId}`, 'x.position, x.id'),
};

export const questionsList: JsonList<QuestionView[]> = {
  sql: (callId) => jsonArray(questionJson('x'), `from call_question x where x.call_id = ${callId}`, 'x.position, x.id'),
};

/** Amendments, oldest first, as applicants read them. */
export const amendmentsList: JsonList<AmendmentView[]> = {
  sql: (callId) =>
    jsonArray(
      `json_build_object('id', x.id, 'number', x.number, 'reason', x.reason,
         'createdAt', ${isoTimestamp('x.created_at')}, 'changes', x.changes)`,
      `from call_amendment x where x.call_id = ${callId}`,
      'x.number',
    ),
};

/** The strategy measures it funds, by code; both titles, for the language the client asks for. */
export const measuresList: JsonList<MeasureView[]> = {
  sql: (callId) =>
    jsonArray(
      `json_build_object('id', m.id, 'code', m.code, 'title', m.title, 'titleEn', m.title_en,
         'budgetCents', m.budget_cents::float8)`,
      `from call_measure cm join measure m on m.id = cm.measure_id where cm.call_id = ${callId}`,
      'm.code, m.id',
    ),
};

/** Where the lead organisation must be, in Lithuanian alphabetical order. */
export const eldershipsList: JsonList<EldershipView[]> = {
  sql: (callId) =>
    jsonArray(
      `json_build_object('id', e.id, 'code', e.code, 'name', e.name)`,
      `from call_eldership ce join eldership e on e.id = ce.eldership_id where ce.call_id = ${callId}`,
      'e.name collate "lt-x-icu", e.id',
    ),
};

/** Every list of a call by the field that shows it. */
export const listsOfCall: Record<string, JsonList<unknown>> = {
  criteria: criteriaList,
  annexes: annexesList,
  questions: questionsList,
  amendments: amendmentsList,
  measures: measuresList,
  elderships: eldershipsList,
};
