import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { PlatformRole } from '../accounts/account.enums.js';
import { today } from '../common/dates.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Scope } from '../organisations/organisation.enums.js';
import { Factory } from '../../test/factories.js';
import type { GraphQLClient } from '../../test/graphql-client.js';
import { statementsDuring } from '../../test/statements.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

const create = `mutation ($input: CreatePartnershipInput!) { createPartnership(input: $input) { id slug version status } }`;
const logActivity = `mutation ($input: LogActivityInput!) { logPartnershipActivity(input: $input) { id kind occurredOn summary createdBy { displayName } } }`;
const list = `query ($first: Int, $after: String, $filter: PartnershipFilter, $orderBy: PartnershipOrder) {
  partnerships(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { id title status parties { role organisation { name } } } }
  } }`;

let app: TestApp;
let factory: Factory;
let staff: GraphQLClient;
let latvian: Organisation;
let ministry: Organisation;

const daysFromToday = (days: number) => {
  const date = new Date(`${today()}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};
const titles = (data: any): string[] => data.partnerships.edges.map((e: any) => e.node.title);

beforeAll(async () => {
  app = await createTestApp();
  factory = new Factory(app.orm);
  staff = await factory.signedIn(app, { role: PlatformRole.STAFF, displayName: 'Rasa' });
  latvian = await factory.organisation({ name: 'Zaļās upes partnerība', country: 'LV', scope: Scope.INTERNATIONAL });
  ministry = await factory.organisation({ name: 'Žemės ūkio ministerija', scope: Scope.NATIONAL });
  await staff.data(create, {
    input: {
      title: 'Tarptautinis projektas su Latvija',
      kind: 'TRANSNATIONAL_PROJECT',
      scope: 'INTERNATIONAL',
      status: 'ACTIVE',
      startDate: '2025-01-01',
      publicDescription: 'Bendri kaimo turizmo maršrutai',
      internalNotes: 'Biudžetas dar derinamas',
      nextFollowUpOn: daysFromToday(10),
      parties: [{ organisationId: latvian.id, role: 'PARTNER' }],
      contacts: [{ name: 'Ilze Bērziņa', email: 'ilze@example.test', organisationId: latvian.id }],
    },
  });
  await staff.data(create, {
    input: {
      title: 'Memorandumas su ministerija',
      kind: 'MEMORANDUM',
      scope: 'NATIONAL',
      status: 'NEGOTIATING',
      nextFollowUpOn: daysFromToday(3),
      parties: [{ organisationId: ministry.id, role: 'PARTNER' }],
    },
  });
  await staff.data(create, {
    input: { title: 'Galima partnerystė su mokykla', kind: 'JOINT_PROJECT', scope: 'LOCAL', status: 'PROSPECT' },
  });
});

describe('the public cooperation overview', () => {
  it('shows visitors active and past partnerships only, with their public fields', async () => {
    const data = await app.visitor().data(list, {});
    expect(titles(data)).toEqual(['Tarptautinis projektas su Latvija']);
    expect(data.partnerships.edges[0].node.parties).toEqual([
      { role: 'PARTNER', organisation: { name: 'Zaļās upes partnerība' } },
    ]);
  });

  it('gives visitors nothing of the internal fields', async () => {
    const { data: found } = await app.visitor().request(`{ partnerships(first: 1) { edges { node { id } } } }`);
    const id = (found as any).partnerships.edges[0].node.id;
    const result = await app
      .visitor()
      .request(
        `query ($id: ID) { partnership(id: $id) { title internalNotes owner { displayName } nextFollowUpOn isOverdue activities { summary } contacts { name email } } }`,
        { id },
      );
    expect(result.data?.partnership).toEqual({
      title: 'Tarptautinis projektas su Latvija',
      internalNotes: null,
      owner: null,
      nextFollowUpOn: null,
      isOverdue: null,
      activities: null,
      contacts: null,
    });
    expect(new Set(result.errors?.map((e) => e.extensions?.code))).toEqual(new Set(['UNAUTHENTICATED']));
    expect(JSON.stringify(result)).not.toContain('Biudžetas');
    expect(JSON.stringify(result)).not.toContain('ilze@example.test');

    const member = await factory.signedIn(app);
    const asMember = await member.request(`query ($id: ID) { partnership(id: $id) { internalNotes } }`, { id });
    expect(asMember.data?.partnership).toEqual({ internalNotes: null });
    expect(asMember.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('does not reveal prospects, and refuses staff-only filters and orderings', async () => {
    const { partnerships } = await staff.data(list, { filter: { status: ['PROSPECT'] } });
    const id = partnerships.edges[0].node.id;
    expect(
      (await app.visitor().data(`query ($id: ID) { partnership(id: $id) { id } }`, { id })).partnership,
    ).toBeNull();
    expect(await app.visitor().errorCode(list, { filter: { followUpDueBefore: '2030-01-01' } })).toBe(
      'UNAUTHENTICATED',
    );
    expect(await app.visitor().errorCode(list, { orderBy: 'NEXT_FOLLOW_UP' })).toBe('UNAUTHENTICATED');
  });
});

describe('the tracker (staff)', () => {
  it('filters by scope, kind, status, country, party, owner, search and follow-up due', async () => {
    const me = (await staff.data(`{ me { id } }`)).me.id;
    expect(titles(await staff.data(list, { filter: { scope: ['INTERNATIONAL'] } }))).toEqual([
      'Tarptautinis projektas su Latvija',
    ]);
    expect(titles(await staff.data(list, { filter: { kind: ['MEMORANDUM'] } }))).toEqual([
      'Memorandumas su ministerija',
    ]);
    expect(titles(await staff.data(list, { filter: { country: 'LV' } }))).toEqual([
      'Tarptautinis projektas su Latvija',
    ]);
    expect(titles(await staff.data(list, { filter: { organisationId: ministry.id } }))).toEqual([
      'Memorandumas su ministerija',
    ]);
    expect((await staff.data(list, { filter: { ownerId: me } })).partnerships.totalCount).toBe(3);
    expect(titles(await staff.data(list, { filter: { search: 'turizmo' } }))).toEqual([
      'Tarptautinis projektas su Latvija',
    ]);
    expect(titles(await staff.data(list, { filter: { followUpDueBefore: daysFromToday(5) } }))).toEqual([
      'Memorandumas su ministerija',
    ]);
    expect(titles(await staff.data(list, { orderBy: 'NEXT_FOLLOW_UP' }))).toEqual([
      'Memorandumas su ministerija',
      'Tarptautinis projektas su Latvija',
      'Galima partnerystė su mokykla',
    ]);
  });

  it('refuses an end before the start and a follow-up in the past, changing nothing', async () => {
    const before = await staff.data(list, {});
    const result = await staff.request(create, {
      input: {
        title: 'Netinkamos datos',
        kind: 'MEMORANDUM',
        scope: 'LOCAL',
        startDate: '2026-05-01',
        endDate: '2026-04-30',
        nextFollowUpOn: '2020-01-01',
      },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'endDate' }, { field: 'nextFollowUpOn' }],
    });
    expect((await staff.data(list, {})).partnerships.totalCount).toBe(before.partnerships.totalCount);
  });

  it('logs an activity and sets the next follow-up in one step, audited', async () => {
    const { createPartnership } = await staff.data(create, {
      input: { title: 'Susitikimų partnerystė', kind: 'COOPERATION_AGREEMENT', scope: 'LOCAL', status: 'ACTIVE' },
    });
    const nextWeek = daysFromToday(7);
    const { logPartnershipActivity } = await staff.data(logActivity, {
      input: {
        partnershipId: createPartnership.id,
        kind: 'MEETING',
        occurredOn: today(),
        summary: 'Aptarėme bendrą renginį',
        peoplePresent: 'Rasa, Jonas',
        nextFollowUpOn: nextWeek,
      },
    });
    expect(logPartnershipActivity).toMatchObject({
      kind: 'MEETING',
      summary: 'Aptarėme bendrą renginį',
      createdBy: { displayName: 'Rasa' },
    });

    const { partnership } = await staff.data(
      `query ($id: ID) { partnership(id: $id) { nextFollowUpOn isOverdue activities { kind summary peoplePresent } } }`,
      { id: createPartnership.id },
    );
    expect(partnership).toEqual({
      nextFollowUpOn: nextWeek,
      isOverdue: false,
      activities: [{ kind: 'MEETING', summary: 'Aptarėme bendrą renginį', peoplePresent: 'Rasa, Jonas' }],
    });

    const audit = await app.orm.em.getKnex()('audit_entry').where({ entity_id: createPartnership.id }).orderBy('id');
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['partnership.create', 'partnership.logActivity']);

    const future = await staff.request(logActivity, {
      input: {
        partnershipId: createPartnership.id,
        kind: 'CALL',
        occurredOn: daysFromToday(2),
        summary: 'Dar neįvyko',
      },
    });
    expect(future.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'occurredOn' }] });
  });

  it('shows a follow-up as overdue once its date has passed, in the figures too', async () => {
    const { createPartnership } = await staff.data(create, {
      input: { title: 'Pamiršta partnerystė', kind: 'MEMORANDUM', scope: 'LOCAL', status: 'ACTIVE' },
    });
    // The date passes: the test moves the data, since the API refuses past follow-ups.
    await app.orm.em
      .getKnex()('partnership')
      .where({ id: createPartnership.id })
      .update({ next_follow_up_on: daysFromToday(-2) });
    const { partnership } = await staff.data(`query ($id: ID) { partnership(id: $id) { isOverdue } }`, {
      id: createPartnership.id,
    });
    expect(partnership.isOverdue).toBe(true);
    const { partnershipFigures } = await staff.data(
      `{ partnershipFigures { overdue { title } byStatus { status count } byScope { scope count } } }`,
    );
    expect(partnershipFigures.overdue).toEqual([{ title: 'Pamiršta partnerystė' }]);
    expect(partnershipFigures.byStatus.find((s: any) => s.status === 'PROSPECT').count).toBe(1);
    expect(partnershipFigures.byScope.map((s: any) => s.scope)).toEqual(['LOCAL', 'NATIONAL', 'INTERNATIONAL']);
  });

  it('names the owner of every partnership it returns to an admin, who owns none of them', async () => {
    const partner = await factory.organisation({ name: 'Savininko partneris' });
    const { createPartnership } = await staff.data(create, {
      input: {
        title: 'Partnerystė su savininke',
        kind: 'MEMORANDUM',
        scope: 'LOCAL',
        status: 'ACTIVE',
        parties: [{ organisationId: partner.id, role: 'PARTNER' }],
      },
    });
    await app.orm.em
      .getKnex()('partnership')
      .where({ id: createPartnership.id })
      .update({ next_follow_up_on: daysFromToday(-1) });
    const admin = await factory.signedIn(app, { role: PlatformRole.ADMIN });
    const rasa = { displayName: 'Rasa' };

    const { partnershipFigures } = await admin.data(
      `{ partnershipFigures { overdue { title owner { displayName } } } }`,
    );
    expect(partnershipFigures.overdue).toContainEqual({ title: 'Partnerystė su savininke', owner: rasa });
    const { partnerTimeline } = await admin.data(
      `query ($id: ID!) { partnerTimeline(organisationId: $id) { partnership { owner { displayName } } } }`,
      { id: partner.id },
    );
    expect(partnerTimeline).toEqual([{ partnership: { owner: rasa } }]);
    const { changePartnershipStatus } = await admin.data(
      `mutation ($input: ChangePartnershipStatusInput!) { changePartnershipStatus(input: $input) { owner { displayName } } }`,
      { input: { id: createPartnership.id, status: 'NEGOTIATING' } },
    );
    expect(changePartnershipStatus.owner).toEqual(rasa);
  });

  it('closes a partnership with an end date and clears its follow-up', async () => {
    const { createPartnership } = await staff.data(create, {
      input: {
        title: 'Baigiama partnerystė',
        kind: 'JOINT_PROJECT',
        scope: 'LOCAL',
        status: 'ACTIVE',
        startDate: '2024-01-01',
        nextFollowUpOn: daysFromToday(5),
      },
    });
    const { changePartnershipStatus } = await staff.data(
      `mutation ($input: ChangePartnershipStatusInput!) { changePartnershipStatus(input: $input) { status endDate nextFollowUpOn } }`,
      { input: { id: createPartnership.id, status: 'COMPLETED', endDate: '2026-06-30', reason: 'Projektas baigtas' } },
    );
    expect(changePartnershipStatus).toEqual({ status: 'COMPLETED', endDate: '2026-06-30', nextFollowUpOn: null });
  });

  it('edits with optimistic locking', async () => {
    const { createPartnership } = await staff.data(create, {
      input: { title: 'Redaguojama partnerystė', kind: 'MEMORANDUM', scope: 'LOCAL' },
    });
    const update = `mutation ($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { version publicDescription } }`;
    expect(
      (await staff.data(update, { input: { id: createPartnership.id, version: 1, publicDescription: 'Nauja' } }))
        .updatePartnership,
    ).toEqual({ version: 2, publicDescription: 'Nauja' });
    const stale = await staff.request(update, {
      input: { id: createPartnership.id, version: 1, publicDescription: 'Sena' },
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
  });

  it('replaces parties and contacts, keeping roles of those who stay and moving the version', async () => {
    const first = await factory.organisation({ name: 'Pirmoji šalis' });
    const second = await factory.organisation({ name: 'Antroji šalis' });
    const { createPartnership } = await staff.data(create, {
      input: {
        title: 'Šalių keitimas',
        kind: 'MEMORANDUM',
        scope: 'LOCAL',
        parties: [
          { organisationId: first.id, role: 'LEAD' },
          { organisationId: second.id, role: 'PARTNER' },
        ],
        contacts: [{ name: 'Jonas' }],
      },
    });
    const update = `mutation ($input: UpdatePartnershipInput!) { updatePartnership(input: $input) {
      version parties { role organisation { name } } contacts { name } } }`;
    const { updatePartnership } = await staff.data(update, {
      input: {
        id: createPartnership.id,
        version: 1,
        parties: [{ organisationId: first.id, role: 'PARTNER' }],
        contacts: [{ name: 'Jonas' }, { name: 'Petras' }],
      },
    });
    expect(updatePartnership).toEqual({
      version: 2,
      parties: [{ role: 'PARTNER', organisation: { name: 'Pirmoji šalis' } }],
      contacts: [{ name: 'Jonas' }, { name: 'Petras' }],
    });
    const untouched = await staff.data(update, {
      input: { id: createPartnership.id, version: 2, publicDescription: 'Tik aprašymas' },
    });
    expect(untouched.updatePartnership.parties).toEqual([{ role: 'PARTNER', organisation: { name: 'Pirmoji šalis' } }]);
  });

  it('tells a partner organisation’s timeline, newest first', async () => {
    const partner = await factory.organisation({ name: 'Laiko juostos partneris' });
    const { createPartnership } = await staff.data(create, {
      input: {
        title: 'Laiko juosta',
        kind: 'MEMORANDUM',
        scope: 'LOCAL',
        status: 'ACTIVE',
        startDate: '2025-03-01',
        parties: [{ organisationId: partner.id, role: 'PARTNER' }],
      },
    });
    await staff.data(logActivity, {
      input: {
        partnershipId: createPartnership.id,
        kind: 'LETTER',
        occurredOn: '2025-04-02',
        summary: 'Išsiuntėme laišką',
      },
    });
    await staff.data(logActivity, {
      input: {
        partnershipId: createPartnership.id,
        kind: 'AGREEMENT_SIGNED',
        occurredOn: '2025-05-10',
        summary: 'Pasirašėme',
      },
    });
    const { partnerTimeline } = await staff.data(
      `query ($id: ID!) { partnerTimeline(organisationId: $id) { on partnership { title } activity { kind } } }`,
      { id: partner.id },
    );
    expect(partnerTimeline).toEqual([
      { on: '2025-05-10', partnership: { title: 'Laiko juosta' }, activity: { kind: 'AGREEMENT_SIGNED' } },
      { on: '2025-04-02', partnership: { title: 'Laiko juosta' }, activity: { kind: 'LETTER' } },
      { on: '2025-03-01', partnership: { title: 'Laiko juosta' }, activity: null },
    ]);
  });
});

describe('exports', () => {
  const download = (format: string, lang: string, cookie?: string) =>
    fetch(`${app.url}/exports/partnerships.${format}?lang=${lang}`, { headers: cookie ? { cookie } : {} });

  it('gives staff a CSV of partnerships with activities, as a Lithuanian Excel opens it', async () => {
    const lt = await download('csv', 'lt', staff.cookie);
    expect(lt.status).toBe(200);
    expect(lt.headers.get('content-type')).toMatch(/text\/csv/);
    expect(lt.headers.get('content-disposition')).toMatch(
      new RegExp(`attachment; filename="partnerystes-${today()}\\.csv"`),
    );
    // A UTF-8 byte-order mark and ';' between fields: what Excel with Lithuanian settings expects.
    const bytes = new Uint8Array(await lt.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.subarray(3));
    const [header, ...rows] = text.trim().split('\n');
    expect(header).toBe(
      'Partnerystė;Rūšis;Mastas;Būsena;Šalys;Pradžia;Pabaiga;Atsakinga(s);Kitas susisiekimas;Veiklos data;Veiklos rūšis;Kas įvyko;Dalyviai',
    );
    expect(
      rows.some(
        (row) =>
          row.includes('Tarptautinis projektas su Latvija') &&
          row.includes('Zaļās upes partnerība') &&
          row.includes('Vykdoma'),
      ),
    ).toBe(true);
    expect(rows.some((row) => row.includes('Susitikimas') && row.includes('Aptarėme bendrą renginį'))).toBe(true);

    const en = await (await download('csv', 'en', staff.cookie)).text();
    expect(en.replace(/^\uFEFF/, '').split('\n')[0]).toMatch(/^Partnership;Kind;Scope;Status;Parties;/);
    expect(en).toContain('Transnational cooperation project');
  });

  it('gives staff an XLSX workbook with the same rows', async () => {
    const response = await download('xlsx', 'en', staff.cookie);
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await response.arrayBuffer()) as never);
    const sheet = workbook.getWorksheet('Partnerships')!;
    expect(sheet.getRow(1).getCell(1).value).toBe('Partnership');
    const values = sheet
      .getSheetValues()
      .flat()
      .filter((v) => typeof v === 'string');
    expect(values).toContain('Tarptautinis projektas su Latvija');
    expect(values).toContain('Aptarėme bendrą renginį');
  });

  it('refuses visitors and non-staff', async () => {
    expect((await download('csv', 'lt')).status).toBe(401);
    const member = await factory.signedIn(app);
    expect((await download('xlsx', 'lt', member.cookie)).status).toBe(403);
  });
});

describe('statements per page', () => {
  // A hundred partnerships with parties, contacts and activities take a while to put in place.
  it('issues the same number of SQL statements for 10 and for 100 partnerships with everything staff see', async () => {
    const isolated = await createTestApp();
    const seed = new Factory(isolated.orm);
    const organiser = await seed.signedIn(isolated, { role: PlatformRole.STAFF });
    const party = await seed.organisation();
    for (let i = 0; i < 100; i++) {
      const { createPartnership } = await organiser.data(create, {
        input: {
          title: `Partnerystė ${i}`,
          kind: 'MEMORANDUM',
          scope: 'LOCAL',
          status: 'ACTIVE',
          parties: [{ organisationId: party.id, role: 'PARTNER' }],
          contacts: [{ name: `Kontaktas ${i}` }],
        },
      });
      await organiser.data(logActivity, {
        input: { partnershipId: createPartnership.id, kind: 'NOTE', occurredOn: '2026-01-01', summary: `Pastaba ${i}` },
      });
    }
    const everything = `query ($first: Int) { partnerships(first: $first) { edges { node {
      title owner { displayName } parties { organisation { name } } relatedInitiatives { title }
      activities { summary createdBy { displayName } } contacts { name organisation { name } } } } } }`;
    const measure = async (first: number) => {
      const { result: data, statements } = await statementsDuring(isolated.orm, () =>
        organiser.data(everything, { first }),
      );
      expect(data.partnerships.edges).toHaveLength(first);
      return statements.length;
    };
    const forTen = await measure(10);
    // The session and its affiliations, the page with owners and parties, then one statement each for
    // the related initiatives, the activities with their authors, and the contacts of the whole page.
    expect(forTen).toBe(6);
    expect(await measure(100)).toBe(forTen);
  }, 90_000);
});
