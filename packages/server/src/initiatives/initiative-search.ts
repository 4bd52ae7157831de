import type { Knex } from '@mikro-orm/postgresql';
import type { Viewer } from '../accounts/viewer.js';
import { rankedMatches, toPrefixTsQuery } from '../common/search.js';
import { selectCommentView, type CommentView } from '../discussion/comment-read.js';
import { selectInitiativeView, type InitiativeView } from './initiative-read.js';
import { visibleTo } from './initiative-visibility.js';

/** A search hit as the API shows it: the initiative and comment as their pages read them. */
export type SearchHitView = {
  kind: 'INITIATIVE' | 'COMMENT';
  initiative: InitiativeView;
  comment: CommentView | null;
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
 * snippet, in one statement, reading of each hit's initiative and comment what `shown` names (the
 * search page shows a title, not the texts). Only what the viewer may see: drafts of others and
 * their comments stay out.
 */
export async function searchInitiativesAndComments(
  knex: Knex,
  viewer: Viewer,
  text: string,
  first: number,
  shown: { initiative: ReadonlySet<string>; comment: ReadonlySet<string> },
): Promise<SearchHitView[]> {
  const query = toPrefixTsQuery(text);
  if (!query) return [];

  // Each side walks its matches newest first and ranks at most `rankedMatches` of them; the
  // viewer's visibility is checked on the initiative each match belongs to as it is met.
  const initiativeMatches = knex('initiative as i')
    .select('i.id', 'i.search_vector')
    .whereRaw(`i.search_vector @@ to_tsquery('telka', ?)`, [query])
    .orderBy([
      { column: 'i.created_at', order: 'desc' },
      { column: 'i.id', order: 'desc' },
    ])
    .limit(rankedMatches)
    .as('i');
  visibleTo(knex, initiativeMatches, viewer);
  const initiatives = knex
    .from(initiativeMatches)
    .select(
      knex.raw(`'INITIATIVE' as kind`),
      'i.id as initiative_id',
      knex.raw('null::uuid as comment_id'),
      knex.raw(`ts_rank(i.search_vector, to_tsquery('telka', :query)) as rank`, { query }),
    );
  const commentMatches = knex('comment as c')
    .join('initiative as i', 'i.id', 'c.initiative_id')
    .select('c.id', 'c.initiative_id', 'c.search_vector')
    .whereRaw(`c.search_vector @@ to_tsquery('telka', ?)`, [query])
    .whereNull('c.deleted_at')
    .whereNull('c.hidden_at')
    .orderBy([
      { column: 'c.created_at', order: 'desc' },
      { column: 'c.id', order: 'desc' },
    ])
    .limit(rankedMatches)
    .as('c');
  visibleTo(knex, commentMatches, viewer);
  const comments = knex.from(commentMatches).select(
    knex.raw(`'COMMENT' as kind`),
    'c.initiative_id',
    'c.id as comment_id',
    // A comment weighs a little less than an initiative matching as well.
    knex.raw(`ts_rank(c.search_vector, to_tsquery('telka', :query)) * 0.8 as rank`, { query }),
  );
  // Ties are broken by id, so the same words give the same page. Snippets are highlighted only
  // for the hits of the page, never for every match (ts_headline is the costly part).
  const best = [{ column: 'rank', order: 'desc' as const }, { column: 'initiative_id' }, { column: 'comment_id' }];
  const hits = knex.unionAll([initiatives, comments], true).orderBy(best).limit(first).as('hit');
  const comment = selectCommentView(knex('comment as c'), shown.comment).whereRaw('c.id = hit.comment_id');
  const rows = (await selectInitiativeView(
    knex.from(hits).join('initiative as i', 'i.id', 'hit.initiative_id'),
    shown.initiative,
  )
    .select(
      'hit.kind',
      knex.raw(
        `case when hit.comment_id is null
              then ${headline(`i.title || ' — ' || i.summary || ' ' || i.body_text`)}
              else (select ${headline('matched.body_text')} from comment as matched where matched.id = hit.comment_id)
         end as snippet`,
        { query },
      ),
      'hit.rank',
      knex.raw('(select row_to_json(shown) from ? as shown) as comment', [comment]),
    )
    .orderBy(best.map((order) => ({ ...order, column: `hit.${order.column}` })))) as (InitiativeView &
    Omit<SearchHitView, 'initiative'>)[];
  return rows.map(({ kind, snippet, rank, comment, ...initiative }) => ({
    kind,
    snippet,
    rank: Number(rank),
    comment,
    initiative,
  }));
}

/**
 * Initiatives like a title being typed, so people can join forces instead of proposing the same
 * thing twice: trigram similarity without diacritics, or a full-text match of its words; in one
 * statement, with the fields among `shown`.
 */
export async function similarInitiatives(
  knex: Knex,
  viewer: Viewer,
  title: string,
  first: number,
  shown: ReadonlySet<string>,
): Promise<InitiativeView[]> {
  const text = title.trim().slice(0, 200);
  if (text.length < 3) return [];
  const query = toPrefixTsQuery(text);
  const similarity = knex.raw(`similarity(lower(unaccent(i.title)), lower(unaccent(?)))`, [text]);
  const found = selectInitiativeView(knex('initiative as i'), shown)
    .where((match) => {
      match.whereRaw('? > 0.25', [similarity]);
      if (query) match.orWhereRaw(`i.search_vector @@ to_tsquery('telka', ?)`, [query.replace(/:\*$/, '')]);
    })
    .orderByRaw('? desc, i.id', [similarity])
    .limit(first);
  visibleTo(knex, found, viewer);
  return (await found) as InitiativeView[];
}
