/**
 * The one definition of an initiative's denormalised columns, set from the rows:
 * - `endorsement_count`: its endorsements;
 * - `comment_count`: its comments a visitor can read (neither deleted nor hidden);
 * - `last_activity_at`: the latest of its creation, update, submission, status change,
 *   comment and endorsement.
 *
 * `target` is a query answering the `id` of each initiative to recount. Only rows whose
 * values differ are written, so recounting consistent rows changes nothing.
 */
export function recountInitiativesSql(target: string): string {
  return `
with target as (${target}),
endorsements as (
  select initiative_id, count(*)::int as n, max(created_at) as last_at
  from endorsement where initiative_id in (select id from target) group by initiative_id
),
comments as (
  select initiative_id,
    (count(*) filter (where deleted_at is null and hidden_at is null))::int as n,
    max(created_at) as last_at
  from comment where initiative_id in (select id from target) group by initiative_id
),
changes as (
  select initiative_id, max(created_at) as last_at
  from status_change where initiative_id in (select id from target) group by initiative_id
),
fresh as (
  select i.id,
    coalesce(e.n, 0) as endorsement_count,
    coalesce(c.n, 0) as comment_count,
    greatest(i.created_at, i.updated_at, i.submitted_at, e.last_at, c.last_at, s.last_at) as last_activity_at
  from initiative i
  join target t on t.id = i.id
  left join endorsements e on e.initiative_id = i.id
  left join comments c on c.initiative_id = i.id
  left join changes s on s.initiative_id = i.id
)
update initiative i
set endorsement_count = f.endorsement_count,
    comment_count = f.comment_count,
    last_activity_at = f.last_activity_at
from fresh f
where i.id = f.id
  and (i.endorsement_count, i.comment_count, i.last_activity_at)
    is distinct from (f.endorsement_count, f.comment_count, f.last_activity_at)`;
}
