import { Migration } from '@mikro-orm/migrations';
import { renderMarkdown } from '../../common/markdown.js';

/** Rows rendered per statement: a few hundred kB of HTML at most. */
const BATCH = 500;

/**
 * Comments and initiative bodies keep their Markdown rendered beside the source (`body_html`)
 * and as plain text (`body_text`), written once with the source instead of rendered on every
 * read; full-text search and its snippets use the plain text, not the Markdown.
 *
 * Rendering needs JavaScript (markdown-it + DOMPurify), so this migration renders the existing
 * rows itself, in batches, inside its transaction. Then every row has both columns from the
 * moment the server starts (they are NOT NULL): reads have one source, nothing renders on read
 * as a fallback, and no backfill races with edits. The LAG's own data is a few thousand rows,
 * seconds of work; the bulk of big synthetic data sets is written after migrating.
 */
export class Migration20261127000000_stored_markdown extends Migration {
  override async up(): Promise<void> {
    // Run now rather than queued with addSql: the rendering below needs the columns.
    await this.execute(`
alter table comment add column body_html text, add column body_text text;
alter table initiative add column body_html text, add column body_text text;
`);
    await this.render('comment');
    await this.render('initiative');
    await this.execute(`
alter table comment alter column body_html set not null, alter column body_text set not null;
alter table initiative alter column body_html set not null, alter column body_text set not null;

alter table comment drop column search_vector;
alter table comment add column search_vector tsvector
  generated always as (to_tsvector('telka', body_text)) stored;
create index comment_search_idx on comment using gin (search_vector);

alter table initiative drop column search_vector;
alter table initiative add column search_vector tsvector generated always as (
  setweight(to_tsvector('telka', coalesce(title, '')), 'A') ||
  setweight(to_tsvector('telka', coalesce(summary, '')), 'B') ||
  setweight(to_tsvector('telka', body_text), 'C')
) stored;
create index initiative_search_idx on initiative using gin (search_vector);
`);
  }

  override async down(): Promise<void> {
    this.addSql(`
alter table comment drop column search_vector;
alter table comment add column search_vector tsvector
  generated always as (to_tsvector('telka', coalesce(body, ''))) stored;
create index comment_search_idx on comment using gin (search_vector);
alter table comment drop column body_html, drop column body_text;

alter table initiative drop column search_vector;
alter table initiative add column search_vector tsvector generated always as (
  setweight(to_tsvector('telka', coalesce(title, '')), 'A') ||
  setweight(to_tsvector('telka', coalesce(summary, '')), 'B') ||
  setweight(to_tsvector('telka', coalesce(body, '')), 'C')
) stored;
create index initiative_search_idx on initiative using gin (search_vector);
alter table initiative drop column body_html, drop column body_text;
`);
  }

  /** Renders every row of `table` in batches, in id order. */
  private async render(table: 'comment' | 'initiative'): Promise<void> {
    let after = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const rows = (await this.execute(`select id, body from ${table} where id > ? order by id limit ?`, [
        after,
        BATCH,
      ])) as { id: string; body: string }[];
      if (rows.length === 0) return;
      const rendered = rows.map((row) => ({ id: row.id, ...renderMarkdown(row.body) }));
      await this.execute(
        `update ${table} t set body_html = r.html, body_text = r.text
         from jsonb_to_recordset(?::jsonb) as r(id uuid, html text, text text) where t.id = r.id`,
        [JSON.stringify(rendered)],
      );
      after = rows.at(-1)!.id;
    }
  }
}
