import { beforeAll, describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../common/markdown.js';
import { createTestApp, type TestApp } from '../../../test/test-app.js';
import { seedDemo } from './demo.js';
import { generateSynthetic } from './synthetic.js';

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
});

/** Rows of `table` whose stored rendering is not what the application renders from the body. */
async function misrendered(table: 'comment' | 'initiative'): Promise<string[]> {
  const rows = (await app.orm.em.getKnex()(table).select('id', 'body', 'body_html', 'body_text')) as {
    id: string;
    body: string;
    body_html: string;
    body_text: string;
  }[];
  expect(rows.length).toBeGreaterThan(0);
  return rows
    .filter((row) => {
      const { html, text } = renderMarkdown(row.body);
      return row.body_html !== html || row.body_text !== text;
    })
    .map((row) => row.id);
}

describe('seed data', () => {
  it('puts the demo story in place with bodies rendered as the application renders them', async () => {
    await seedDemo(app.orm.em.getKnex());
    expect(await misrendered('initiative')).toEqual([]);
    expect(await misrendered('comment')).toEqual([]);

    // The demo's initiatives have headings and lists; its comments, bold text: none shows as markup.
    const { search } = await app
      .visitor()
      .data(`query ($text: String!) { search(text: $text, first: 100) { kind snippet } }`, { text: 'edukacijas' });
    expect(search.map((hit: { kind: string }) => hit.kind).sort()).toEqual([
      'COMMENT',
      'COMMENT',
      'INITIATIVE',
      'INITIATIVE',
    ]);
    for (const hit of search) expect(hit.snippet).not.toMatch(/\*\*|#|^- |\n- /m);
  });

  it('writes synthetic bodies exactly as the sanitised renderer would have', async () => {
    await generateSynthetic(app.orm.em.getKnex(), { organisations: 10, users: 20, initiatives: 40, comments: 1_000 });
    expect(await misrendered('initiative')).toEqual([]);
    expect(await misrendered('comment')).toEqual([]);
  });
});
