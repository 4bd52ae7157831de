import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { PlatformRole } from '../accounts/account.enums.js';
import { Endorsement } from './initiative.entity.js';
import { InitiativeStatus } from './initiative.enums.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { OrganisationKind, Sector } from '../organisations/organisation.enums.js';
import { Factory } from '../../test/factories.js';
import type { GraphQLClient } from '../../test/graphql-client.js';
import { statementsDuring } from '../../test/statements.js';
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

  it('checks what a filter holds, and takes an empty one as no filter', async () => {
    // A filter that passed is remembered as passing (schema/validate-input.ts), by its values alone.
    const wellFormed = { filter: { themes: ['ENVIRONMENT'] } };
    await app.visitor().data(list, wellFormed);
    const malformed = await app.visitor().request(list, { filter: { themes: ['ENVIRONMENT', 'not a code'] } });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'themes', code: 'INVALID_FORMAT' }],
    });
    await app.visitor().data(list, wellFormed);
    expect(titles(await app.visitor().data(list, { filter: {} }))).toEqual(titles(await app.visitor().data(list, {})));
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

/** The list page exactly as the client asks for it (useInitiativeList.ts with InitiativeCard.vue). */
const listPage = `query InitiativeList($first: Int!, $after: String, $filter: InitiativeFilter, $orderBy: InitiativeOrder!) {
  initiatives(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { cursor node { id slug title status leadOrganisation { id name } ...InitiativeCard } }
  }
}
fragment InitiativeCard on Initiative {
  id slug title summary status endorsementCount commentCount
  leadOrganisation { id name }
  themes { id code }
  supportBySector { allSectors }
}`;

/** The initiative page exactly as the client asks for it (InitiativePage.vue). */
const initiativePage = `query Initiative($slug: String!, $language: Locale!) {
  initiative(slug: $slug) {
    id slug title summary bodyHtml status version createdAt submittedAt estimatedBudgetCents requestedSupportCents
    endorsementCount
    leadOrganisation { id slug name }
    coProposers { status organisation { id slug name } }
    themes { id code }
    measure { id code title(language: $language) }
    eldership { id name }
    statusHistory { id fromStatus toStatus reason createdAt changedBy { id displayName } }
    endorsements { id note createdAt organisation { id slug name sector } }
    supportBySector { allSectors bySector { sector count } }
  }
}`;

describe('the read path', () => {
  let isolated: TestApp;
  const organisations: { id: string; slug: string; name: string; sector: Sector }[] = [];
  let staffer: { id: string; displayName: string };
  let themes: { id: string; code: string }[];
  let measure: { id: string; code: string; title: string };
  let eldership: { id: string; name: string };

  /** The SQL of every statement `work` makes the server run. */
  async function statementsOf(work: () => Promise<unknown>): Promise<string[]> {
    return (await statementsDuring(isolated.orm, work)).statements.map((statement) => statement.sql);
  }

  // 100 initiatives, each with a theme, a co-proposer that accepted and one still invited, a
  // status change by a person, and support from two sectors; one lead.
  beforeAll(async () => {
    isolated = await createTestApp();
    const seed = new Factory(isolated.orm);
    const knex = isolated.orm.em.getKnex();
    for (const sector of [Sector.NGO, Sector.BUSINESS, Sector.PUBLIC, Sector.NGO]) {
      const { id, slug, name } = await seed.organisation({ sector });
      organisations.push({ id, slug, name, sector });
    }
    const [lead, business, school, invited] = organisations as [
      (typeof organisations)[0],
      (typeof organisations)[0],
      (typeof organisations)[0],
      (typeof organisations)[0],
    ];
    const user = await seed.user({ displayName: 'Rasa Vertintoja' });
    staffer = { id: user.id, displayName: user.displayName };
    themes = await knex('theme')
      .insert([
        { code: 'ENVIRONMENT', position: 1 },
        { code: 'CULTURE', position: 2 },
      ])
      .returning(['id', 'code']);
    const [strategy] = await knex('strategy')
      .insert({ title: 'VPS', period_start: '2023-01-01', period_end: '2029-12-31' })
      .returning('id');
    [measure] = (await knex('measure')
      .insert({
        strategy_id: strategy.id,
        code: 'VPS-1.1',
        title: 'Aplinka',
        title_en: 'Environment',
        budget_cents: 1000000,
      })
      .returning(['id', 'code', 'title'])) as [typeof measure];
    [eldership] = (await knex('eldership')
      .insert({ code: 'vievio', name: 'Vievio seniūnija' })
      .returning(['id', 'name'])) as [typeof eldership];
    const initiatives: { id: string }[] = await knex('initiative')
      .insert(
        Array.from({ length: 100 }, (_, i) => ({
          slug: `iniciatyva-${i}`,
          title: `Iniciatyva ${i}`,
          summary: `Santrauka ${i}`,
          body: `Tekstas **${i}**`,
          body_html: `<p>Tekstas <strong>${i}</strong></p>\n`,
          body_text: `Tekstas ${i}`,
          status: InitiativeStatus.UNDER_REVIEW,
          lead_organisation_id: lead.id,
          measure_id: measure.id,
          eldership_id: eldership.id,
          estimated_budget_cents: 500000,
          requested_support_cents: 400000,
          endorsement_count: 2,
          comment_count: i,
          submitted_at: new Date(Date.UTC(2026, 0, 1 + (i % 28))),
          created_at: new Date(Date.UTC(2026, 1, 1, 0, i)),
        })),
      )
      .returning('id');
    const each = <T>(row: (id: string) => T) => initiatives.map(({ id }) => row(id));
    await knex('initiative_theme').insert(each((id) => ({ initiative_id: id, theme_id: themes[1]!.id })));
    await knex('initiative_theme').insert(each((id) => ({ initiative_id: id, theme_id: themes[0]!.id })));
    await knex('co_proposer').insert([
      ...each((id) => ({ initiative_id: id, organisation_id: school.id, status: 'ACCEPTED' })),
      ...each((id) => ({ initiative_id: id, organisation_id: invited.id, status: 'INVITED' })),
    ]);
    await knex('status_change').insert(
      each((id) => ({
        initiative_id: id,
        from_status: 'SUBMITTED',
        to_status: 'UNDER_REVIEW',
        changed_by_id: user.id,
        reason: 'Pradedame vertinimą',
        created_at: new Date(Date.UTC(2026, 2, 1)),
      })),
    );
    await knex('endorsement').insert([
      ...each((id) => ({ initiative_id: id, organisation_id: business.id, note: 'Remiame', created_at: '2026-03-02' })),
      ...each((id) => ({ initiative_id: id, organisation_id: school.id, note: null, created_at: '2026-03-03' })),
    ]);
  });

  it('answers the list page as the client asks for it in one statement, whatever its size', async () => {
    const visitor = isolated.visitor();
    let page: any;
    const forTwenty = await statementsOf(async () => {
      page = (await visitor.data(listPage, { first: 20, orderBy: 'MOST_DISCUSSED' })).initiatives;
    });
    // The page with its leads, the count asked for, the themes and the support by sector as columns.
    expect(forTwenty).toHaveLength(1);
    expect(forTwenty.join('\n')).not.toMatch(/search_vector|body_text|\bbody\b|i\.\*/);
    expect(page.totalCount).toBe(100);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.edges).toHaveLength(20);
    expect(page.edges[0].node).toEqual({
      id: expect.any(String),
      slug: 'iniciatyva-99',
      title: 'Iniciatyva 99',
      summary: 'Santrauka 99',
      status: 'UNDER_REVIEW',
      endorsementCount: 2,
      commentCount: 99,
      leadOrganisation: { id: organisations[0]!.id, name: organisations[0]!.name },
      themes: themes.map(({ id, code }) => ({ id, code })),
      supportBySector: { allSectors: false },
    });

    const forHundred = await statementsOf(() => visitor.data(listPage, { first: 100, orderBy: 'NEWEST' }));
    expect(forHundred).toHaveLength(1);
  });

  it('tells a representative why each of their organisations may or may not support a page of initiatives, in as many statements for 100 as for 10', async () => {
    const seed = new Factory(isolated.orm);
    const own = await isolated.orm.em.fork().find(Organisation, { id: { $in: organisations.map((o) => o.id) } });
    const newcomer = await seed.organisation({ name: `Naujokė ${randomUUID().slice(0, 8)}` });
    const representative = await seed.signedIn(isolated, { represents: [...own, newcomer] });
    const page = `query ($first: Int) { initiatives(first: $first) { edges { node {
      title viewerEndorsementOptions { organisation { id name } canEndorse refusal } } } } }`;
    const measure = async (first: number) => {
      let data: any;
      const statements = await statementsOf(async () => {
        data = await representative.data(page, { first });
      });
      expect(data.initiatives.edges).toHaveLength(first);
      return { statements: statements.length, nodes: data.initiatives.edges.map((edge: any) => edge.node) };
    };
    const ten = await measure(10);
    const hundred = await measure(100);
    expect(hundred.statements).toBe(ten.statements);
    const [lead, business, school, invited] = organisations;
    const refusals = new Map([
      [lead!.id, 'LEAD_ITSELF'],
      [business!.id, 'ALREADY_SUPPORTS'],
      // It supports them already, which it is told first, though it co-proposes them too.
      [school!.id, 'ALREADY_SUPPORTS'],
      [invited!.id, 'CO_PROPOSER_ITSELF'],
      [newcomer.id, null],
    ]);
    for (const node of hundred.nodes) {
      expect(node.viewerEndorsementOptions.map((option: any) => [option.organisation.id, option.refusal])).toEqual(
        expect.arrayContaining([...refusals]),
      );
      expect(node.viewerEndorsementOptions).toHaveLength(refusals.size);
    }
  });

  it('reads every nested list of a page with the page, in one statement whatever the page size', async () => {
    const everything = `query ($first: Int) { initiatives(first: $first) { edges { node {
      title leadOrganisation { name } measure { code } eldership { name } themes { code } coProposers { status organisation { name } }
      statusHistory { toStatus changedBy { displayName } } endorsements { organisation { name } } supportBySector { allSectors } } } } }`;
    const measure = async (first: number) => {
      let data: any;
      const statements = await statementsOf(async () => {
        data = await isolated.visitor().data(everything, { first });
      });
      expect(data.initiatives.edges).toHaveLength(first);
      return statements.length;
    };
    // The page with its leads, measures and elderships, and each list as a column.
    expect(await measure(10)).toBe(1);
    expect(await measure(100)).toBe(1);
  });

  it('answers the initiative page as the client asks for it in one statement', async () => {
    const [lead, business, school] = organisations as [
      (typeof organisations)[0],
      (typeof organisations)[0],
      (typeof organisations)[0],
    ];
    let found: any;
    const statements = await statementsOf(async () => {
      found = (await isolated.visitor().data(initiativePage, { slug: 'iniciatyva-7', language: 'lt' })).initiative;
    });
    // The initiative with its lead, measure and eldership, and its co-proposers, themes, status
    // history, endorsements and support by sector as columns.
    expect(statements).toHaveLength(1);
    expect(statements.join('\n')).not.toMatch(/search_vector|body_text|\bbody\b|i\.\*/);
    const card = ({ id, slug, name }: (typeof organisations)[0]) => ({ id, slug, name });
    expect(found).toEqual({
      id: expect.any(String),
      slug: 'iniciatyva-7',
      title: 'Iniciatyva 7',
      summary: 'Santrauka 7',
      bodyHtml: '<p>Tekstas <strong>7</strong></p>\n',
      status: 'UNDER_REVIEW',
      version: 1,
      createdAt: '2026-02-01T00:07:00.000Z',
      submittedAt: '2026-01-08T00:00:00.000Z',
      estimatedBudgetCents: 500000,
      requestedSupportCents: 400000,
      endorsementCount: 2,
      leadOrganisation: card(lead),
      // A visitor sees the co-proposer that accepted, not the one still invited.
      coProposers: [{ status: 'ACCEPTED', organisation: card(school) }],
      themes: themes.map(({ id, code }) => ({ id, code })),
      measure,
      eldership,
      statusHistory: [
        {
          id: expect.any(String),
          fromStatus: 'SUBMITTED',
          toStatus: 'UNDER_REVIEW',
          reason: 'Pradedame vertinimą',
          createdAt: '2026-03-01T00:00:00.000Z',
          changedBy: staffer,
        },
      ],
      endorsements: [
        {
          id: expect.any(String),
          note: 'Remiame',
          createdAt: '2026-03-02T00:00:00.000Z',
          organisation: { ...card(business), sector: 'BUSINESS' },
        },
        {
          id: expect.any(String),
          note: null,
          createdAt: '2026-03-03T00:00:00.000Z',
          organisation: { ...card(school), sector: 'PUBLIC' },
        },
      ],
      supportBySector: {
        allSectors: false,
        bySector: [
          { sector: 'NGO', count: 0 },
          { sector: 'BUSINESS', count: 1 },
          { sector: 'PUBLIC', count: 1 },
        ],
      },
    });

    // Read in English, the measure's title is its English one, from the same one statement.
    const english = await statementsOf(async () => {
      found = (await isolated.visitor().data(initiativePage, { slug: 'iniciatyva-7', language: 'en' })).initiative;
    });
    expect(english).toHaveLength(1);
    expect(found.measure).toEqual({ ...measure, title: 'Environment' });
  });

  it('still answers whatever else a client asks of an organisation or of the Markdown source', async () => {
    const { initiatives } = await isolated.visitor().data(
      `{ initiatives(first: 2) { edges { node { body leadOrganisation { name description scope }
        endorsements { organisation { membership eldership { code } } } } } } }`,
    );
    expect(initiatives.edges[0].node).toEqual({
      body: 'Tekstas **99**',
      leadOrganisation: { name: organisations[0]!.name, description: '', scope: 'LOCAL' },
      endorsements: [
        { organisation: { membership: 'MEMBER', eldership: null } },
        { organisation: { membership: 'MEMBER', eldership: null } },
      ],
    });
  });
});

describe('the list’s count', () => {
  const counted = `query ($filter: InitiativeFilter) { initiatives(first: 1, filter: $filter) { totalCount } }`;

  it('counts by status from counts kept through inserts, moves and deletions, each viewer their own drafts', async () => {
    const isolated = await createTestApp();
    const seed = new Factory(isolated.orm);
    const [ours, theirs] = [await seed.organisation(), await seed.organisation()];
    const visitor = isolated.visitor();
    const representative = await seed.withSession(isolated, { represents: [ours] });
    const staff = await seed.withSession(isolated, { role: PlatformRole.STAFF });
    const knex = isolated.orm.em.getKnex();
    const insert = (lead: Organisation, status: InitiativeStatus, n: number) =>
      knex('initiative').insert(
        Array.from({ length: n }, () => {
          const slug = `i-${randomUUID()}`;
          return {
            id: randomUUID(),
            slug,
            title: slug,
            summary: '',
            body: '',
            body_html: '',
            body_text: '',
            lead_organisation_id: lead.id,
            status,
          };
        }),
      );
    await insert(ours, InitiativeStatus.DRAFT, 2);
    await insert(theirs, InitiativeStatus.DRAFT, 3);
    await insert(theirs, InitiativeStatus.SUBMITTED, 4);
    await insert(ours, InitiativeStatus.APPROVED, 1);

    const totals = async (filter?: { status: InitiativeStatus[] }) => {
      const total = async (reader: GraphQLClient) => (await reader.data(counted, { filter })).initiatives.totalCount;
      return { visitor: await total(visitor), representative: await total(representative), staff: await total(staff) };
    };
    expect(await totals()).toEqual({ visitor: 5, representative: 7, staff: 10 });
    expect(await totals({ status: [InitiativeStatus.DRAFT] })).toEqual({ visitor: 0, representative: 2, staff: 5 });
    expect(await totals({ status: [InitiativeStatus.SUBMITTED] })).toEqual({
      visitor: 4,
      representative: 4,
      staff: 4,
    });

    // Moves, a deletion and an update that keeps the status (as counters do).
    await knex('initiative')
      .where({ lead_organisation_id: theirs.id, status: 'DRAFT' })
      .update({ status: 'SUBMITTED' });
    await knex('initiative').where({ lead_organisation_id: ours.id, status: 'APPROVED' }).delete();
    await knex('initiative').update({ comment_count: 1 });
    expect(await totals()).toEqual({ visitor: 7, representative: 9, staff: 9 });
    expect(await totals({ status: [InitiativeStatus.SUBMITTED, InitiativeStatus.APPROVED] })).toEqual({
      visitor: 7,
      representative: 7,
      staff: 7,
    });

    // Read from the kept counts, not by counting the table.
    const { statements } = await statementsDuring(isolated.orm, () => visitor.data(counted, {}));
    expect(statements).toHaveLength(1);
    expect(statements[0]!.sql).toMatch(/row_count/);
    expect(statements[0]!.sql).not.toMatch(/count\(\*\)/);
  });
});
