import { beforeAll, describe, expect, it } from 'vitest';
import { Membership, OrganisationKind, Scope } from '../organisations/organisation.enums.js';
import { Factory } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
  const factory = new Factory(app.orm);
  await factory.organisation({
    name: 'Bandomoji VVG',
    kind: OrganisationKind.LAG,
    scope: Scope.LOCAL,
    membership: Membership.MEMBER,
    description: 'Vietos veiklos grupė',
    descriptionEn: 'A local action group',
  });
  const knex = app.orm.em.getKnex();
  const [strategy] = await knex('strategy')
    .insert({
      id: '00000000-0000-4000-8000-000000000001',
      title: 'Strategija',
      title_en: 'Strategy',
      period_start: '2023-01-01',
      period_end: '2029-12-31',
      vision: 'Vizija',
      vision_en: 'Vision',
      mission: 'Misija',
      mission_en: null,
      created_at: new Date(),
    })
    .returning('id');
  await knex('strategy_priority').insert([
    {
      id: '00000000-0000-4000-8000-000000000011',
      strategy_id: strategy.id,
      position: 1,
      title: 'Pirmas tikslas',
      title_en: 'First goal',
      description: '',
    },
    {
      id: '00000000-0000-4000-8000-000000000012',
      strategy_id: strategy.id,
      position: 2,
      title: 'Antras tikslas',
      title_en: null,
      description: '',
    },
  ]);
  await knex('milestone').insert({
    id: '00000000-0000-4000-8000-000000000021',
    occurred_on: '2007-01-16',
    title: 'Įregistruota',
    title_en: 'Registered',
    description: 'Įregistruota registre',
    description_en: null,
  });
});

const aboutQuery = `query ($language: Locale) {
  about {
    lag { description(language: $language) }
    strategy {
      title(language: $language)
      vision(language: $language)
      mission(language: $language)
      priorities { title(language: $language) }
    }
    milestones { title(language: $language) description(language: $language) }
  }
}`;

describe('the LAG’s texts', () => {
  it('gives the LAG’s texts in English where it provides them, and in Lithuanian where it does not', async () => {
    const { about } = await app.visitor().data(aboutQuery, { language: 'en' });
    expect(about).toEqual({
      lag: { description: 'A local action group' },
      strategy: {
        title: 'Strategy',
        vision: 'Vision',
        mission: 'Misija',
        priorities: [{ title: 'First goal' }, { title: 'Antras tikslas' }],
      },
      milestones: [{ title: 'Registered', description: 'Įregistruota registre' }],
    });
  });

  it('gives them in Lithuanian, the text of record, unless asked otherwise', async () => {
    const { about } = await app.visitor().data(aboutQuery);
    expect(about).toEqual({
      lag: { description: 'Vietos veiklos grupė' },
      strategy: {
        title: 'Strategija',
        vision: 'Vizija',
        mission: 'Misija',
        priorities: [{ title: 'Pirmas tikslas' }, { title: 'Antras tikslas' }],
      },
      milestones: [{ title: 'Įregistruota', description: 'Įregistruota registre' }],
    });
  });

  it('gives an organisation’s description in English on its own page and in the directory, where it has one', async () => {
    const visitor = app.visitor();
    const english = `query ($language: Locale) {
      organisation(slug: "bandomoji-vvg") { description(language: $language) }
      organisations(first: 50) { edges { node { slug description(language: $language) } } }
    }`;
    const inEnglish = await visitor.data(english, { language: 'en' });
    expect(inEnglish.organisation.description).toBe('A local action group');
    const listed = inEnglish.organisations.edges.find(
      (edge: { node: { slug: string } }) => edge.node.slug === 'bandomoji-vvg',
    );
    expect(listed.node.description).toBe('A local action group');
    expect((await visitor.data(english, { language: 'lt' })).organisation.description).toBe('Vietos veiklos grupė');
  });
});
