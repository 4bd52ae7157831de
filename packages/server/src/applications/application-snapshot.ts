import type { EntityManager } from '@mikro-orm/postgresql';
import { organisationCardJson } from '../organisations/organisation-card.js';

/**
 * What a submission freezes, as SQL of the application whose id is the SQL `applicationId`, built
 * by the database in the submitting transaction: the initiative's text and figures, its lead and
 * accepted co-proposers, the eligible costs, every question of the call with its wording then and
 * the answer given, and the annexes attached. Evaluation and the audit read this, never the live
 * records, so they show what was submitted.
 */
export const snapshotOfSql = (applicationId: string) => `
(select json_build_object(
  'call', json_build_object('id', c.id, 'number', c.number, 'title', c.title),
  'initiative', json_build_object(
    'id', i.id, 'slug', i.slug, 'title', i.title, 'summary', i.summary, 'body', i.body, 'bodyHtml', i.body_html,
    'estimatedBudgetCents', i.estimated_budget_cents, 'requestedSupportCents', i.requested_support_cents,
    'measure', case when m.id is null then null else json_build_object('id', m.id, 'code', m.code, 'title', m.title) end,
    'eldership', case when e.id is null then null else json_build_object('id', e.id, 'code', e.code, 'name', e.name) end,
    'themes', (select coalesce(json_agg(t.code order by t.position, t.id), '[]'::json)
                 from initiative_theme it join theme t on t.id = it.theme_id where it.initiative_id = i.id),
    'leadOrganisation', ${organisationCardJson('lead')},
    'coProposers', (select coalesce(json_agg(${organisationCardJson('co')} order by cp.invited_at, co.id), '[]'::json)
                      from co_proposer cp join organisation co on co.id = cp.organisation_id
                     where cp.initiative_id = i.id and cp.status = 'ACCEPTED')),
  'eligibleCostsCents', a.eligible_costs_cents,
  'answers', (select coalesce(json_agg(json_build_object('questionId', q.id, 'position', q.position, 'text', q.text,
                  'kind', q.kind, 'options', q.options, 'value', an.value) order by q.position, q.id), '[]'::json)
                from call_question q
                left join application_answer an on an.question_id = q.id and an.application_id = a.id
               where q.call_id = a.call_id),
  'annexes', (select coalesce(json_agg(json_build_object('callAnnexId', ca.id, 'title', ca.title, 'fileId', f.id,
                  'name', f.name, 'contentType', f.content_type, 'sizeBytes', f.size_bytes, 'sha256', f.sha256)
                  order by ca.position nulls last, aa.created_at, aa.id), '[]'::json)
                from application_annex aa join stored_file f on f.id = aa.file_id
                left join call_annex ca on ca.id = aa.call_annex_id
               where aa.application_id = a.id)
)
  from application a
  join call_for_proposals c on c.id = a.call_id
  join initiative i on i.id = a.initiative_id
  join organisation lead on lead.id = i.lead_organisation_id
  left join measure m on m.id = i.measure_id
  left join eldership e on e.id = i.eldership_id
 where a.id = ${applicationId})`;

/** The application `applicationId` as it stands in `em`'s transaction, frozen as JSON. */
export async function snapshotOf(em: EntityManager, applicationId: string): Promise<Record<string, unknown>> {
  const [row] = (await em.execute(`select ${snapshotOfSql('?')} as snapshot`, [applicationId])) as {
    snapshot: Record<string, unknown>;
  }[];
  return row!.snapshot;
}
