import { beforeAll, describe, expect, it } from 'vitest';
import { Organisation } from '../organisations/organisation.entity.js';
import { Factory } from '../../test/factories.js';
import type { GraphQLClient } from '../../test/graphql-client.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

const create = `mutation ($input: CreateInitiativeInput!) { createInitiative(input: $input) { id version bodyHtml } }`;
const update = `mutation ($input: UpdateInitiativeInput!) { updateInitiative(input: $input) { version bodyHtml } }`;
const read = `query ($id: ID) { initiative(id: $id) { bodyHtml } }`;

let app: TestApp;
let author: GraphQLClient;
let community: Organisation;

beforeAll(async () => {
  app = await createTestApp();
  const factory = new Factory(app.orm);
  community = await factory.organisation({ name: 'Pastrėvio bendruomenė' });
  author = await factory.signedIn(app, { represents: [community] });
});

describe('an initiative’s body', () => {
  it('is rendered once when written, served as stored, and rendered again when edited', async () => {
    const { createInitiative: created } = await author.data(create, {
      input: { asOrganisationId: community.id, title: 'Pavėsinė prie Strėvos', body: '## Planas\n\n**Pavėsinė**' },
    });
    expect(created.bodyHtml).toBe('<h2>Planas</h2>\n<p><strong>Pavėsinė</strong></p>\n');
    const knex = app.orm.em.getKnex();
    const stored = () => knex('initiative').where({ id: created.id }).first('body_html', 'body_text');
    expect(await stored()).toEqual({
      body_html: '<h2>Planas</h2>\n<p><strong>Pavėsinė</strong></p>\n',
      body_text: 'Planas\nPavėsinė',
    });

    // Reads serve what was stored: changed behind the API's back, the change shows.
    await knex('initiative').where({ id: created.id }).update({ body_html: '<p>Saugota</p>' });
    expect((await author.data(read, { id: created.id })).initiative.bodyHtml).toBe('<p>Saugota</p>');

    // An edit that leaves the body alone leaves its rendering alone.
    const { updateInitiative: retitled } = await author.data(update, {
      input: { id: created.id, version: created.version, title: 'Pavėsinė prie Strėvos upės' },
    });
    expect(retitled.bodyHtml).toBe('<p>Saugota</p>');

    const { updateInitiative: edited } = await author.data(update, {
      input: { id: created.id, version: retitled.version, body: 'Pavėsinė ir *lieptas*' },
    });
    expect(edited.bodyHtml).toBe('<p>Pavėsinė ir <em>lieptas</em></p>\n');
    expect(await stored()).toEqual({
      body_html: '<p>Pavėsinė ir <em>lieptas</em></p>\n',
      body_text: 'Pavėsinė ir lieptas',
    });
  });
});

describe('the editors’ preview', () => {
  const preview = `query ($source: String!) { markdownPreview(source: $source) }`;

  it('shows Markdown as the saved body will show it, sanitised the same way', async () => {
    const source = '## Planas\n\n**Pavėsinė** <script>alert(1)</script> [nuoroda](javascript:alert(1))\n\n> Citata';
    const { markdownPreview } = await author.data(preview, { source });
    const { createInitiative } = await author.data(create, {
      input: { asOrganisationId: community.id, title: 'Peržiūros patikra', body: source },
    });
    expect(markdownPreview).toBe(createInitiative.bodyHtml);
    expect(markdownPreview).toContain('<strong>Pavėsinė</strong>');
    expect(markdownPreview).not.toContain('<script');
    expect(markdownPreview).not.toContain('href="javascript');
  });

  it('is for signed-in people, and refuses a source longer than any body', async () => {
    expect(await app.visitor().errorCode(preview, { source: '**a**' })).toBe('UNAUTHENTICATED');
    expect(await author.errorCode(preview, { source: 'a'.repeat(50001) })).toBe('BAD_USER_INPUT');
  });
});
