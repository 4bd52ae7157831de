import { beforeAll, describe, expect, it, vi } from 'vitest';
import { PlatformRole } from '../accounts/account.enums.js';
import { Eldership } from '../organisations/eldership.entity.js';
import { Measure } from '../strategy/strategy.entity.js';
import { callInput, Factory, nextCallNumber } from '../../test/factories.js';
import type { GraphQLClient } from '../../test/graphql-client.js';
import { statementsDuring } from '../../test/statements.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { Viewer } from '../accounts/viewer.js';
import { RequestScope, type AppDependencies } from '../request-scope.js';
import { CallStatus } from './call.enums.js';
import { CallService } from './call.service.js';

const day = 86_400_000;
const inDays = (days: number) => new Date(Date.now() + days * day);
const iso = (date: Date) => date.toISOString();

const fields = `id number title titleEn body bodyEn bodyHtml phase opensAt closesAt secondsUntilOpen secondsUntilClose
  publishedAt budgetCents minSupportCents maxSupportCents maxIntensityPercent eligibleKinds version
  viewerCanEdit viewerCanPublish viewerPublishProblems viewerCanDelete
  measures { id code } elderships { id name }
  criteria { id position title titleEn description descriptionEn maxScore weight }
  annexes { id position title titleEn description descriptionEn required }
  questions { id position text textEn description descriptionEn kind options optionsEn required }
  amendments { number reason createdAt changes { field from to } }`;
const create = `mutation ($input: CallInput!) { createCall(input: $input) { ${fields} } }`;
const update = `mutation ($id: ID!, $version: Int!, $input: CallInput!, $reason: String) {
  updateCall(id: $id, version: $version, input: $input, reason: $reason) { ${fields} } }`;
const publish = `mutation ($id: ID!, $version: Int!) { publishCall(id: $id, version: $version) { ${fields} } }`;
const remove = `mutation ($id: ID!) { deleteCallDraft(id: $id) }`;
const byNumber = `query ($number: Int!) { call(number: $number) { ${fields} } }`;
const list = `query ($first: Int, $after: String, $phase: [CallPhase!]) {
  calls(first: $first, after: $after, phase: $phase) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { number phase } } } }`;

type CallData = Record<string, any>;

let app: TestApp;
let factory: Factory;
let staff: GraphQLClient;
let member: GraphQLClient;
let measure: Measure;
let otherMeasure: Measure;
let vievis: Eldership;
let semeliskes: Eldership;

beforeAll(async () => {
  app = await createTestApp();
  factory = new Factory(app.orm);
  staff = await factory.signedIn(app, { role: PlatformRole.STAFF, displayName: 'Rasa' });
  member = await factory.signedIn(app, { represents: [await factory.organisation()] });
  measure = await factory.measure({ code: 'VPS-7.1' });
  otherMeasure = await factory.measure({ code: 'VPS-7.2' });
  vievis = await factory.eldership({ code: 'vievio', name: 'Vievio seniūnija' });
  semeliskes = await factory.eldership({ code: 'semeliskiu', name: 'Semeliškių seniūnija' });
});

/** The input that leaves a call as it is: the edit form's starting point. */
function inputOf(call: CallData): CallData {
  return {
    number: call.number,
    title: call.title,
    titleEn: call.titleEn,
    body: call.body,
    bodyEn: call.bodyEn,
    measureIds: call.measures.map((m: CallData) => m.id),
    budgetCents: call.budgetCents,
    minSupportCents: call.minSupportCents,
    maxSupportCents: call.maxSupportCents,
    maxIntensityPercent: call.maxIntensityPercent,
    eligibleKinds: call.eligibleKinds,
    eldershipIds: call.elderships.map((e: CallData) => e.id),
    opensAt: call.opensAt,
    closesAt: call.closesAt,
    criteria: call.criteria.map(({ position: _, ...criterion }: CallData) => criterion),
    annexes: call.annexes.map(({ position: _, ...annex }: CallData) => annex),
    questions: call.questions.map(({ position: _, ...question }: CallData) => question),
  };
}

async function draft(overrides: Record<string, unknown> = {}): Promise<CallData> {
  return (await staff.data(create, { input: callInput(measure.id, overrides) })).createCall;
}

async function published(overrides: Record<string, unknown> = {}): Promise<CallData> {
  const call = await draft(overrides);
  return (await staff.data(publish, { id: call.id, version: call.version })).publishCall;
}

/** A call as stored, with a phase the test sets by its dates and status (written straight to the database). */
async function stored(overrides: Parameters<Factory['call']>[0] = {}): Promise<CallData> {
  const call = await factory.call(overrides, { measures: [measure] });
  return (await staff.data(byNumber, { number: call.number })).call;
}

const problems = (result: { errors?: { extensions?: Record<string, any> }[] }) =>
  (result.errors?.[0]?.extensions?.fields ?? []).map(({ field, code }: CallData) => ({ field, code }));

describe('staff drafting and publishing', () => {
  it('create a draft, edit it plainly and publish it, after which it is open by the clock', async () => {
    const call = await draft({ body: 'Kvietimas **bendruomenėms**.', eldershipIds: [vievis.id] });
    expect(call).toMatchObject({
      phase: 'DRAFT',
      publishedAt: null,
      secondsUntilClose: null,
      bodyHtml: '<p>Kvietimas <strong>bendruomenėms</strong>.</p>\n',
      measures: [{ code: 'VPS-7.1' }],
      elderships: [{ name: 'Vievio seniūnija' }],
      eligibleKinds: ['RURAL_COMMUNITY'],
      maxIntensityPercent: 80,
      criteria: [{ position: 1, title: 'Atitiktis VPS prioritetams', maxScore: 20, weight: 1.5 }],
      viewerCanEdit: true,
      viewerCanPublish: true,
      viewerPublishProblems: [],
      viewerCanDelete: true,
    });

    const { updateCall } = await staff.data(update, {
      id: call.id,
      version: call.version,
      input: { ...inputOf(call), title: 'Viešosios erdvės', eligibleKinds: ['ASSOCIATION', 'RURAL_COMMUNITY'] },
    });
    expect(updateCall).toMatchObject({ title: 'Viešosios erdvės', version: call.version + 1, amendments: [] });
    expect(updateCall.eligibleKinds).toEqual(['RURAL_COMMUNITY', 'ASSOCIATION']);

    const { publishCall } = await staff.data(publish, { id: call.id, version: updateCall.version });
    expect(publishCall).toMatchObject({
      phase: 'OPEN',
      viewerCanPublish: false,
      viewerCanDelete: false,
      viewerCanEdit: true,
      secondsUntilOpen: null,
    });
    expect(publishCall.publishedAt).not.toBeNull();
    expect(publishCall.secondsUntilClose).toBeGreaterThan(30 * 86_400 - 60);
    expect(publishCall.secondsUntilClose).toBeLessThanOrEqual(30 * 86_400);

    const audit = await app.orm.em.getKnex()('audit_entry').where({ entity_id: call.id }).orderBy('id');
    expect(audit.map((entry) => entry.action)).toEqual(['call.create', 'call.update', 'call.publish']);
    expect(audit[1].changes).toEqual({
      title: { from: call.title, to: 'Viešosios erdvės' },
      eligibleKinds: { from: 'RURAL_COMMUNITY', to: 'ASSOCIATION, RURAL_COMMUNITY' },
    });
  });

  it('delete a draft for good, and never a published call', async () => {
    const call = await draft();
    expect((await staff.data(remove, { id: call.id })).deleteCallDraft).toBe(true);
    expect((await staff.data(byNumber, { number: call.number })).call).toBeNull();
    const entries = await app.orm.em.getKnex()('audit_entry').where({ entity_id: call.id, action: 'call.deleteDraft' });
    expect(entries).toHaveLength(1);

    const live = await published();
    expect(problems(await staff.request(remove, { id: live.id }))).toEqual([{ field: 'id', code: 'NOT_A_DRAFT' }]);
    expect(problems(await staff.request(publish, { id: live.id, version: live.version }))).toEqual([
      { field: 'id', code: 'NOT_A_DRAFT' },
    ]);
  });

  it('refuse to publish a draft that lacks what applicants must know, naming each field', async () => {
    const call = await draft({
      measureIds: [],
      criteria: [],
      opensAt: iso(inDays(-10)),
      closesAt: iso(inDays(-1)),
    });
    expect(call.viewerCanPublish).toBe(false);
    expect(call.viewerPublishProblems).toEqual(['measureIds', 'criteria', 'closesAt']);
    expect(problems(await staff.request(publish, { id: call.id, version: call.version }))).toEqual([
      { field: 'measureIds', code: 'REQUIRED_TO_PUBLISH' },
      { field: 'criteria', code: 'REQUIRED_TO_PUBLISH' },
      { field: 'closesAt', code: 'DATE_IN_PAST' },
    ]);
    expect((await staff.data(byNumber, { number: call.number })).call.phase).toBe('DRAFT');
  });

  it('refuse others every write, and tell them they may not', async () => {
    const call = await draft();
    const visitor = app.visitor();
    for (const [client, code] of [
      [visitor, 'UNAUTHENTICATED'],
      [member, 'FORBIDDEN'],
    ] as const) {
      expect(await client.errorCode(create, { input: callInput(measure.id) })).toBe(code);
      expect(
        await client.errorCode(update, { id: call.id, version: call.version, input: inputOf(call), reason: 'Noriu' }),
      ).toBe(code);
      expect(await client.errorCode(publish, { id: call.id, version: call.version })).toBe(code);
      expect(await client.errorCode(remove, { id: call.id })).toBe(code);
    }
    const live = await published();
    const { call: seen } = await member.data(
      `query ($number: Int!) { call(number: $number) { viewerCanEdit viewerCanPublish viewerCanDelete viewerPublishProblems } }`,
      { number: live.number },
    );
    expect(seen).toEqual({
      viewerCanEdit: false,
      viewerCanPublish: false,
      viewerCanDelete: false,
      viewerPublishProblems: [],
    });
  });
});

describe('what people see', () => {
  it('never shows visitors or members a draft, by number or in the list', async () => {
    const call = await draft();
    for (const client of [app.visitor(), member]) {
      expect((await client.data(byNumber, { number: call.number })).call).toBeNull();
      const { calls } = await client.data(list, { first: 100 });
      expect(calls.edges.map((e: CallData) => e.node.number)).not.toContain(call.number);
      expect((await client.data(list, { phase: ['DRAFT'] })).calls.totalCount).toBe(0);
    }
    expect((await staff.data(byNumber, { number: call.number })).call.phase).toBe('DRAFT');
    const { calls } = await staff.data(list, { phase: ['DRAFT'], first: 100 });
    expect(calls.edges.map((e: CallData) => e.node.number)).toContain(call.number);
  });

  it('tells the phase and the time left by the database’s clock', async () => {
    const upcoming = await stored({ opensAt: inDays(2), closesAt: inDays(30) });
    const open = await stored({ opensAt: inDays(-1), closesAt: inDays(3) });
    const closed = await stored({ opensAt: inDays(-30), closesAt: inDays(-1) });
    const decided = await stored({ opensAt: inDays(-60), closesAt: inDays(-30), status: CallStatus.DECIDED });
    const drafted = await stored({ status: CallStatus.DRAFT, opensAt: inDays(-1), closesAt: inDays(3) });
    expect([upcoming, open, closed, decided, drafted].map((call) => call.phase)).toEqual([
      'UPCOMING',
      'OPEN',
      'CLOSED',
      'DECIDED',
      'DRAFT',
    ]);
    expect(upcoming.secondsUntilOpen).toBeGreaterThan(2 * 86_400 - 60);
    expect(upcoming.secondsUntilClose).toBeNull();
    expect(open.secondsUntilClose).toBeGreaterThan(3 * 86_400 - 60);
    expect(open.secondsUntilOpen).toBeNull();
    for (const call of [closed, decided, drafted]) {
      expect([call.secondsUntilOpen, call.secondsUntilClose]).toEqual([null, null]);
    }

    const closing = await stored({ opensAt: inDays(-1), closesAt: new Date(Date.now() + 3000) });
    expect(closing.phase).toBe('OPEN');
    await vi.waitFor(
      async () => expect((await app.visitor().data(byNumber, { number: closing.number })).call.phase).toBe('CLOSED'),
      { timeout: 8000, interval: 250 },
    );
  });
});

describe('validation', () => {
  it('names each field the form got wrong', async () => {
    const input = callInput(measure.id, {
      title: '   ',
      budgetCents: 0,
      maxIntensityPercent: 120,
      body: 'x'.repeat(50_001),
      criteria: [
        { title: 'Gerai', description: '', maxScore: 10, weight: 1 },
        { title: 'Blogai', description: '', maxScore: 0, weight: 0 },
      ],
      annexes: Array.from({ length: 31 }, (_, i) => ({ title: `Priedas ${i}`, description: '', required: false })),
    });
    expect(problems(await staff.request(create, { input }))).toEqual(
      expect.arrayContaining([
        { field: 'input.title', code: 'LENGTH' },
        { field: 'input.budgetCents', code: 'TOO_SMALL' },
        { field: 'input.maxIntensityPercent', code: 'TOO_LARGE' },
        { field: 'input.body', code: 'TOO_LONG' },
        { field: 'input.criteria.1.maxScore', code: 'TOO_SMALL' },
        { field: 'input.criteria.1.weight', code: 'TOO_SMALL' },
        { field: 'input.annexes', code: 'TOO_MANY' },
      ]),
    );
  });

  it('names what does not fit together or does not exist', async () => {
    const taken = await draft();
    const input = callInput(measure.id, {
      number: taken.number,
      minSupportCents: 5_000_000,
      maxSupportCents: 1_000_000,
      opensAt: iso(inDays(5)),
      closesAt: iso(inDays(1)),
      measureIds: [measure.id, '00000000-0000-4000-8000-000000000000'],
      eldershipIds: [vievis.id, vievis.id],
      criteria: [{ id: taken.criteria[0].id, title: 'Svetimas', description: '', maxScore: 10, weight: 1.255 }],
      questions: [
        { text: 'Kur?', description: '', kind: 'SINGLE_CHOICE', options: ['Vievyje'], required: true },
        { text: 'Kodėl?', description: '', kind: 'TEXT', options: ['Todėl'], required: true },
        { text: 'Kas?', description: '', kind: 'MULTIPLE_CHOICE', options: ['Jaunimas', 'Jaunimas '], required: true },
        { text: 'Ar?', description: '', kind: 'YES_NO', options: [], required: false },
      ],
    });
    expect(problems(await staff.request(create, { input }))).toEqual([
      { field: 'input.minSupportCents', code: 'TOO_LARGE' },
      { field: 'input.closesAt', code: 'DATE_ORDER' },
      { field: 'input.measureIds', code: 'UNKNOWN_REFERENCE' },
      { field: 'input.eldershipIds', code: 'DUPLICATE_ITEM' },
      { field: 'input.criteria.0.id', code: 'UNKNOWN_REFERENCE' },
      { field: 'input.criteria.0.weight', code: 'INVALID_FORMAT' },
      { field: 'input.questions.0.options', code: 'TOO_FEW' },
      { field: 'input.questions.1.options', code: 'TOO_MANY' },
      { field: 'input.questions.2.options', code: 'DUPLICATE_ITEM' },
      { field: 'input.number', code: 'TAKEN' },
    ]);
    const overBudget = callInput(measure.id, {
      budgetCents: 1_000_000,
      minSupportCents: 0,
      maxSupportCents: 2_000_000,
    });
    expect(problems(await staff.request(create, { input: overBudget }))).toEqual([
      { field: 'input.maxSupportCents', code: 'OVER_BUDGET' },
    ]);
  });
});

describe('amendments', () => {
  it('change a published call only with a reason, recording every changed field from and to', async () => {
    const call = await published({
      annexes: [{ title: 'Sąmata', description: '', required: true }],
      questions: [
        { text: 'Kiek gyventojų?', description: '', kind: 'NUMBER', options: [], required: true },
        { text: 'Ar yra partnerių?', description: '', kind: 'YES_NO', options: [], required: false },
      ],
    });
    const later = new Date(Date.parse(call.closesAt) + 7 * day);
    const input = {
      ...inputOf(call),
      budgetCents: 12_000_000,
      measureIds: [otherMeasure.id, measure.id],
      eldershipIds: [vievis.id, semeliskes.id],
      closesAt: iso(later),
      criteria: [{ ...inputOf(call).criteria[0], maxScore: 25 }],
      annexes: [...inputOf(call).annexes, { title: 'Partnerystės sutartis', description: '', required: false }],
      questions: [inputOf(call).questions[1]],
    };
    for (const reason of [undefined, '   ']) {
      expect(problems(await staff.request(update, { id: call.id, version: call.version, input, reason }))).toEqual([
        { field: 'reason', code: 'REQUIRED' },
      ]);
    }
    const { updateCall } = await staff.data(update, {
      id: call.id,
      version: call.version,
      input,
      reason: 'Pratęsiame terminą savaite, nes pareiškėjai prašė daugiau laiko.',
    });
    expect(updateCall.amendments).toEqual([
      {
        number: 1,
        reason: 'Pratęsiame terminą savaite, nes pareiškėjai prašė daugiau laiko.',
        createdAt: expect.any(String),
        changes: [
          { field: 'measures', from: 'VPS-7.1', to: 'VPS-7.1, VPS-7.2' },
          { field: 'budgetCents', from: '10000000', to: '12000000' },
          { field: 'elderships', from: null, to: 'Semeliškių seniūnija, Vievio seniūnija' },
          { field: 'closesAt', from: iso(new Date(call.closesAt)), to: iso(later) },
          { field: 'criteria.1.maxScore', from: '20', to: '25' },
          { field: 'annexes.2', from: null, to: 'Partnerystės sutartis' },
          { field: 'questions.1.position', from: '2', to: '1' },
          { field: 'questions.1', from: 'Kiek gyventojų?', to: null },
        ],
      },
    ]);
    expect(updateCall).toMatchObject({ budgetCents: 12_000_000, version: call.version + 1 });
    expect(Date.parse(updateCall.closesAt)).toBe(later.getTime());
    const [entry] = await app.orm.em.getKnex()('audit_entry').where({ entity_id: call.id, action: 'call.amend' });
    expect(entry.changes).toMatchObject({ amendment: 1, budgetCents: { from: '10000000', to: '12000000' } });

    // Applicants see it on the call's page.
    const { call: seen } = await app.visitor().data(byNumber, { number: call.number });
    expect(seen.amendments).toEqual(updateCall.amendments);
  });

  it('make no amendment and no new version when nothing changed', async () => {
    const call = await published();
    const { updateCall } = await staff.data(update, {
      id: call.id,
      version: call.version,
      input: { ...inputOf(call), title: `  ${call.title} `, eligibleKinds: [...call.eligibleKinds].reverse() },
      reason: 'Nieko nekeičiame',
    });
    expect(updateCall).toMatchObject({ version: call.version, amendments: [] });
  });

  it('keep the number of a published call, and its opening once applications have opened', async () => {
    const call = await published();
    const input = { ...inputOf(call), number: nextCallNumber(), opensAt: iso(inDays(1)) };
    expect(
      problems(await staff.request(update, { id: call.id, version: call.version, input, reason: 'Klaida' })),
    ).toEqual([
      { field: 'input.number', code: 'FROZEN' },
      { field: 'input.opensAt', code: 'FROZEN' },
    ]);

    const upcoming = await published({ opensAt: iso(inDays(3)), closesAt: iso(inDays(40)) });
    expect(upcoming.phase).toBe('UPCOMING');
    const { updateCall } = await staff.data(update, {
      id: upcoming.id,
      version: upcoming.version,
      input: { ...inputOf(upcoming), opensAt: iso(inDays(5)) },
      reason: 'Atidarome vėliau',
    });
    expect(updateCall.amendments[0].changes.map((c: CallData) => c.field)).toEqual(['opensAt']);
  });

  it('never move the closing into the past', async () => {
    const call = await published({ opensAt: iso(inDays(-10)) });
    const input = { ...inputOf(call), closesAt: iso(new Date(Date.now() - 60_000)) };
    expect(
      problems(await staff.request(update, { id: call.id, version: call.version, input, reason: 'Uždarome' })),
    ).toEqual([{ field: 'input.closesAt', code: 'DATE_IN_PAST' }]);
  });

  it('keep the criteria once applications have closed, other fields still change by amendment', async () => {
    const call = await stored({ opensAt: inDays(-30), closesAt: inDays(-1) });
    const changedCriteria = { ...inputOf(call), criteria: [{ ...inputOf(call).criteria[0], weight: 2 }] };
    expect(
      problems(
        await staff.request(update, { id: call.id, version: call.version, input: changedCriteria, reason: 'X' }),
      ),
    ).toEqual([{ field: 'input.criteria', code: 'FROZEN' }]);
    const { updateCall } = await staff.data(update, {
      id: call.id,
      version: call.version,
      input: { ...inputOf(call), title: 'Patikslintas pavadinimas' },
      reason: 'Rašybos klaida',
    });
    expect(updateCall.amendments.map((a: CallData) => a.changes)).toEqual([
      [{ field: 'title', from: call.title, to: 'Patikslintas pavadinimas' }],
    ]);
  });

  it('change nothing once the board has decided', async () => {
    const call = await stored({ status: CallStatus.DECIDED, opensAt: inDays(-60), closesAt: inDays(-30) });
    expect(call.viewerCanEdit).toBe(false);
    const input = { ...inputOf(call), title: 'Naujas' };
    expect(problems(await staff.request(update, { id: call.id, version: call.version, input, reason: 'X' }))).toEqual([
      { field: 'id', code: 'FROZEN' },
    ]);
  });

  it('answer an edit of an outdated version with CONFLICT and the current version', async () => {
    const call = await draft();
    const { updateCall } = await staff.data(update, {
      id: call.id,
      version: call.version,
      input: { ...inputOf(call), title: 'Pirmas' },
    });
    const stale = await staff.request(update, {
      id: call.id,
      version: call.version,
      input: { ...inputOf(call), title: 'Antras' },
    });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: updateCall.version });
    expect(await staff.errorCode(publish, { id: call.id, version: call.version })).toBe('CONFLICT');
    expect((await staff.data(byNumber, { number: call.number })).call.title).toBe('Pirmas');
  });
});

describe('English texts', () => {
  /** A call with English for some of its texts and none for others. */
  const partlyEnglish = {
    titleEn: '  Public spaces ',
    bodyEn: 'The call **text**.',
    criteria: [
      {
        title: 'Atitiktis VPS prioritetams',
        titleEn: 'Fit with the strategy',
        description: 'Kaip projektas atitinka prioritetus.',
        descriptionEn: 'How the project fits the priorities.',
        maxScore: 20,
        weight: 1.5,
      },
      { title: 'Nauda gyventojams', description: 'Kiek gyventojų naudosis.', maxScore: 10, weight: 1 },
    ],
    annexes: [{ title: 'Sąmata', titleEn: 'Budget', description: 'Išlaidų sąmata.', required: true }],
    questions: [
      {
        text: 'Kur?',
        textEn: 'Where?',
        description: '',
        kind: 'SINGLE_CHOICE',
        options: ['Vievyje', 'Semeliškėse'],
        optionsEn: [' In Vievis', 'In Semeliškės '],
        required: true,
      },
      { text: 'Kiek?', description: 'Apytiksliai.', kind: 'NUMBER', options: [], required: true },
    ],
  };
  const read = `query ($number: Int!, $language: Locale!) { call(number: $number) {
    title(language: $language) bodyHtml(language: $language) untranslated
    criteria { title(language: $language) description(language: $language) untranslated }
    annexes { title(language: $language) description(language: $language) untranslated }
    questions { text(language: $language) description(language: $language) options(language: $language) untranslated }
  } }`;

  it('keep what staff give, trimmed, for the form beside the Lithuanian', async () => {
    const call = await draft(partlyEnglish);
    expect(call).toMatchObject({
      title: expect.stringMatching(/^Kvietimas /),
      titleEn: 'Public spaces',
      bodyEn: 'The call **text**.',
      criteria: [
        { titleEn: 'Fit with the strategy', descriptionEn: 'How the project fits the priorities.' },
        { title: 'Nauda gyventojams', titleEn: null, descriptionEn: null },
      ],
      annexes: [{ title: 'Sąmata', titleEn: 'Budget', descriptionEn: null }],
      questions: [
        {
          text: 'Kur?',
          textEn: 'Where?',
          options: ['Vievyje', 'Semeliškėse'],
          optionsEn: ['In Vievis', 'In Semeliškės'],
        },
        { text: 'Kiek?', textEn: null, descriptionEn: null, optionsEn: [] },
      ],
    });
  });

  it('answer each reader in the language asked for, in Lithuanian where no English is given, saying which', async () => {
    const call = await published(partlyEnglish);
    const visitor = app.visitor();
    const lithuanian = (await visitor.data(read, { number: call.number, language: 'lt' })).call;
    expect(lithuanian).toEqual({
      title: call.title,
      bodyHtml: '<p>Kvietimo <strong>tekstas</strong>.</p>\n',
      untranslated: [],
      criteria: [
        { title: 'Atitiktis VPS prioritetams', description: 'Kaip projektas atitinka prioritetus.', untranslated: [] },
        {
          title: 'Nauda gyventojams',
          description: 'Kiek gyventojų naudosis.',
          untranslated: ['title', 'description'],
        },
      ],
      annexes: [{ title: 'Sąmata', description: 'Išlaidų sąmata.', untranslated: ['description'] }],
      questions: [
        { text: 'Kur?', description: '', options: ['Vievyje', 'Semeliškėse'], untranslated: [] },
        { text: 'Kiek?', description: 'Apytiksliai.', options: [], untranslated: ['text', 'description'] },
      ],
    });
    const english = (await visitor.data(read, { number: call.number, language: 'en' })).call;
    expect(english).toEqual({
      ...lithuanian,
      title: 'Public spaces',
      bodyHtml: '<p>The call <strong>text</strong>.</p>\n',
      criteria: [
        { title: 'Fit with the strategy', description: 'How the project fits the priorities.', untranslated: [] },
        lithuanian.criteria[1],
      ],
      annexes: [{ title: 'Budget', description: 'Išlaidų sąmata.', untranslated: ['description'] }],
      questions: [
        { text: 'Where?', description: '', options: ['In Vievis', 'In Semeliškės'], untranslated: [] },
        lithuanian.questions[1],
      ],
    });

    // Without English, the call's own texts answer in Lithuanian, and say so.
    const plain = await published();
    expect((await visitor.data(read, { number: plain.number, language: 'en' })).call).toMatchObject({
      title: plain.title,
      bodyHtml: plain.bodyHtml,
      untranslated: ['title', 'body'],
      questions: [{ text: 'Kiek gyventojų naudosis?', untranslated: ['text'] }],
    });
    const { calls } = await visitor.data(
      `query { calls(first: 100) { edges { node { number title(language: en) untranslated } } } }`,
    );
    const listed = (number: number) => calls.edges.find((edge: CallData) => edge.node.number === number).node;
    expect(listed(call.number)).toEqual({ number: call.number, title: 'Public spaces', untranslated: [] });
    expect(listed(plain.number)).toEqual({ number: plain.number, title: plain.title, untranslated: ['title', 'body'] });
  });

  it('drop an English text given empty, after which the English reader gets the Lithuanian', async () => {
    const call = await draft(partlyEnglish);
    const input = inputOf(call);
    const { updateCall } = await staff.data(update, {
      id: call.id,
      version: call.version,
      input: {
        ...input,
        titleEn: ' ',
        bodyEn: '',
        annexes: [{ ...input.annexes[0], titleEn: '' }],
        questions: [{ ...input.questions[0], optionsEn: ['', ' '] }, input.questions[1]],
      },
    });
    expect(updateCall).toMatchObject({
      titleEn: null,
      bodyEn: null,
      annexes: [{ titleEn: null }],
      questions: [{ optionsEn: [] }, {}],
    });
    expect((await staff.data(read, { number: call.number, language: 'en' })).call).toMatchObject({
      title: call.title,
      bodyHtml: call.bodyHtml,
      untranslated: ['title', 'body'],
      annexes: [{ title: 'Sąmata', untranslated: ['title', 'description'] }],
      questions: [{ text: 'Where?', options: ['Vievyje', 'Semeliškėse'], untranslated: ['options'] }, {}],
    });
  });

  it('are amended like any other field, and the same English with spaces around is no change', async () => {
    const call = await published(partlyEnglish);
    const input = inputOf(call);
    const same = await staff.data(update, {
      id: call.id,
      version: call.version,
      input: {
        ...input,
        titleEn: ` ${call.titleEn} `,
        criteria: [{ ...input.criteria[0], titleEn: 'Fit with the strategy ' }, input.criteria[1]],
      },
      reason: 'Nieko',
    });
    expect(same.updateCall).toMatchObject({ version: call.version, amendments: [] });

    const { updateCall } = await staff.data(update, {
      id: call.id,
      version: call.version,
      input: {
        ...input,
        titleEn: 'Public spaces and services',
        bodyEn: 'The call **text**, corrected.',
        criteria: [input.criteria[0], { ...input.criteria[1], descriptionEn: 'How many residents will use it.' }],
        questions: [{ ...input.questions[0], optionsEn: ['In Vievis', 'In Semeliškės town'] }, input.questions[1]],
      },
      reason: 'Patikslintas vertimas į anglų kalbą.',
    });
    expect(updateCall.amendments).toEqual([
      expect.objectContaining({
        number: 1,
        changes: [
          { field: 'titleEn', from: 'Public spaces', to: 'Public spaces and services' },
          { field: 'bodyEn', from: 'The call **text**.', to: 'The call **text**, corrected.' },
          { field: 'criteria.2.descriptionEn', from: null, to: 'How many residents will use it.' },
          {
            field: 'questions.1.optionsEn',
            from: 'In Vievis, In Semeliškės',
            to: 'In Vievis, In Semeliškės town',
          },
        ],
      }),
    ]);
    expect(updateCall.bodyHtml).toBe('<p>Kvietimo <strong>tekstas</strong>.</p>\n');
    const { call: seen } = await app.visitor().data(read, { number: call.number, language: 'en' });
    expect(seen).toMatchObject({
      title: 'Public spaces and services',
      bodyHtml: '<p>The call <strong>text</strong>, corrected.</p>\n',
      criteria: [{}, { description: 'How many residents will use it.', untranslated: ['title'] }],
      questions: [{ options: ['In Vievis', 'In Semeliškės town'] }, {}],
    });
  });

  it('take a question’s English choices one for each choice, or none, naming what does not fit', async () => {
    const question = (optionsEn: string[], kind = 'SINGLE_CHOICE') => ({
      text: 'Kur?',
      description: '',
      kind,
      options: kind === 'NUMBER' ? [] : ['Vievyje', 'Semeliškėse'],
      optionsEn,
      required: true,
    });
    const input = callInput(measure.id, {
      titleEn: 'x'.repeat(301),
      questions: [
        question(['In Vievis']),
        question(['In Vievis', 'In Semeliškės', 'Elsewhere']),
        question(['In Vievis', ' ']),
        question(['In Vievis', 'In Vievis']),
        question(['Somewhere'], 'NUMBER'),
        question(['', ''], 'NUMBER'),
      ],
    });
    expect(problems(await staff.request(create, { input }))).toEqual([{ field: 'input.titleEn', code: 'TOO_LONG' }]);
    expect(problems(await staff.request(create, { input: { ...input, titleEn: 'Where' } }))).toEqual([
      { field: 'input.questions.0.optionsEn', code: 'TOO_FEW' },
      { field: 'input.questions.1.optionsEn', code: 'TOO_MANY' },
      { field: 'input.questions.2.optionsEn', code: 'LENGTH' },
      { field: 'input.questions.3.optionsEn', code: 'DUPLICATE_ITEM' },
      { field: 'input.questions.4.optionsEn', code: 'TOO_MANY' },
    ]);
  });
});

describe('list items', () => {
  it('keep their identity across edits, in the order given', async () => {
    const call = await draft({
      criteria: [
        { title: 'A', description: '', maxScore: 10, weight: 1 },
        { title: 'B', description: '', maxScore: 10, weight: 1 },
        { title: 'C', description: '', maxScore: 10, weight: 1 },
      ],
      questions: [
        { text: 'Kur?', description: '', kind: 'SINGLE_CHOICE', options: ['Vievyje', 'Semeliškėse'], required: true },
        { text: 'Kiek?', description: '', kind: 'NUMBER', options: [], required: true },
      ],
    });
    const [a, b, c] = call.criteria;
    const noEnglish = { titleEn: null, descriptionEn: null };
    const [where, howMany] = call.questions;
    const { updateCall } = await staff.data(update, {
      id: call.id,
      version: call.version,
      input: {
        ...inputOf(call),
        criteria: [
          { id: c.id, title: 'C*', description: 'Patikslinta', maxScore: 15, weight: 2 },
          { title: 'D', description: '', maxScore: 5, weight: 1 },
          { id: a.id, title: 'A', description: '', maxScore: 10, weight: 1 },
        ],
        questions: [
          {
            id: where.id,
            text: 'Kur?',
            description: '',
            kind: 'MULTIPLE_CHOICE',
            options: ['Vievyje', 'Kietaviškėse'],
            required: false,
          },
        ],
      },
    });
    expect(updateCall.criteria).toEqual([
      { id: c.id, position: 1, title: 'C*', description: 'Patikslinta', maxScore: 15, weight: 2, ...noEnglish },
      { id: expect.any(String), position: 2, title: 'D', description: '', maxScore: 5, weight: 1, ...noEnglish },
      { id: a.id, position: 3, title: 'A', description: '', maxScore: 10, weight: 1, ...noEnglish },
    ]);
    expect([a.id, b.id, c.id]).not.toContain(updateCall.criteria[1].id);
    expect(updateCall.questions).toEqual([
      expect.objectContaining({ id: where.id, kind: 'MULTIPLE_CHOICE', options: ['Vievyje', 'Kietaviškėse'] }),
    ]);
    const left = await app.orm.em.getKnex()('call_question').where({ id: howMany.id });
    expect(left).toEqual([]);
  });
});

describe('the calls list', () => {
  it('orders open calls by closing, then upcoming by opening, drafts for staff, then closed by closing, newest first', async () => {
    const isolated = await createTestApp();
    const seed = new Factory(isolated.orm);
    const organiser = await seed.signedIn(isolated, { role: PlatformRole.STAFF });
    const make = async (overrides: Parameters<Factory['call']>[0]) => (await seed.call(overrides)).number;
    const openLater = await make({ opensAt: inDays(-5), closesAt: inDays(10) });
    const openSooner = await make({ opensAt: inDays(-5), closesAt: inDays(5) });
    const upcomingLater = await make({ opensAt: inDays(3), closesAt: inDays(30) });
    const upcomingSooner = await make({ opensAt: inDays(1), closesAt: inDays(30) });
    const closedRecently = await make({ opensAt: inDays(-20), closesAt: inDays(-1) });
    const closedLongAgo = await make({ opensAt: inDays(-40), closesAt: inDays(-10) });
    const decided = await make({ opensAt: inDays(-60), closesAt: inDays(-5), status: CallStatus.DECIDED });
    const drafted = await make({ status: CallStatus.DRAFT });

    const numbers = (data: CallData) => data.calls.edges.map((e: CallData) => e.node.number);
    const published = [openSooner, openLater, upcomingSooner, upcomingLater, closedRecently, decided, closedLongAgo];
    const visitor = isolated.visitor();
    const all = await visitor.data(list, { first: 100 });
    expect(numbers(all)).toEqual(published);
    expect(all.calls.totalCount).toBe(7);
    expect(numbers(await organiser.data(list, { first: 100 }))).toEqual([
      ...published.slice(0, 4),
      drafted,
      ...published.slice(4),
    ]);

    const first = await visitor.data(list, { first: 3 });
    expect(numbers(first)).toEqual(published.slice(0, 3));
    expect(first.calls.pageInfo.hasNextPage).toBe(true);
    const rest = await visitor.data(list, { first: 10, after: first.calls.pageInfo.endCursor });
    expect(numbers(rest)).toEqual(published.slice(3));
    expect(rest.calls.pageInfo.hasNextPage).toBe(false);

    expect(numbers(await visitor.data(list, { phase: ['OPEN'] }))).toEqual([openSooner, openLater]);
    expect(numbers(await visitor.data(list, { phase: ['CLOSED', 'DECIDED'] }))).toEqual(published.slice(4));

    const forged = await visitor.request(list, {
      after: Buffer.from('["CALLS","x;drop","00000000-0000-4000-8000-000000000000"]').toString('base64url'),
    });
    expect(problems(forged)).toEqual([{ field: 'after', code: 'INVALID_CURSOR' }]);
  });

  it('reads a page of 10 or 100 calls with every list in one statement, a call in one', async () => {
    const isolated = await createTestApp();
    const seed = new Factory(isolated.orm);
    const funded = await seed.measure();
    const place = await seed.eldership();
    const knex = isolated.orm.em.getKnex();
    for (let i = 0; i < 100; i++) {
      const call = await seed.call({ eligibleKinds: [] }, { measures: [funded] });
      await knex('call_eldership').insert({ call_id: call.id, eldership_id: place.id });
      await knex('call_amendment').insert({
        call_id: call.id,
        number: 1,
        reason: 'Pratęsta',
        changes: JSON.stringify([
          { field: 'closesAt', from: '2026-01-01T10:00:00.000Z', to: '2026-01-08T10:00:00.000Z' },
        ]),
      });
    }
    const everything = `query ($first: Int) { calls(first: $first) { totalCount edges { node {
      number title bodyHtml phase secondsUntilClose viewerCanEdit viewerCanPublish viewerPublishProblems
      english: title(language: en) englishHtml: bodyHtml(language: en) untranslated
      measures { code title } elderships { name } criteria { title untranslated } annexes { title untranslated }
      questions { text options(language: en) untranslated }
      amendments { reason } } } } }`;
    const measure = async (work: () => Promise<unknown>) =>
      (await statementsDuring(isolated.orm, work)).statements.length;
    const visitor = isolated.visitor();
    for (const first of [10, 100]) {
      let data: CallData = {};
      expect(await measure(async () => (data = await visitor.data(everything, { first })))).toBe(1);
      expect(data.calls.edges).toHaveLength(first);
      expect(data.calls.edges[0].node.amendments).toEqual([{ reason: 'Pratęsta' }]);
    }
    const number = (await seed.call({}, { measures: [funded] })).number;
    expect(await measure(() => visitor.data(byNumber, { number }))).toBe(1);
  });

  it('reads the lists of calls read without them (a call shown under another record) one statement per list for a batch', async () => {
    const [first, second] = [await factory.call(), await factory.call({}, { measures: [measure] })];
    const scope = new RequestScope({
      app: { orm: app.orm } as AppDependencies,
      em: app.orm.em.fork(),
      viewer: Viewer.visitor,
    });
    const calls = scope.get(CallService);
    const {
      result: [criteria, measures],
      statements,
    } = await statementsDuring(app.orm, () =>
      Promise.all([
        Promise.all([calls.listOf(first, 'criteria'), calls.listOf(second, 'criteria')]),
        Promise.all([calls.listOf(first, 'measures'), calls.listOf(second, 'measures')]),
      ]),
    );
    expect(statements).toHaveLength(2);
    expect(criteria.map((list) => list.map((c) => c.title))).toEqual([
      ['Atitiktis VPS prioritetams', 'Nauda gyventojams'],
      ['Atitiktis VPS prioritetams', 'Nauda gyventojams'],
    ]);
    expect(measures.map((list) => list.map((m) => m.code))).toEqual([[], ['VPS-7.1']]);
  });
});
