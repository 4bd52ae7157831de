import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../accounts/viewer.js';
import { toPrefixTsQuery } from '../common/search.js';
import { visibleTo } from './initiative-query.js';

export type SearchRow = {
  kind: 'INITIATIVE' | 'COMMENT';
  initiative_id: string;
  comment_id: string | null;
  snippet: string;
  rank: number;
};

/**
 * Snippets come from the stored plain text (`body_text`, what readers see), never the Markdown,
 * the same text the search vectors index. It is HTML-escaped in SQL before highlighting, so
 * the only markup in a snippet is our <mark>.
 */
const escaped = (column: string) => `replace(replace(replace(${column}, '&', '&amp;'), '<', '&lt;'), '>', '&gt;')`;
const headline = (column: string) =>
  `ts_headline('telka', ${escaped(column)}, to_tsquery('telka', :query), 'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "')`;

/**
 * Initiatives and readable comments matching the words, best first, each with a highlighted
 * snippet. Only what the viewer may see: drafts of others and their comments stay out.
 */
export async function searchInitiativesAndComments(
  em: EntityManager,
  viewer: Viewer,
  text: string,
  first: number,
): Promise<SearchRow[]> {
  const query = toPrefixTsQuery(text);
  if (!query) return [];
  const knex = em.getKnex();
  const visible = knex('initiative as i').select('i.id');
  visibleTo(knex, visible, viewer);

  const initiatives = knex('initiative as i')
    .select(
      knex.raw(`'INITIATIVE' as kind`),
      'i.id as initiative_id',
      knex.raw('null::uuid as comment_id'),
      knex.raw(`${headline(`i.title || ' — ' || i.summary || ' ' || i.body_text`)} as snippet`, { query }),
      knex.raw(`ts_rank(i.search_vector, to_tsquery('telka', :query)) as rank`, { query }),
    )
    .whereRaw(`i.search_vector @@ to_tsquery('telka', ?)`, [query])
    .whereIn('i.id', visible);
  const comments = knex('comment as c')
    .select(
      knex.raw(`'COMMENT' as kind`),
      'c.initiative_id',
      'c.id as comment_id',
      knex.raw(`${headline('c.body_text')} as snippet`, { query }),
      // A comment weighs a little less than an initiative matching as well.
      knex.raw(`ts_rank(c.search_vector, to_tsquery('telka', :query)) * 0.8 as rank`, { query }),
    )
    .whereRaw(`c.search_vector @@ to_tsquery('telka', ?)`, [query])
    .whereNull('c.deleted_at')
    .whereNull('c.hidden_at')
    .whereIn('c.initiative_id', visible);
  return (await knex.unionAll([initiatives, comments], true).orderBy('rank', 'desc').limit(first)) as SearchRow[];
}

/**
 * Initiatives like a title being typed, so people can join forces instead of proposing the same
 * thing twice: trigram similarity without diacritics, or a full-text match of its words.
 */
export async function similarInitiatives(
  em: EntityManager,
  viewer: Viewer,
  title: string,
  first: number,
): Promise<string[]> {
  const text = title.trim().slice(0, 200);
  if (text.length < 3) return [];
  const knex = em.getKnex();
  const query = toPrefixTsQuery(text);
  const similarity = knex.raw(`similarity(lower(unaccent(i.title)), lower(unaccent(?)))`, [text]);
  const found = knex('initiative as i')
    .select('i.id', knex.raw('? as score', [similarity]))
    .where((match) => {
      match.whereRaw('? > 0.25', [similarity]);
      if (query) match.orWhereRaw(`i.search_vector @@ to_tsquery('telka', ?)`, [query.replace(/:\*$/, '')]);
    })
    .orderBy('score', 'desc')
    .limit(first);
  visibleTo(knex, found, viewer);
  return ((await found) as { id: string }[]).map((row) => row.id);
}
