import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { PlatformRole } from '../accounts/account.enums.js';
import { Factory } from '../../test/factories.js';
import { statementsDuring } from '../../test/statements.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import type { GraphQLClient } from '../../test/graphql-client.js';
import { Membership, OrganisationKind, Scope, Sector } from './organisation.enums.js';
import type { Eldership } from './eldership.entity.js';

const directory = `
  query ($first: Int, $after: String, $filter: OrganisationFilter, $orderBy: OrganisationOrder) {
    organisations(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo { hasNextPage hasPreviousPage endCursor }
      edges { cursor node { id name sector membership eldership { code } representatives { person { displayName } } } }
    }
  }`;
type DirectoryPage = {
  organisations: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
    edges: { node: { id: string; name: string; sector: string; eldership: { code: string } | null } }[];
  };
};

let app: TestApp;
let factory: Factory;
let staff: GraphQLClient;
let vievio: Eldership;
let kietaviskiu: Eldership;

beforeAll(async () => {
  app = await createTestApp();
  factory = new Factory(app.orm);
  staff = await factory.signedIn(app, { role: PlatformRole.STAFF });
  vievio = await factory.eldership({ code: 'vievio', name: 'Vievio seniūnija' });
  kietaviskiu = await factory.eldership({ code: 'kietaviskiu', name: 'Kietaviškių seniūnija' });
  await factory.organisation({
    name: 'Elektrėnų kultūros centras',
    sector: Sector.PUBLIC,
    kind: OrganisationKind.CULTURAL_INSTITUTION,
    description: 'Renginiai Elektrėnuose',
  });
  await factory.organisation({
    name: 'Vievio bendruomenė',
    eldership: vievio,
    description: 'Kaimo bendruomenė prie Neries',
  });
  await factory.organisation({
    name: 'Ąžuolų kaimo bendruomenė',
    eldership: kietaviskiu,
    membership: Membership.APPLICANT,
  });
  await factory.organisation({
    name: 'UAB Žalioji duona',
    sector: Sector.BUSINESS,
    kind: OrganisationKind.COMPANY,
    eldership: vievio,
  });
  await factory.organisation({ name: 'Šventininkų draugija', membership: Membership.FORMER });
  await factory.organisation({
    name: 'Zarasų partneriai',
    scope: Scope.NATIONAL,
    membership: Membership.PARTNER,
    sector: Sector.PUBLIC,
    kind: OrganisationKind.MINISTRY,
  });
});

const names = (page: DirectoryPage) => page.organisations.edges.map((e) => e.node.name);

describe('the public directory', () => {
  it('sorts names in Lithuanian alphabetical order (Ą after A, Š after S, Ž after Z)', async () => {
    const page = await app.visitor().data<DirectoryPage>(directory, { first: 50 });
    expect(names(page)).toEqual([
      'Ąžuolų kaimo bendruomenė',
      'Elektrėnų kultūros centras',
      'Šventininkų draugija',
      'UAB Žalioji duona',
      'Vievio bendruomenė',
      'Zarasų partneriai',
    ]);
  });

  it('filters by sector, scope, membership and eldership together', async () => {
    const byEldership = await app.visitor().data<DirectoryPage>(directory, { filter: { elderships: ['vievio'] } });
    expect(names(byEldership)).toEqual(['UAB Žalioji duona', 'Vievio bendruomenė']);
    expect(byEldership.organisations.totalCount).toBe(2);

    const combined = await app.visitor().data<DirectoryPage>(directory, {
      filter: { elderships: ['vievio'], sector: ['BUSINESS'], membership: ['MEMBER'], scope: ['LOCAL'] },
    });
    expect(names(combined)).toEqual(['UAB Žalioji duona']);

    const partners = await app
      .visitor()
      .data<DirectoryPage>(directory, { filter: { membership: ['PARTNER', 'FORMER'] } });
    expect(names(partners)).toEqual(['Šventininkų draugija', 'Zarasų partneriai']);
  });

  it('finds Elektrėnų when you type elektrenu, and inflected forms of a word', async () => {
    const plain = await app.visitor().data<DirectoryPage>(directory, { filter: { search: 'elektrenu' } });
    expect(names(plain)).toEqual(['Elektrėnų kultūros centras']);

    const inflected = await app
      .visitor()
      .data<DirectoryPage>(directory, { filter: { search: 'bendruomenes' }, orderBy: 'RELEVANCE' });
    expect(names(inflected).sort()).toEqual(['Vievio bendruomenė', 'Ąžuolų kaimo bendruomenė'].sort());

    const prefix = await app.visitor().data<DirectoryPage>(directory, { filter: { search: 'ažuol' } });
    expect(names(prefix)).toEqual(['Ąžuolų kaimo bendruomenė']);

    const description = await app.visitor().data<DirectoryPage>(directory, { filter: { search: 'Elektrėnuose' } });
    expect(names(description)).toEqual(['Elektrėnų kultūros centras']);
  });

  it('treats search text as words, never as query syntax', async () => {
    const page = await app
      .visitor()
      .data<DirectoryPage>(directory, { filter: { search: `'); drop table organisation; -- & | ! :*` } });
    expect(page.organisations.totalCount).toBe(0);
    expect((await app.visitor().data<DirectoryPage>(directory, {})).organisations.totalCount).toBe(6);
  });

  it('pages with cursors through every ordering without gaps or repeats', async () => {
    for (const orderBy of ['NAME', 'NEWEST', 'MEMBER_SINCE']) {
      const seen: string[] = [];
      let after: string | null = null;
      let pages = 0;
      do {
        const page: DirectoryPage = await app.visitor().data<DirectoryPage>(directory, { first: 4, after, orderBy });
        seen.push(...names(page));
        expect(page.organisations.pageInfo.hasPreviousPage).toBe(after !== null);
        after = page.organisations.pageInfo.hasNextPage ? page.organisations.pageInfo.endCursor : null;
        pages++;
      } while (after);
      expect(pages, orderBy).toBe(2);
      expect(new Set(seen).size, orderBy).toBe(6);
    }
  });

  it('refuses page sizes over 100 and cursors of another ordering', async () => {
    const tooMany = await app.visitor().request(directory, { first: 101 });
    expect(tooMany.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'first' }] });

    const page = await app.visitor().data<DirectoryPage>(directory, { first: 1, orderBy: 'NAME' });
    const foreign = await app
      .visitor()
      .request(directory, { first: 1, orderBy: 'NEWEST', after: page.organisations.pageInfo.endCursor });
    expect(foreign.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'after' }] });
    const garbage = await app.visitor().request(directory, { after: 'not a cursor' });
    expect(garbage.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('finds one organisation by slug or id, and says null for an unknown one', async () => {
    const { organisation } = await app
      .visitor()
      .data(`{ organisation(slug: "vievio-bendruomene") { id name eldership { name } } }`);
    expect(organisation).toMatchObject({ name: 'Vievio bendruomenė', eldership: { name: 'Vievio seniūnija' } });
    // Every field of the type reads, times as ISO 8601 and dates as YYYY-MM-DD.
    const { organisation: full } = await app
      .visitor()
      .data(
        `{ organisation(slug: "vievio-bendruomene") { id slug name legalCode sector kind scope country membership memberSince memberUntil email phone address website description foundedOn registeredOn version createdAt updatedAt } }`,
      );
    expect(full.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
    expect(Number.isNaN(Date.parse(full.updatedAt))).toBe(false);
    const byId = await app
      .visitor()
      .data(`query ($id: ID) { organisation(id: $id) { slug } }`, { id: organisation.id });
    expect(byId.organisation.slug).toBe('vievio-bendruomene');
    expect((await app.visitor().data(`{ organisation(slug: "nera") { id } }`)).organisation).toBeNull();
    const unknownId = '00000000-0000-4000-8000-000000000000';
    expect((await app.visitor().data(`{ organisation(id: "${unknownId}") { id } }`)).organisation).toBeNull();
    // An id that cannot be one is bad input, named, not a silent null.
    const malformed = await app.visitor().request(`{ organisation(id: "x") { id } }`);
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'id' }] });
  });

  it('counts members by sector for the home page', async () => {
    const { directoryStats } = await app
      .visitor()
      .data(`{ directoryStats { memberCount membersBySector { sector count } } }`);
    expect(directoryStats).toEqual({
      memberCount: 3,
      membersBySector: [
        { sector: 'NGO', count: 1 },
        { sector: 'BUSINESS', count: 1 },
        { sector: 'PUBLIC', count: 1 },
      ],
    });
  });
});

describe('the count of the whole directory', () => {
  it('is kept by the database as organisations come and go, in bulk too', async () => {
    const isolated = await createTestApp();
    const total = async () =>
      (await isolated.visitor().data<DirectoryPage>(directory, { first: 1 })).organisations.totalCount;
    const knex = isolated.orm.em.getKnex();
    expect(await total()).toBe(0);

    const seed = new Factory(isolated.orm);
    const kept = await seed.organisation();
    await seed.organisation();
    expect(await total()).toBe(2);
    await knex('organisation').insert(
      Array.from({ length: 30 }, (_, i) => ({
        id: randomUUID(),
        slug: `kiekis-${i}`,
        name: `Kiekis ${i}`,
        sector: 'NGO',
        kind: 'ASSOCIATION',
        scope: 'LOCAL',
        membership: 'MEMBER',
      })),
    );
    expect(await total()).toBe(32);
    await knex('organisation').whereNot({ id: kept.id }).delete();
    expect(await total()).toBe(1);
    // A filtered list still counts what matches.
    const filtered = await isolated.visitor().data<DirectoryPage>(directory, { filter: { sector: ['BUSINESS'] } });
    expect(filtered.organisations.totalCount).toBe(0);
  });
});

describe('statements per directory page', () => {
  it('issues the same number of SQL statements for 10 and for 100 organisations with their representatives', async () => {
    const isolated = await createTestApp();
    const seed = new Factory(isolated.orm);
    const eldership = await seed.eldership();
    for (let i = 0; i < 100; i++) {
      const organisation = await seed.organisation({ name: `Organizacija ${String(i).padStart(3, '0')}`, eldership });
      if (i % 2 === 0) await seed.user({ represents: [organisation] });
    }
    const measure = async (first: number) => {
      const { result: page, statements } = await statementsDuring(isolated.orm, () =>
        isolated.visitor().data<DirectoryPage>(directory, { first }),
      );
      expect(page.organisations.edges).toHaveLength(first);
      return statements.length;
    };
    const forTen = await measure(10);
    const forHundred = await measure(100);
    expect(forHundred).toBe(forTen);
    // The page with its elderships, and the representatives with their people and the count asked
    // for as columns.
    expect(forTen).toBe(1);
  });
});

describe('the member register (staff)', () => {
  const create = `mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id slug name version membership memberSince } }`;
  const update = `mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id name description version sector } }`;
  const trail = `query ($id: ID) { organisation(id: $id) { auditTrail { action actor { displayName } changes } } }`;

  it('creates an organisation with a Lithuanian slug and an audit entry', async () => {
    const { createOrganisation } = await staff.data(create, {
      input: {
        name: 'Semeliškių amatų centras',
        sector: 'NGO',
        kind: 'ASSOCIATION',
        scope: 'LOCAL',
        membership: 'APPLICANT',
        eldershipId: vievio.id,
      },
    });
    expect(createOrganisation).toMatchObject({ slug: 'semeliskiu-amatu-centras', version: 1, membership: 'APPLICANT' });
    const again = await staff.data(create, {
      input: {
        name: 'Semeliškių amatų centras',
        sector: 'NGO',
        kind: 'ASSOCIATION',
        scope: 'LOCAL',
        membership: 'APPLICANT',
      },
    });
    expect(again.createOrganisation.slug).toBe('semeliskiu-amatu-centras-2');

    const { organisation } = await staff.data(trail, { id: createOrganisation.id });
    expect(organisation.auditTrail).toEqual([expect.objectContaining({ action: 'organisation.create' })]);
  });

  it('names each invalid field and creates nothing', async () => {
    const before = await app.orm.em.fork().count('Organisation');
    const result = await staff.request(create, {
      input: {
        name: 'X',
        sector: 'NGO',
        kind: 'ASSOCIATION',
        scope: 'LOCAL',
        membership: 'MEMBER',
        website: 'javascript:alert(1)',
        email: 'nope',
        legalCode: '12ab',
      },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.field).sort()).toEqual([
      'email',
      'legalCode',
      'name',
      'website',
    ]);
    expect(await app.orm.em.fork().count('Organisation')).toBe(before);
  });

  it('refuses a duplicate legal code with a field error', async () => {
    const input = { sector: 'BUSINESS', kind: 'COMPANY', scope: 'LOCAL', membership: 'MEMBER', legalCode: '302999111' };
    await staff.data(create, { input: { ...input, name: 'UAB Pirmoji' } });
    const result = await staff.request(create, { input: { ...input, name: 'UAB Antroji' } });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'legalCode', code: 'TAKEN' }],
    });
  });

  it('edits with optimistic locking: a stale version gets CONFLICT and overwrites nothing', async () => {
    const organisation = await factory.organisation({ name: 'Pastrėvio bendruomenė' });
    const first = await staff.data(update, {
      input: { id: organisation.id, version: 1, description: 'Pirmasis aprašymas' },
    });
    expect(first.updateOrganisation).toMatchObject({ version: 2, description: 'Pirmasis aprašymas' });

    const stale = await staff.request(update, { input: { id: organisation.id, version: 1, description: 'Pasenęs' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    const { organisation: after } = await app
      .visitor()
      .data(`query ($id: ID) { organisation(id: $id) { description version } }`, { id: organisation.id });
    expect(after).toEqual({ description: 'Pirmasis aprašymas', version: 2 });

    const { organisation: audited } = await staff.data(trail, { id: organisation.id });
    expect(audited.auditTrail[0].changes).toEqual({ description: { from: '', to: 'Pirmasis aprašymas' } });
  });

  it('lets a representative edit their own profile but not its sector, nor anyone else’s', async () => {
    const own = await factory.organisation({ name: 'Beižionių bendruomenė' });
    const other = await factory.organisation({ name: 'Kazokiškių bendruomenė' });
    const representative = await factory.signedIn(app, { represents: [own] });

    const edited = await representative.data(update, { input: { id: own.id, version: 1, description: 'Mūsų kaimas' } });
    expect(edited.updateOrganisation.description).toBe('Mūsų kaimas');

    const sector = await representative.request(update, { input: { id: own.id, version: 2, sector: 'BUSINESS' } });
    expect(sector.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'sector' }] });

    expect(
      await representative.errorCode(update, { input: { id: other.id, version: 1, description: 'Ne mūsų' } }),
    ).toBe('FORBIDDEN');
    expect(await app.visitor().errorCode(update, { input: { id: other.id, version: 1, description: 'Ne mūsų' } })).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('keeps a description in English beside the Lithuanian, shown where English is asked for', async () => {
    const own = await factory.organisation({ name: 'Pastrėvio jaunimo klubas' });
    const representative = await factory.signedIn(app, { represents: [own] });
    const { updateOrganisation } = await representative.data(
      `mutation ($input: UpdateOrganisationInput!) {
        updateOrganisation(input: $input) { description descriptionEn english: description(language: en) }
      }`,
      { input: { id: own.id, version: 1, description: 'Jaunimo klubas', descriptionEn: '  A youth club  ' } },
    );
    expect(updateOrganisation).toEqual({
      description: 'Jaunimo klubas',
      descriptionEn: 'A youth club',
      english: 'A youth club',
    });

    const inEnglish = `query ($slug: String!) { organisation(slug: $slug) { english: description(language: en) } }`;
    expect((await app.visitor().data(inEnglish, { slug: own.slug })).organisation.english).toBe('A youth club');

    // Emptied, English pages show the Lithuanian again.
    await representative.data(update, { input: { id: own.id, version: 2, descriptionEn: '' } });
    expect((await app.visitor().data(inEnglish, { slug: own.slug })).organisation.english).toBe('Jaunimo klubas');
  });

  it('changes membership with dates and a reason, kept in the audit trail', async () => {
    const organisation = await factory.organisation({ name: 'Gilučių jaunimas', membership: Membership.APPLICANT });
    const change = `mutation ($input: ChangeMembershipInput!) { changeMembership(input: $input) { membership memberSince memberUntil } }`;
    const joined = await staff.data(change, {
      input: {
        id: organisation.id,
        membership: 'MEMBER',
        since: '2024-03-01',
        reason: 'Priimta visuotiniame susirinkime',
      },
    });
    expect(joined.changeMembership).toEqual({ membership: 'MEMBER', memberSince: '2024-03-01', memberUntil: null });

    const badDates = await staff.request(change, {
      input: { id: organisation.id, membership: 'FORMER', until: '2020-01-01' },
    });
    expect(badDates.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'until' }] });

    const left = await staff.data(change, {
      input: { id: organisation.id, membership: 'FORMER', until: '2025-12-31' },
    });
    expect(left.changeMembership).toEqual({
      membership: 'FORMER',
      memberSince: '2024-03-01',
      memberUntil: '2025-12-31',
    });

    const { organisation: audited } = await staff.data(trail, { id: organisation.id });
    expect(audited.auditTrail.map((e: { action: string }) => e.action)).toEqual([
      'organisation.changeMembership',
      'organisation.changeMembership',
    ]);
    expect(audited.auditTrail[1].changes.reason).toBe('Priimta visuotiniame susirinkime');
  });
});

describe('invitations', () => {
  const invite = `mutation ($input: InviteRepresentativeInput!) { inviteRepresentative(input: $input) { token invitation { id email role } } }`;

  it('staff invite a person, who accepts with the link and then represents the organisation', async () => {
    const organisation = await factory.organisation({ name: 'Kietaviškių ūkininkai' });
    const person = await factory.user({ displayName: 'Rasa' });
    const { inviteRepresentative } = await staff.data(invite, {
      input: { organisationId: organisation.id, email: person.email, role: 'REPRESENTATIVE' },
    });
    expect(inviteRepresentative.token).toMatch(/^[\w-]{40,}$/);

    const preview = await app
      .visitor()
      .data(`query ($t: String!) { invitation(token: $t) { email role organisation { name } } }`, {
        t: inviteRepresentative.token,
      });
    expect(preview.invitation).toEqual({
      email: person.email,
      role: 'REPRESENTATIVE',
      organisation: { name: 'Kietaviškių ūkininkai' },
    });

    const stranger = await factory.signedIn(app);
    expect(
      await stranger.errorCode(`mutation ($t: String!) { acceptInvitation(token: $t) { id } }`, {
        t: inviteRepresentative.token,
      }),
    ).toBe('FORBIDDEN');

    const client = await app.client().signIn(person.email, 'correct horse battery staple');
    await client.data(`mutation ($t: String!) { acceptInvitation(token: $t) { role organisation { name } } }`, {
      t: inviteRepresentative.token,
    });
    const { organisation: after } = await app
      .visitor()
      .data(`query ($id: ID) { organisation(id: $id) { representatives { person { displayName } role } } }`, {
        id: organisation.id,
      });
    expect(after.representatives).toEqual([{ person: { displayName: 'Rasa' }, role: 'REPRESENTATIVE' }]);

    const reuse = await client.request(`mutation ($t: String!) { acceptInvitation(token: $t) { id } }`, {
      t: inviteRepresentative.token,
    });
    expect(reuse.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists open invitations to staff only, and lets staff revoke one', async () => {
    const organisation = await factory.organisation();
    const { inviteRepresentative } = await staff.data(invite, {
      input: { organisationId: organisation.id, email: 'kazkas@example.test', role: 'MEMBER' },
    });
    const query = `query ($id: ID) { organisation(id: $id) { invitations { id email } } }`;
    expect((await staff.data(query, { id: organisation.id })).organisation.invitations).toHaveLength(1);
    expect(await app.visitor().errorCode(query, { id: organisation.id })).toBe('UNAUTHENTICATED');

    await staff.data(`mutation ($id: ID!) { revokeInvitation(id: $id) { revokedAt } }`, {
      id: inviteRepresentative.invitation.id,
    });
    expect((await staff.data(query, { id: organisation.id })).organisation.invitations).toHaveLength(0);
    const preview = await app
      .visitor()
      .data(`query ($t: String!) { invitation(token: $t) { email } }`, { t: inviteRepresentative.token });
    expect(preview.invitation).toBeNull();
  });
});

describe('one organisation by id or by slug', () => {
  const one = `query ($id: ID, $slug: String) { organisation(id: $id, slug: $slug) { name } }`;

  it('finds it by either, and asks for exactly one of them', async () => {
    const organisation = await factory.organisation({ name: 'Adresų ir kodų draugija' });
    const visitor = app.visitor();
    expect((await visitor.data(one, { id: organisation.id })).organisation.name).toBe('Adresų ir kodų draugija');
    expect((await visitor.data(one, { slug: organisation.slug })).organisation.name).toBe('Adresų ir kodų draugija');
    for (const variables of [{}, { id: organisation.id, slug: organisation.slug }]) {
      const { errors } = await visitor.request(one, variables);
      expect(errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fields: [{ field: 'id', code: 'ID_OR_SLUG', message: 'give either id or slug' }],
      });
    }
  });
});
