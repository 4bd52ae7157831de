import { randomBytes } from 'node:crypto';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { renderMarkdown } from '../../common/markdown.js';
import { databaseUrlFor } from '../../../test/database-url.js';
import { ormOptions } from '../orm.js';

const database = `telka_migration_${randomBytes(6).toString('hex')}`;
let admin: pg.Client;
let orm: MikroORM;

beforeAll(async () => {
  admin = new pg.Client({ connectionString: inject('adminUrl') });
  await admin.connect();
  await admin.query(`create database ${database}`);
  orm = await MikroORM.init(ormOptions(databaseUrlFor(inject('adminUrl'), database)));
});

afterAll(async () => {
  await orm?.close(true);
  await admin.query(`drop database if exists ${database} with (force)`);
  await admin.end();
});

describe('Migration20261127000000_stored_markdown', () => {
  it('renders the Markdown of rows written before it, and searches their text', async () => {
    const migrator = orm.getMigrator();
    await migrator.up({ to: 'Migration20261126000000_initial' });
    const knex = orm.em.getKnex();
    const [lead] = await knex('organisation')
      .insert({
        slug: 'pastrevio',
        name: 'Pastrėvio bendruomenė',
        sector: 'NGO',
        kind: 'OTHER',
        scope: 'LOCAL',
        membership: 'MEMBER',
      })
      .returning('id');
    // More rows than one batch of the migration, each of its own text.
    const initiatives = Array.from({ length: 3 }, (_, i) => ({
      slug: `takas-${i}`,
      title: `Takas ${i}`,
      body: i === 0 ? '' : `## Takas ${i}\n\nVes pro **pilkapius** ir [piliakalnį](https://zemelapis.example).`,
      lead_organisation_id: lead.id,
    }));
    const [first] = await knex('initiative').insert(initiatives).returning('id');
    const bodies = Array.from({ length: 1_234 }, (_, i) => `Komentaras **${i}**: > ${i % 7 ? 'žygis' : '<script>'}`);
    for (let start = 0; start < bodies.length; start += 500) {
      await knex('comment').insert(bodies.slice(start, start + 500).map((body) => ({ initiative_id: first.id, body })));
    }

    await migrator.up();

    const comments = (await knex('comment').select('body', 'body_html', 'body_text')) as Record<string, string>[];
    expect(comments).toHaveLength(bodies.length);
    for (const row of comments) {
      const rendered = renderMarkdown(row.body!);
      expect({ html: row.body_html, text: row.body_text }).toEqual(rendered);
    }
    const rows = (await knex('initiative').select('body', 'body_html', 'body_text')) as Record<string, string>[];
    for (const row of rows) expect({ html: row.body_html, text: row.body_text }).toEqual(renderMarkdown(row.body!));

    const search = async (table: string, words: string) =>
      Number(
        (
          await knex(table)
            .count<{ count: string }[]>({ count: '*' })
            .whereRaw(`search_vector @@ to_tsquery('telka', ?)`, [words])
        )[0]!.count,
      );
    expect(await search('initiative', 'pilkapiai')).toBe(2);
    // The link's address was in the Markdown, not in the text readers see.
    expect(await search('initiative', 'zemelapis.example')).toBe(0);
    expect(await search('comment', 'zygis')).toBe(bodies.filter((b) => b.endsWith('žygis')).length);
  });
});
