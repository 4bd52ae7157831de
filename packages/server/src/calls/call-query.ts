import type { Knex } from '@mikro-orm/postgresql';
import { applyKeyset, countOf, type KeysetOrdering, type KeysetQueries } from '../common/keyset.js';
import { callPhaseSql, selectCallView } from './call-read.js';
import { CallStatus, type CallPhase } from './call.enums.js';

/**
 * The calls list's one ordering, as a single numeric key so it pages by keyset: open calls
 * first, closing soonest first; then upcoming ones, opening soonest first; then drafts (staff),
 * newest first; then closed and decided ones, latest closing first. Each phase's rank sits a
 * trillion seconds apart, far beyond any date's epoch, so the ranks never mix.
 */
function ordering(knex: Knex): KeysetOrdering {
  return {
    name: 'CALLS',
    sortKey: knex.raw(`case (${callPhaseSql('c')})
        when 'OPEN' then 1e12 + extract(epoch from c.closes_at)
        when 'UPCOMING' then 2e12 + extract(epoch from c.opens_at)
        when 'DRAFT' then 3e12 - extract(epoch from c.created_at)
        else 4e12 - extract(epoch from c.closes_at) end`),
    direction: 'asc',
    cast: '?::numeric',
  };
}

/** Calls as SQL: what the viewer may see, the phases asked for, keyset pagination, the shown columns. */
export function buildCallQueries(
  knex: Knex,
  request: { phases: CallPhase[] | undefined; first: number; after?: string | null; withDrafts: boolean },
  shown?: ReadonlySet<string>,
): KeysetQueries {
  const filtered = knex('call_for_proposals as c');
  if (!request.withDrafts) filtered.whereNot('c.status', CallStatus.DRAFT);
  if (request.phases?.length)
    filtered.whereRaw(`(${callPhaseSql('c')}) = any(?::text[])`, [`{${request.phases.join(',')}}`]);
  const sort = ordering(knex);
  return {
    page: applyKeyset(selectCallView(filtered.clone(), shown), 'c.id', sort, request),
    count: countOf(filtered),
    ordering: sort,
  };
}
