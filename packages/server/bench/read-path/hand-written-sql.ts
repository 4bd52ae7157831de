import { rankedMatches, toPrefixTsQuery } from '../../src/common/search.js';

/**
 * The comparator's queries: each page's JSON (the `data` of Telka's answer, field for field)
 * built by ONE statement with json_build_object / json_agg, returned as text so the server passes
 * it on without parsing. They answer the requests the bench sends (first page, no filter, the
 * client's default order, an anonymous reader), with Telka's rules for those: drafts hidden,
 * deleted or hidden comments without text, accepted co-proposers only.
 */

/**
 * Telka's cursor, base64url of JSON.stringify([order, value, id]) (common/pagination.ts). Its
 * value is the sort key as the driver hands it over: text, for timestamps PostgreSQL's own form.
 */
const cursor = (order: string, value: string, id: string) =>
  `rtrim(translate(encode(convert_to('[' || to_json('${order}'::text)::text || ',' || to_json(${value})::text || ',' || to_json(${id}::text)::text || ']', 'UTF8'), 'base64'), E'+/\\n', '-_'), '=')`;

/** A timestamp as JSON.stringify writes a Date: UTC, milliseconds, Z. */
const isoTime = (column: string) => `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

const person = (alias: string) => `json_build_object('id', ${alias}.id, 'displayName', ${alias}.display_name)`;

const directory = `
with page as (
  select o.id, o.slug, o.name, o.kind, o.sector, o.membership, o.eldership_id,
         row_number() over (order by o.name collate "lt-x-icu", o.id) as n
    from organisation o
   order by o.name collate "lt-x-icu", o.id
   limit $1 + 1
), edges as (
  select p.n, ${cursor('NAME', 'p.name', 'p.id')} as cursor, json_build_object(
    'id', p.id, 'slug', p.slug, 'name', p.name, 'kind', p.kind, 'sector', p.sector, 'membership', p.membership,
    'eldership', (select json_build_object('id', e.id, 'name', e.name) from eldership e where e.id = p.eldership_id),
    'representatives', coalesce((
      select json_agg(json_build_object('id', a.id, 'person', ${person('u')}) order by a.created_at, a.id)
        from affiliation a join app_user u on u.id = a.user_id
       where a.organisation_id = p.id and a.role = 'REPRESENTATIVE'), '[]')
  ) as node
    from page p
   where p.n <= $1
)
select json_build_object('organisations', json_build_object(
  'totalCount', (select count(*) from organisation),
  'pageInfo', json_build_object(
    'hasNextPage', (select count(*) from page) > $1,
    'endCursor', (select cursor from edges order by n desc limit 1)),
  'edges', coalesce((select json_agg(json_build_object('cursor', cursor, 'node', node) order by n) from edges), '[]')
))::text as json`;

const themes = (initiative: string) => `coalesce((
  select json_agg(json_build_object('id', t.id, 'code', t.code) order by t.position)
    from initiative_theme it join theme t on t.id = it.theme_id
   where it.initiative_id = ${initiative}), '[]')`;

const organisationRef = (alias: string, ...columns: string[]) =>
  `json_build_object('id', ${alias}.id${columns.map((c) => `, '${c}', ${alias}.${c}`).join('')})`;

const initiativeList = `
with page as (
  select i.id, i.slug, i.title, i.summary, i.status, i.endorsement_count, i.comment_count,
         i.lead_organisation_id, i.created_at, i.submitted_at, i.requested_support_cents,
         row_number() over (order by i.created_at desc, i.id desc) as n
    from initiative i
   where i.status <> 'DRAFT'
   order by i.created_at desc, i.id desc
   limit $1 + 1
), edges as (
  select p.n, ${cursor('NEWEST', 'p.created_at::text', 'p.id')} as cursor, json_build_object(
    'id', p.id, 'slug', p.slug, 'title', p.title, 'summary', p.summary, 'status', p.status,
    'endorsementCount', p.endorsement_count, 'commentCount', p.comment_count,
    'createdAt', ${isoTime('p.created_at')}, 'submittedAt', ${isoTime('p.submitted_at')},
    'requestedSupportCents', p.requested_support_cents,
    'leadOrganisation', ${organisationRef('o', 'name')},
    'themes', ${themes('p.id')},
    'supportBySector', json_build_object('allSectors', (
      select count(distinct so.sector) = 3
        from endorsement en join organisation so on so.id = en.organisation_id
       where en.initiative_id = p.id))
  ) as node
    from page p join organisation o on o.id = p.lead_organisation_id
   where p.n <= $1
)
select json_build_object('initiatives', json_build_object(
  'totalCount', (select count(*) from initiative where status <> 'DRAFT'),
  'pageInfo', json_build_object(
    'hasNextPage', (select count(*) from page) > $1,
    'endCursor', (select cursor from edges order by n desc limit 1)),
  'edges', coalesce((select json_agg(json_build_object('cursor', cursor, 'node', node) order by n) from edges), '[]')
))::text as json`;

/** CommentFields for an anonymous reader: no text once deleted or hidden, nobody may edit. */
const commentFields = (c: string) => `json_build_object(
  'id', ${c}.id, 'parentId', ${c}.parent_id,
  'body', case when ${c}.deleted_at is null and ${c}.hidden_at is null then ${c}.body end,
  'bodyHtml', case when ${c}.deleted_at is null and ${c}.hidden_at is null then ${c}.body_html end,
  'createdAt', ${isoTime(`${c}.created_at`)},
  'isEdited', ${c}.edited_at is not null, 'isDeleted', ${c}.deleted_at is not null,
  'isHidden', ${c}.hidden_at is not null,
  'hiddenReason', case when ${c}.hidden_at is not null then ${c}.hidden_reason end,
  'viewerCanEdit', false,
  'author', (select ${person('u')} from app_user u where u.id = ${c}.author_id and ${c}.deleted_at is null),
  'organisation', (select ${organisationRef('o', 'slug', 'name')} from organisation o
                    where o.id = ${c}.organisation_id and ${c}.deleted_at is null))`;

const commentsPerPage = 5; // the client's InitiativeComments asks comments(first: 5)

const initiativePage = `
with i as (
  select * from initiative where slug = $1 and status <> 'DRAFT'
), threads as (
  select c.*, row_number() over (order by c.created_at, c.id) as n
    from comment c
   where c.initiative_id = (select id from i) and c.parent_id is null
   order by c.created_at, c.id
   limit ${commentsPerPage + 1}
), shown as (
  select t.n, ${cursor('OLDEST', 't.created_at::text', 't.id')} as cursor,
         ${commentFields('t')}::jsonb || jsonb_build_object('replies', coalesce((
           select json_agg(${commentFields('r')} order by r.created_at, r.id)
             from comment r where r.parent_id = t.id), '[]')) as node
    from threads t
   where t.n <= ${commentsPerPage}
), sectors as (
  select s.sector, s.position, (select count(*) from endorsement en join organisation o on o.id = en.organisation_id
                     where en.initiative_id = (select id from i) and o.sector = s.sector)::int as count
    from unnest(array['NGO', 'BUSINESS', 'PUBLIC']) with ordinality as s(sector, position)
)
select json_build_object('initiative', (select json_build_object(
  'id', i.id, 'slug', i.slug, 'title', i.title, 'summary', i.summary, 'bodyHtml', i.body_html,
  'status', i.status, 'version', i.version,
  'createdAt', ${isoTime('i.created_at')}, 'submittedAt', ${isoTime('i.submitted_at')},
  'estimatedBudgetCents', i.estimated_budget_cents, 'requestedSupportCents', i.requested_support_cents,
  'endorsementCount', i.endorsement_count,
  'memberEndorsementCount', (select count(*) from endorsement en join organisation o on o.id = en.organisation_id
                              where en.initiative_id = i.id and o.membership = 'MEMBER'),
  'partnerEndorsementCount', (select count(*) from endorsement en join organisation o on o.id = en.organisation_id
                               where en.initiative_id = i.id and o.membership <> 'MEMBER'),
  -- What an anonymous reader may do and see of it: nothing to act on, no application.
  'viewerFollows', false, 'viewerCanEdit', false, 'viewerCanDelete', false, 'viewerTransitions', '[]'::json,
  'viewerSubmissionProblems', '[]'::json, 'viewerEndorsementOptions', '[]'::json, 'viewerCallsToApply', '[]'::json,
  'application', null,
  'leadOrganisation', (select ${organisationRef('o', 'slug', 'name')} from organisation o where o.id = i.lead_organisation_id),
  'coProposers', coalesce((
    select json_agg(json_build_object('status', cp.status, 'organisation', ${organisationRef('o', 'slug', 'name')})
                    order by cp.invited_at)
      from co_proposer cp join organisation o on o.id = cp.organisation_id
     where cp.initiative_id = i.id and cp.status = 'ACCEPTED'), '[]'),
  'themes', ${themes('i.id')},
  'measure', (select json_build_object('id', m.id, 'code', m.code, 'title', m.title) from measure m where m.id = i.measure_id),
  'eldership', (select json_build_object('id', e.id, 'name', e.name) from eldership e where e.id = i.eldership_id),
  'statusHistory', coalesce((
    select json_agg(json_build_object(
             'id', sc.id, 'fromStatus', sc.from_status, 'toStatus', sc.to_status, 'reason', sc.reason,
             'createdAt', ${isoTime('sc.created_at')},
             'changedBy', (select ${person('u')} from app_user u where u.id = sc.changed_by_id))
           order by sc.created_at, sc.id)
      from status_change sc where sc.initiative_id = i.id), '[]'),
  'endorsements', coalesce((
    select json_agg(json_build_object(
             'id', en.id, 'note', en.note, 'createdAt', ${isoTime('en.created_at')},
             'organisation', ${organisationRef('o', 'slug', 'name', 'sector')})
           order by en.created_at, en.id)
      from endorsement en join organisation o on o.id = en.organisation_id
     where en.initiative_id = i.id), '[]'),
  'supportBySector', json_build_object(
    'allSectors', (select bool_and(count > 0) from sectors),
    'bySector', (select json_agg(json_build_object('sector', sector, 'count', count) order by position) from sectors)),
  'comments', json_build_object(
    'totalCount', (select count(*) from comment c where c.initiative_id = i.id and c.parent_id is null),
    'pageInfo', json_build_object(
      'hasNextPage', (select count(*) from threads) > ${commentsPerPage},
      'endCursor', (select cursor from shown order by n desc limit 1)),
    'edges', coalesce((select json_agg(json_build_object('node', node) order by n) from shown), '[]'))
) from i))::text as json`;

const searchHits = 30; // the client's Search asks search(first: 30)

/** The snippet exactly as Telka highlights it (initiatives/initiative-search.ts). */
const headline = (text: string) =>
  `ts_headline('telka', replace(replace(replace(${text}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;'), to_tsquery('telka', $1), 'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')`;

/**
 * Ranked first, highlighted after: only the hits shown pay for ts_headline. Like Telka, each kind
 * ranks only its `rankedMatches` newest matches.
 */
const search = `
with hits as (
  select kind, initiative_id, comment_id, rank from (
    select 'INITIATIVE' as kind, m.id as initiative_id, null::uuid as comment_id,
           ts_rank(m.search_vector, to_tsquery('telka', $1)) as rank
      from (select i.id, i.search_vector from initiative i
             where i.search_vector @@ to_tsquery('telka', $1) and i.status <> 'DRAFT'
             order by i.created_at desc, i.id desc limit ${rankedMatches}) m
    union all
    select 'COMMENT', m.initiative_id, m.id, ts_rank(m.search_vector, to_tsquery('telka', $1)) * 0.8
      from (select c.id, c.initiative_id, c.search_vector from comment c join initiative i on i.id = c.initiative_id
             where c.search_vector @@ to_tsquery('telka', $1) and c.deleted_at is null and c.hidden_at is null
               and i.status <> 'DRAFT'
             order by c.created_at desc, c.id desc limit ${rankedMatches}) m
  ) found
  order by rank desc, initiative_id, comment_id
  limit ${searchHits}
), numbered as (
  -- Ties of rank in Telka's order: by initiative, then comment (an initiative's own hit first).
  select hits.*, row_number() over (order by rank desc, initiative_id, comment_id) as n from hits
)
select json_build_object('search', coalesce((
  select json_agg(json_build_object(
           'kind', h.kind,
           'snippet', case
             when h.comment_id is null then ${headline(`i.title || ' — ' || i.summary || ' ' || i.body_text`)}
             else (select ${headline('c.body_text')} from comment c where c.id = h.comment_id) end,
           'initiative', json_build_object('id', i.id, 'slug', i.slug, 'title', i.title),
           'comment', case when h.comment_id is not null then json_build_object('id', h.comment_id) end)
         order by h.n)
    from numbered h join initiative i on i.id = h.initiative_id), '[]'))::text as json`;

type Variables = Record<string, unknown>;
export type HandWrittenQuery = { sql: string; params(variables: Variables): unknown[] };

/** The statements answer a list's first page in its default order only; anything else is refused. */
function firstPage(variables: Variables, order: string): unknown[] {
  const { first, after, filter, orderBy } = variables;
  const unfiltered = filter === undefined || filter === null || Object.keys(filter).length === 0;
  if (after || !unfiltered || orderBy !== order || typeof first !== 'number') {
    throw new Error(`the hand-written server answers only the first unfiltered page by ${order}`);
  }
  return [first];
}

/** By the operation name the bench sends. */
export const handWrittenQueries: Record<string, HandWrittenQuery> = {
  Directory: { sql: directory, params: (v) => firstPage(v, 'NAME') },
  InitiativeList: { sql: initiativeList, params: (v) => firstPage(v, 'NEWEST') },
  InitiativePage: { sql: initiativePage, params: (v) => [v.slug] },
  // The words become the same prefix query Telka builds.
  Search: { sql: search, params: (v) => [toPrefixTsQuery(String(v.text))] },
};
