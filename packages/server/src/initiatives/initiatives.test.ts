import { beforeAll, describe, expect, it } from 'vitest';
import { Endorsement } from './initiative.entity.js';
import { InitiativeStatus } from './initiative.enums.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { OrganisationKind, Sector } from '../organisations/organisation.enums.js';
import { Factory } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

const list = `query ($first: Int, $after: String, $filter: InitiativeFilter, $orderBy: InitiativeOrder) {
  initiatives(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { title status endorsementCount leadOrganisation { name } } }
  } }`;
const titles = (data: any): string[] => data.initiatives.edges.map((e: any) => e.node.title);

let app: TestApp;
let factory: Factory;
let community: Organisation;
let company: Organisation;
let school: Organisation;

async function endorse(initiativeId: string, ...organisations: Organisation[]) {
  const em = app.orm.em.fork();
  for (const organisation of organisations) {
    em.create(Endorsement, {
      initiative: initiativeId as never,
      organisation: em.getReference(Organisation, organisation.id),
    });
  }
  await em.flush();
  await em.getKnex()('initiative').where({ id: initiativeId }).update({ endorsement_count: organisations.length });
}

beforeAll(async () => {
  app = await createTestApp();
  factory = new Factory(app.orm);
  community = await factory.organisation({ name: 'Gilučių bendruomenė' });
  company = await factory.organisation({
    name: 'UAB Kaimo skonis',
    sector: Sector.BUSINESS,
    kind: OrganisationKind.COMPANY,
  });
  school = await factory.organisation({
    name: 'Vievio gimnazija',
    sector: Sector.PUBLIC,
    kind: OrganisationKind.SCHOOL,
  });

  const trail = await factory.initiative(community, {
    title: 'Pažintinis takas prie ežero',
    summary: 'Bendruomenės iniciatyva sutvarkyti taką',
    status: InitiativeStatus.UNDER_REVIEW,
  });
  await endorse(trail.id, company, school, community);
  const market = await factory.initiative(company, { title: 'Ūkininkų turgelis', status: InitiativeStatus.SUBMITTED });
  await endorse(market.id, community);
  await factory.initiative(school, { title: 'Jaunimo stovykla', status: InitiativeStatus.APPROVED });
  await factory.initiative(community, { title: 'Slaptas juodraštis', status: InitiativeStatus.DRAFT });
});

describe('initiatives', () => {
  it('lists submitted initiatives for visitors, drafts only for their authors and staff', async () => {
    const visitor = await app.visitor().data(list, { orderBy: 'NEWEST' });
    expect(titles(visitor).sort()).toEqual(
      ['Jaunimo stovykla', 'Pažintinis takas prie ežero', 'Ūkininkų turgelis'].sort(),
    );

    const author = await factory.signedIn(app, { represents: [community] });
    expect(titles(await author.data(list, {}))).toContain('Slaptas juodraštis');
    const stranger = await factory.signedIn(app, { represents: [company] });
    expect(titles(await stranger.data(list, {}))).not.toContain('Slaptas juodraštis');
  });

  it('sorts by support and filters by status and the lead’s sector', async () => {
    expect(titles(await app.visitor().data(list, { orderBy: 'MOST_SUPPORTED' }))).toEqual([
      'Pažintinis takas prie ežero',
      'Ūkininkų turgelis',
      'Jaunimo stovykla',
    ]);
    expect(titles(await app.visitor().data(list, { filter: { status: ['APPROVED'] } }))).toEqual(['Jaunimo stovykla']);
    expect(titles(await app.visitor().data(list, { filter: { leadSector: ['BUSINESS'] } }))).toEqual([
      'Ūkininkų turgelis',
    ]);
  });

  it('finds inflected Lithuanian words without diacritics: bendruomenė finds bendruomenės', async () => {
    expect(titles(await app.visitor().data(list, { filter: { search: 'bendruomenė' }, orderBy: 'RELEVANCE' }))).toEqual(
      ['Pažintinis takas prie ežero'],
    );
    expect(titles(await app.visitor().data(list, { filter: { search: 'ukininku' } }))).toEqual(['Ūkininkų turgelis']);
  });

  it('shows support by sector and whether all three sectors back it', async () => {
    const { initiatives } = await app
      .visitor()
      .data(
        `{ initiatives(first: 10, orderBy: MOST_SUPPORTED) { edges { node { title supportBySector { allSectors bySector { sector count } } } } } }`,
      );
    const [trail, market] = initiatives.edges.map((e: any) => e.node);
    expect(trail.supportBySector).toEqual({
      allSectors: true,
      bySector: [
        { sector: 'NGO', count: 1 },
        { sector: 'BUSINESS', count: 1 },
        { sector: 'PUBLIC', count: 1 },
      ],
    });
    expect(market.supportBySector.allSectors).toBe(false);
  });

  it('returns null for a draft the viewer may not see', async () => {
    const draft = await factory.initiative(community, { status: InitiativeStatus.DRAFT });
    expect(
      (await app.visitor().data(`query ($id: ID) { initiative(id: $id) { id } }`, { id: draft.id })).initiative,
    ).toBeNull();
  });

  it('issues the same number of SQL statements for page sizes 10 and 100', async () => {
    const isolated = await createTestApp();
    const seed = new Factory(isolated.orm);
    const lead = await seed.organisation();
    for (let i = 0; i < 100; i++)
      await seed.initiative(lead, { title: `Iniciatyva ${i}` }, [{ organisation: await seed.organisation() }]);
    const everything = `query ($first: Int) { initiatives(first: $first) { edges { node {
      title leadOrganisation { name } measure { code } eldership { name } themes { code } coProposers { status organisation { name } }
      statusHistory { toStatus changedBy { displayName } } endorsements { organisation { name } } supportBySector { allSectors } } } } }`;
    const knex = isolated.orm.em.getKnex();
    let statements = 0;
    const count = () => statements++;
    const measure = async (first: number) => {
      statements = 0;
      knex.on('query', count);
      const data = await isolated.visitor().data(everything, { first });
      knex.removeListener('query', count);
      expect(data.initiatives.edges).toHaveLength(first);
      return statements;
    };
    const forTen = await measure(10);
    expect(forTen).toBeGreaterThanOrEqual(5);
    expect(await measure(100)).toBe(forTen);
  });
});

describe('the body', () => {
  it('is served as sanitised HTML beside its Markdown source', async () => {
    const lead = await factory.organisation();
    const initiative = await factory.initiative(lead, {
      body: '**Svarbu**\n\n<script>alert(1)</script>\n\n[x](javascript:alert(1))',
    });
    const { initiative: found } = await app
      .visitor()
      .data(`query ($id: ID) { initiative(id: $id) { body bodyHtml } }`, { id: initiative.id });
    expect(found.body).toContain('<script>');
    expect(found.bodyHtml).toContain('<strong>Svarbu</strong>');
    expect(found.bodyHtml).not.toContain('<script>');
    expect(found.bodyHtml).not.toMatch(/href="\s*javascript:/i);
  });
});
