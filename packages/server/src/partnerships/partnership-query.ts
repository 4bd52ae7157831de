import type { Knex } from '@mikro-orm/postgresql';
import { applyKeyset, countOf, type KeysetOrdering } from '../common/keyset.js';
import { toPrefixTsQuery } from '../common/search.js';
import { PartnershipOrder, type PartnershipStatus } from './partnership.enums.js';
import type { PartnershipFilter } from './partnership.inputs.js';
import { selectPartnershipView } from './partnership-read.js';

function ordering(knex: Knex, order: PartnershipOrder): KeysetOrdering {
  switch (order) {
    case PartnershipOrder.NEXT_FOLLOW_UP:
      return {
        name: order,
        sortKey: knex.raw(`coalesce(p.next_follow_up_on, 'infinity'::date)`),
        direction: 'asc',
        cast: '?::date',
      };
    case PartnershipOrder.NEWEST:
      return { name: order, sortKey: knex.raw('p.created_at'), direction: 'desc', cast: '?::timestamptz' };
    case PartnershipOrder.RECENTLY_ACTIVE:
      return { name: order, sortKey: knex.raw('p.last_activity_at'), direction: 'desc', cast: '?::timestamptz' };
  }
}

/** Partnerships as SQL: the visible statuses, the filters, keyset pagination, the shown columns. */
export function buildPartnershipQueries(
  knex: Knex,
  request: {
    filter: PartnershipFilter | undefined;
    order: PartnershipOrder;
    first: number;
    after?: string | null;
    visibleStatuses: PartnershipStatus[] | null;
  },
) {
  const { filter } = request;
  const filtered = knex('partnership as p');
  if (request.visibleStatuses) filtered.whereIn('p.status', request.visibleStatuses);
  if (filter?.scope?.length) filtered.whereIn('p.scope', filter.scope);
  if (filter?.kind?.length) filtered.whereIn('p.kind', filter.kind);
  if (filter?.status?.length) filtered.whereIn('p.status', filter.status);
  if (filter?.ownerId) filtered.where('p.owner_id', filter.ownerId);
  if (filter?.followUpDueBefore) filtered.where('p.next_follow_up_on', '<=', filter.followUpDueBefore);
  if (filter?.organisationId) {
    filtered.whereIn(
      'p.id',
      knex('partnership_party').select('partnership_id').where('organisation_id', filter.organisationId),
    );
  }
  if (filter?.country) {
    filtered.whereIn(
      'p.id',
      knex('partnership_party as pp')
        .join('organisation as o', 'o.id', 'pp.organisation_id')
        .select('pp.partnership_id')
        .where('o.country', filter.country),
    );
  }
  const query = filter?.search ? toPrefixTsQuery(filter.search) : null;
  if (query) filtered.whereRaw(`p.search_vector @@ to_tsquery('telka', ?)`, [query]);

  const sort = ordering(knex, request.order);
  return {
    page: applyKeyset(selectPartnershipView(filtered.clone()), 'p.id', sort, request),
    count: countOf(filtered),
    ordering: sort,
  };
}
