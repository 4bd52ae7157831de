import { beforeAll, describe, expect, it } from 'vitest';
import { InitiativeStatus } from './initiative.enums.js';
import { Factory } from '../../test/factories.js';
import { planOf } from '../../test/query-plan.js';
import { statementsDuring } from '../../test/statements.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

const search = `query ($text: String!) { search(text: $text) { kind snippet initiative { title } comment { body } } }`;
let app: TestApp;
let factory: Factory;

beforeAll(async () => {
  app = await createTestApp();
  factory = new Factory(app.orm);
  const lead = await factory.organisation();
  const trail = await factory.initiative(lead, {
    title: 'Pažintinis takas prie Elektrėnų marių',
    summary: 'Bendruomenės iniciatyva',
    body: 'Takas ves pro pilkapius.',
  });
  await factory.initiative(lead, { title: 'Slapta bendruomenės idėja', status: InitiativeStatus.DRAFT });
  const writer = await factory.signedIn(app);
  await writer.data(`mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }`, {
    input: { initiativeId: trail.id, body: 'Mūsų bendruomenė padės <script>alert(1)</script> tvarkyti taką' },
  });
});

describe('search', () => {
  it('finds inflected words without diacritics in initiatives and comments, highlighted, drafts left out', async () => {
    const { search: hits } = await app.visitor().data(search, { text: 'bendruomene' });
    expect(hits.map((h: any) => h.kind).sort()).toEqual(['COMMENT', 'INITIATIVE']);
    const initiativeHit = hits.find((h: any) => h.kind === 'INITIATIVE');
    expect(initiativeHit.initiative.title).toBe('Pažintinis takas prie Elektrėnų marių');
    expect(initiativeHit.snippet).toContain('<mark>Bendruomenės</mark>');
    const commentHit = hits.find((h: any) => h.kind === 'COMMENT');
    expect(commentHit.snippet).toContain('<mark>bendruomenė</mark>');
    expect(commentHit.snippet).not.toContain('<script>');
    expect(commentHit.snippet).toContain('&lt;script&gt;');
    expect(JSON.stringify(hits)).not.toContain('Slapta');
  });

  it('builds snippets from the text readers see, not the Markdown, and indexes only that text', async () => {
    const lead = await factory.organisation();
    const trail = await factory.initiative(lead, {
      title: 'Dviračių maršrutas',
      body: '## Planas\n\nRengsime **žygius** pro [piliakalnius](https://zemelapis.example/piliakalniai) ir `<b>` ženklus.\n\n![nuotrauka su arkliukais](https://zemelapis.example/a.png)',
    });
    const writer = await factory.signedIn(app);
    await writer.data(`mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }`, {
      input: { initiativeId: trail.id, body: '> Ar **žygiai** vyks ir [rudenį](https://kalendorius.example)?' },
    });

    const { search: hits } = await app.visitor().data(search, { text: 'zygiai' });
    const initiativeHit = hits.find((h: any) => h.kind === 'INITIATIVE');
    expect(initiativeHit.snippet).toContain('Rengsime <mark>žygius</mark> pro piliakalnius ir &lt;b&gt; ženklus');
    const commentHit = hits.find((h: any) => h.kind === 'COMMENT');
    expect(commentHit.snippet).toContain('<mark>žygiai</mark> vyks ir rudenį');
    for (const hit of hits) expect(hit.snippet).not.toMatch(/\*\*|\]\(|^>|##|`/);

    // An image is not shown to readers, so its description is not found either.
    expect((await app.visitor().data(search, { text: 'arkliukais' })).search).toEqual([]);
  });

  it('answers a search, and similar initiatives, in one statement each, with what pages show', async () => {
    const counted = async (query: string, variables: Record<string, unknown>) => {
      const { result: data, statements } = await statementsDuring(app.orm, () => app.visitor().data(query, variables));
      return { statements: statements.length, sql: statements.map((statement) => statement.sql), data };
    };
    const full = `query ($text: String!) { search(text: $text, first: 30) { kind snippet rank
      initiative { id slug title status commentCount leadOrganisation { name } }
      comment { id body bodyHtml isDeleted author { displayName } organisation { name } } } }`;
    const { statements: searched, data } = await counted(full, { text: 'bendruomene' });
    expect(searched).toBe(1);
    const commentHit = data.search.find((h: any) => h.kind === 'COMMENT');
    expect(commentHit.comment).toMatchObject({ isDeleted: false, author: { displayName: expect.any(String) } });
    expect(commentHit.comment.bodyHtml).toContain('&lt;script&gt;');
    expect(commentHit.initiative).toMatchObject({ title: 'Pažintinis takas prie Elektrėnų marių', commentCount: 1 });
    expect(data.search.every((h: any) => typeof h.initiative.leadOrganisation.name === 'string')).toBe(true);

    // The search page asks for little of each hit: the texts it does not show are not read.
    const page = `query ($text: String!) { search(text: $text, first: 30) { kind snippet
      initiative { id slug title } comment { id } } }`;
    const { sql: pageSql, data: pageData } = await counted(page, { text: 'bendruomene' });
    expect(pageData.search.map((hit: any) => hit.initiative.title)).toEqual(
      data.search.map((hit: any) => hit.initiative.title),
    );
    expect(pageSql.join('\n')).not.toMatch(/body_html|\.body\b|lead\.name/);

    const similar = `query ($title: String!) { similarInitiatives(title: $title) { title leadOrganisation { name } } }`;
    const { statements: offered, data: offers } = await counted(similar, { title: 'pazintinis takas prie mariu' });
    expect(offered).toBe(1);
    expect(offers.similarInitiatives).toEqual([
      { title: 'Pažintinis takas prie Elektrėnų marių', leadOrganisation: { name: expect.any(String) } },
    ]);
  });

  it('tests initiatives and comments against the words on their own pages, their vectors kept in the rows', async () => {
    // Wide rows of many different words: PostgreSQL slims such a row by moving its widest values
    // out, and a search vector is the one that compresses worst.
    const text = (n: number) => Array.from({ length: 160 }, (_, w) => `žodis${n}x${w}`).join(' ');
    const lead = await factory.organisation();
    const writer = await factory.signedIn(app);
    for (let n = 0; n < 5; n++) {
      const wide = await factory.initiative(lead, { title: `Platus ${n}`, body: text(n) });
      await writer.data(`mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }`, {
        input: { initiativeId: wide.id, body: `${text(n)} ${text(n + 5)}` },
      });
    }
    const knex = app.orm.em.getKnex();
    for (const table of ['initiative', 'comment']) {
      // Every row tested, read in order: the pages read are the table's own, and no more.
      const plan = await planOf(
        app.orm,
        `select count(*) from ${table} where search_vector @@ to_tsquery('telka', 'nerasti')`,
        {
          settings: ['enable_indexscan = off', 'enable_bitmapscan = off'],
          analyze: true,
        },
      );
      const pagesRead = plan['Shared Hit Blocks']! + plan['Shared Read Blocks']!;
      const { rows } = await knex.raw(`select pg_relation_size(?) / current_setting('block_size')::int as pages`, [
        table,
      ]);
      expect(pagesRead, table).toBe(Number(rows[0].pages));
    }
  });

  it('offers similar initiatives while a title is typed', async () => {
    const similar = `query ($title: String!) { similarInitiatives(title: $title) { title } }`;
    expect((await app.visitor().data(similar, { title: 'pazintinis takas prie mariu' })).similarInitiatives).toEqual([
      { title: 'Pažintinis takas prie Elektrėnų marių' },
    ]);
    expect((await app.visitor().data(similar, { title: 'slapta bendruomenes ideja' })).similarInitiatives).toEqual([]);
    expect((await app.visitor().data(similar, { title: 'ab' })).similarInitiatives).toEqual([]);
  });
});
