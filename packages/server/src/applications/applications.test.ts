import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { PlatformRole } from '../accounts/account.enums.js';
import { CallQuestionKind, CallStatus } from '../calls/call.enums.js';
import { CoProposerStatus, InitiativeStatus } from '../initiatives/initiative.enums.js';
import type { Organisation } from '../organisations/organisation.entity.js';
import { Membership, OrganisationKind, Sector } from '../organisations/organisation.enums.js';
import { ApplicationFactory, type CallOptions } from '../../test/application-factories.js';
import { Factory } from '../../test/factories.js';
import type { GraphQLClient } from '../../test/graphql-client.js';
import { sampleFiles, uploadFile } from '../../test/sample-files.js';
import { statementsDuring } from '../../test/statements.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { fileUrl } from '../files/stored-file.resolver.js';
import { ApplicationStatus } from './application.enums.js';

const applicationFields = `id status version eligibleCostsCents statusReason firstSubmittedAt lastSubmittedAt
  viewerCanEdit viewerCanSubmit viewerCanWithdraw`;
const apply = `mutation ($call: ID!, $initiative: ID, $title: String, $org: ID) {
  applyToCall(callId: $call, initiativeId: $initiative, title: $title, organisationId: $org) {
    ${applicationFields} initiative { id title status leadOrganisation { id } } } }`;
const update = `mutation ($id: ID!, $v: Int!, $input: UpdateApplicationInput!) {
  updateApplication(id: $id, version: $v, input: $input) { ${applicationFields} answers { question { id kind } value } } }`;
const submit = `mutation ($id: ID!, $v: Int!) { submitApplication(id: $id, version: $v) { ${applicationFields} } }`;
const withdraw = `mutation ($id: ID!, $v: Int!, $r: String!) {
  withdrawApplication(id: $id, version: $v, reason: $r) { ${applicationFields} } }`;
const read = `query ($id: ID!) { application(id: $id) {
  ${applicationFields}
  problems { field code params }
  answers { question { id text } value }
  versions { number submittedAt submittedBy { displayName } snapshot }
  initiative { id status title }
  call { id number requestedSupportCents applicationCount }
} }`;
const problemsOf = `query ($id: ID!) { application(id: $id) { problems { field code params } } }`;

let app: TestApp;
let factory: Factory;
let calls: ApplicationFactory;
let staff: GraphQLClient;
let community: Organisation;
let ona: GraphQLClient;
let measure: { id: string };
let themeId: string;

const knex = () => app.orm.em.getKnex();

beforeAll(async () => {
  app = await createTestApp();
  factory = new Factory(app.orm);
  calls = new ApplicationFactory(app.orm);
  measure = await calls.measure();
  themeId = (await calls.theme()).id;
  community = await factory.organisation({ name: 'Kazokiškių bendruomenė' });
  staff = await factory.signedIn(app, { role: PlatformRole.STAFF, displayName: 'Rasa' });
  ona = await factory.signedIn(app, { represents: [community], displayName: 'Ona' });
});

afterEach(() => {
  vi.useRealTimers();
});

/** An open call funding `measure`, with a text and a yes/no question unless told otherwise. */
function openCall(options: CallOptions = {}) {
  return calls.call({
    measures: [measure],
    questions: [
      { kind: CallQuestionKind.TEXT, text: 'Kaip įtraukėte bendruomenę?' },
      { kind: CallQuestionKind.YES_NO, text: 'Ar PVM atgaunamas?' },
    ],
    ...options,
  });
}

/** A draft initiative complete for submission, led by `lead`. */
async function completeDraft(lead: Organisation = community, overrides: Record<string, unknown> = {}) {
  const initiative = await factory.initiative(lead, {
    status: InitiativeStatus.DRAFT,
    summary: 'Sporto aikštynas visiems',
    body: 'Atnaujinsime aikštyną.',
    measure: measure.id as never,
    estimatedBudgetCents: 2_000_000,
    requestedSupportCents: 1_000_000,
    ...overrides,
  });
  await knex()('initiative_theme').insert({ initiative_id: initiative.id, theme_id: themeId });
  return initiative;
}

/** A DRAFT application of a complete draft with every answer, ready to submit. */
async function readyApplication(options: CallOptions = {}, lead: Organisation = community) {
  const call = await openCall(options);
  const initiative = await completeDraft(lead);
  const application = await calls.application(call, initiative, {
    eligibleCostsCents: 1_500_000,
    answers: Object.fromEntries(
      call.questions.getItems().map((q) => [q.id, q.kind === CallQuestionKind.YES_NO ? false : 'Per susirinkimus']),
    ),
  });
  return { call, initiative, application: { id: application.id, version: application.version } };
}

async function problemCodes(client: GraphQLClient, id: string): Promise<string[]> {
  const { application } = await client.data(problemsOf, { id });
  return application.problems.map((p: { field: string; code: string }) => `${p.field}:${p.code}`);
}

describe('applying', () => {
  it('offers on an initiative the open calls its lead’s representatives may apply to with it, until it applies', async () => {
    const callsToApply = `query ($id: ID) { initiative(id: $id) { viewerCallsToApply { number phase } } }`;
    const open = await openCall();
    const closed = await openCall({
      opensAt: new Date(Date.now() - 3 * 86_400_000),
      closesAt: new Date(Date.now() - 1000),
    });
    const draft = await completeDraft();
    const offered = async (client: GraphQLClient) =>
      ((await client.data(callsToApply, { id: draft.id })).initiative?.viewerCallsToApply ?? []).map(
        (call: { number: number }) => call.number,
      );
    const numbers = await offered(ona);
    expect(numbers).toContain(open.number);
    expect(numbers).not.toContain(closed.number);
    // Staff check applications and write none; others' representatives are not its authors.
    expect(await offered(staff)).toEqual([]);
    const stranger = await factory.signedIn(app, { represents: [await factory.organisation()] });
    expect(await offered(stranger)).toEqual([]);

    await ona.data(apply, { call: open.id, initiative: draft.id });
    expect(await offered(ona)).toEqual([]);
  });

  it('starts a draft initiative for the application, led by the organisation the viewer represents', async () => {
    const call = await openCall();
    const { applyToCall } = await ona.data(apply, { call: call.id, title: 'Kazokiškių sporto aikštynas' });
    expect(applyToCall).toMatchObject({
      status: 'DRAFT',
      version: 1,
      viewerCanEdit: true,
      viewerCanSubmit: true,
      viewerCanWithdraw: true,
      initiative: { title: 'Kazokiškių sporto aikštynas', status: 'DRAFT', leadOrganisation: { id: community.id } },
    });
    const { myApplications } = await ona.data(`{ myApplications { id initiative { application { id } } } }`);
    expect(myApplications[0]).toEqual({ id: applyToCall.id, initiative: { application: { id: applyToCall.id } } });
    const [entry] = await knex()('audit_entry').where({ entity_id: applyToCall.id, action: 'application.apply' });
    expect(entry.changes).toMatchObject({ callId: call.id, newInitiative: true });
  });

  it('applies with an existing draft, once while an application is in progress, again after withdrawing', async () => {
    const call = await openCall();
    const other = await openCall();
    const initiative = await completeDraft();
    const { applyToCall } = await ona.data(apply, { call: call.id, initiative: initiative.id });
    const twice = await ona.request(apply, { call: other.id, initiative: initiative.id });
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(twice.errors?.[0]?.message).toMatch(/already has an application in progress/);
    const { withdrawApplication } = await ona.data(withdraw, { id: applyToCall.id, v: 1, r: 'Kitas kvietimas' });
    expect(withdrawApplication).toMatchObject({ status: 'WITHDRAWN', statusReason: 'Kitas kvietimas' });
    expect((await ona.data(apply, { call: other.id, initiative: initiative.id })).applyToCall.status).toBe('DRAFT');
  });

  it('refuses a call that is not open by the database’s clock, and a draft call as unknown', async () => {
    const initiative = await completeDraft();
    const upcoming = await openCall({ opensAt: new Date(Date.now() + 3_600_000) });
    const closed = await openCall({ opensAt: new Date(Date.now() - 7_200_000), closesAt: new Date(Date.now() - 1000) });
    const draft = await openCall({ status: CallStatus.DRAFT });
    for (const [call, code] of [
      [upcoming, 'CALL_NOT_OPEN'],
      [closed, 'CALL_NOT_OPEN'],
      [draft, 'UNKNOWN_REFERENCE'],
    ] as const) {
      const result = await ona.request(apply, { call: call.id, initiative: initiative.id });
      expect(result.errors?.[0]?.extensions?.fields).toEqual([expect.objectContaining({ field: 'callId', code })]);
    }
  });

  it('admits members, and others only of a kind the call admits', async () => {
    const partner = await factory.organisation({ membership: Membership.PARTNER, kind: OrganisationKind.SCHOOL });
    const teacher = await factory.signedIn(app, { represents: [partner] });
    const membersOnly = await openCall();
    const refused = await teacher.request(apply, { call: membersOnly.id, title: 'Mokyklos kiemas' });
    expect(refused.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'organisationId', code: 'NOT_ELIGIBLE' }),
    ]);
    const schools = await openCall({ eligibleKinds: [OrganisationKind.SCHOOL] });
    const { applyToCall } = await teacher.data(apply, { call: schools.id, title: 'Mokyklos kiemas' });
    expect(applyToCall.initiative.leadOrganisation.id).toBe(partner.id);
    const { myApplications } = await teacher.data(`{ myApplications { call { viewerCanApply } } }`);
    expect(myApplications).toEqual([{ call: { viewerCanApply: true } }]);
  });

  it('asks which organisation applies when the viewer represents several, and refuses others’ initiatives', async () => {
    const second = await factory.organisation();
    const both = await factory.signedIn(app, { represents: [community, second] });
    const call = await openCall();
    const unsure = await both.request(apply, { call: call.id, title: 'Kieno?' });
    expect(unsure.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'organisationId', code: 'REQUIRED' }),
    ]);
    expect((await both.data(apply, { call: call.id, title: 'Mūsų', org: second.id })).applyToCall.status).toBe('DRAFT');
    const stranger = await factory.signedIn(app, { represents: [await factory.organisation()] });
    const initiative = await completeDraft();
    expect(await stranger.errorCode(apply, { call: call.id, initiative: initiative.id })).toBe('NOT_FOUND');
    expect(await staff.errorCode(apply, { call: call.id, title: 'Už kitus', org: community.id })).toBe('FORBIDDEN');
  });
});

describe('answers', () => {
  it('take a choice by its Lithuanian, the text of record, while the questions read in the language asked for', async () => {
    const call = await openCall({
      questions: [
        {
          kind: CallQuestionKind.SINGLE_CHOICE,
          text: 'Kur?',
          textEn: 'Where?',
          options: ['Vievio seniūnija', 'Elektrėnų seniūnija'],
          optionsEn: ['Vievis eldership', 'Elektrėnai eldership'],
        },
      ],
    });
    const [question] = call.questions.getItems();
    const application = await calls.application(call, await completeDraft());
    const answer = (value: string) => ({
      id: application.id,
      v: 1,
      input: { answers: [{ questionId: question!.id, value }] },
    });
    const english = await ona.request(update, answer('Vievis eldership'));
    expect(english.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'answers.0.value', code: 'INVALID_CHOICE' }),
    ]);
    await ona.data(update, answer('Vievio seniūnija'));
    const { application: read } = await ona.data(
      `query ($id: ID!) { application(id: $id) {
        answers { question { text(language: en) options(language: en) untranslated } value } } }`,
      { id: application.id },
    );
    expect(read.answers).toEqual([
      {
        question: { text: 'Where?', options: ['Vievis eldership', 'Elektrėnai eldership'], untranslated: [] },
        value: 'Vievio seniūnija',
      },
    ]);
  });

  it('validates each answer by its question’s kind, naming the answer', async () => {
    const call = await openCall({
      questions: [
        { kind: CallQuestionKind.TEXT },
        { kind: CallQuestionKind.NUMBER },
        { kind: CallQuestionKind.SINGLE_CHOICE, options: ['Vievio seniūnija', 'Elektrėnų seniūnija'] },
        { kind: CallQuestionKind.MULTIPLE_CHOICE, options: ['Jaunimas', 'Senjorai'] },
        { kind: CallQuestionKind.YES_NO },
      ],
    });
    const [text, number, single, multiple, yesNo] = call.questions.getItems().map((q) => q.id);
    const application = await calls.application(call, await completeDraft());
    const bad = await ona.request(update, {
      id: application.id,
      v: 1,
      input: {
        answers: [
          { questionId: text, value: 'x'.repeat(5001) },
          { questionId: number, value: 'daug' },
          { questionId: single, value: 'Kauno seniūnija' },
          { questionId: multiple, value: ['Jaunimas', 'Vaikai'] },
          { questionId: yesNo, value: 'taip' },
          { questionId: application.id, value: 'kam?' },
        ],
      },
    });
    expect(bad.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'answers.0.value', code: 'TOO_LONG' }),
      expect.objectContaining({ field: 'answers.1.value', code: 'INVALID_FORMAT' }),
      expect.objectContaining({ field: 'answers.2.value', code: 'INVALID_CHOICE' }),
      expect.objectContaining({ field: 'answers.3.value', code: 'INVALID_CHOICE' }),
      expect.objectContaining({ field: 'answers.4.value', code: 'INVALID_FORMAT' }),
      expect.objectContaining({ field: 'answers.5.questionId', code: 'UNKNOWN_REFERENCE' }),
    ]);

    const { updateApplication } = await ona.data(update, {
      id: application.id,
      v: 1,
      input: {
        eligibleCostsCents: 1_500_000,
        answers: [
          { questionId: yesNo, value: true },
          { questionId: text, value: '  Per susirinkimą  ' },
          { questionId: number, value: 120 },
          { questionId: single, value: 'Vievio seniūnija' },
          { questionId: multiple, value: ['Senjorai', 'Jaunimas'] },
        ],
      },
    });
    expect(updateApplication.version).toBe(2);
    expect(updateApplication.eligibleCostsCents).toBe(1_500_000);
    expect(updateApplication.answers.map((a: { value: unknown }) => a.value)).toEqual([
      'Per susirinkimą',
      120,
      'Vievio seniūnija',
      ['Senjorai', 'Jaunimas'],
      true,
    ]);
    const cleared = await ona.data(update, {
      id: application.id,
      v: 2,
      input: {
        answers: [
          { questionId: text, value: ' ' },
          { questionId: number, value: null },
        ],
      },
    });
    expect(cleared.updateApplication.answers.slice(0, 2).map((a: { value: unknown }) => a.value)).toEqual([null, null]);
    const stale = await ona.request(update, { id: application.id, v: 2, input: { eligibleCostsCents: 1 } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 3 });
  });
});

describe('checks against the call', () => {
  it('finds nothing wrong with a complete application', async () => {
    const { application } = await readyApplication({
      minSupportCents: 500_000,
      maxSupportCents: 1_000_000,
      maxIntensityPercent: 80,
    });
    expect(await problemCodes(ona, application.id)).toEqual([]);
  });

  it('names every rule an application breaks, at the field the form shows it', async () => {
    const { call, initiative, application } = await readyApplication({
      minSupportCents: 1_200_000,
      maxIntensityPercent: 50,
    });
    await knex()('application').where({ id: application.id }).update({ eligible_costs_cents: 2_500_000 });
    await knex()('application_answer').where({ application_id: application.id }).delete();
    expect(await problemCodes(ona, application.id)).toEqual([
      'initiative.requestedSupportCents:BELOW_CALL_MINIMUM',
      'eligibleCostsCents:COSTS_OVER_BUDGET',
      ...call.questions.getItems().map((q) => `answers.${q.id}:ANSWER_REQUIRED`),
    ]);
    const { application: shown } = await ona.data(problemsOf, { id: application.id });
    expect(shown.problems[0].params).toEqual({ minSupportCents: 1_200_000 });
    await knex()('initiative')
      .where({ id: initiative.id })
      .update({ requested_support_cents: 1_300_000, summary: '', measure_id: (await calls.measure()).id });
    await knex()('application').where({ id: application.id }).update({ eligible_costs_cents: 2_000_000 });
    expect(await problemCodes(ona, application.id)).toEqual(
      expect.arrayContaining([
        'initiative.summary:REQUIRED_TO_SUBMIT',
        'initiative.measureId:MEASURE_NOT_IN_CALL',
        'initiative.requestedSupportCents:ABOVE_INTENSITY',
      ]),
    );
  });

  it('checks the maximum, the eligible costs and answers the call’s amendment made invalid', async () => {
    const { call, application } = await readyApplication({
      maxSupportCents: 900_000,
      questions: [{ kind: CallQuestionKind.SINGLE_CHOICE, options: ['Vievio seniūnija', 'Elektrėnų seniūnija'] }],
    });
    const [question] = call.questions.getItems();
    await knex()('application_answer')
      .insert({ application_id: application.id, question_id: question!.id, value: JSON.stringify('Vievio seniūnija') })
      .onConflict(['application_id', 'question_id'])
      .merge();
    await knex()('call_question')
      .where({ id: question!.id })
      .update({ options: ['Elektrėnų seniūnija', 'Kitur'] });
    await knex()('application').where({ id: application.id }).update({ eligible_costs_cents: null });
    expect(await problemCodes(ona, application.id)).toEqual([
      'initiative.requestedSupportCents:ABOVE_CALL_MAXIMUM',
      'eligibleCostsCents:REQUIRED_TO_SUBMIT',
      `answers.${question!.id}:INVALID_CHOICE`,
    ]);
  });

  it('checks that the lead is eligible and in the call’s area', async () => {
    const vievis = await factory.eldership();
    const elsewhere = await factory.eldership();
    const local = await factory.organisation({ eldership: vievis });
    const far = await factory.organisation({ eldership: elsewhere });
    const homeless = await factory.organisation();
    const rep = await factory.signedIn(app, { represents: [local, far, homeless] });
    const area = { elderships: [vievis] };
    const inArea = await readyApplication(area, local);
    expect(await problemCodes(rep, inArea.application.id)).toEqual([]);
    for (const lead of [far, homeless]) {
      const outside = await readyApplication(area, lead);
      expect(await problemCodes(rep, outside.application.id)).toEqual(['leadOrganisation:OUTSIDE_CALL_AREA']);
    }
    // Membership may end after applying: the application is checked as things stand.
    await knex()('organisation').where({ id: local.id }).update({ membership: Membership.PARTNER });
    expect(await problemCodes(rep, inArea.application.id)).toEqual(['leadOrganisation:NOT_ELIGIBLE']);
    await knex()('call_for_proposals')
      .where({ id: inArea.call.id })
      .update({ eligible_kinds: ['ASSOCIATION'] });
    expect(await problemCodes(rep, inArea.application.id)).toEqual([]);
  });

  it('refuses to submit with problems, listing them all, and changes nothing', async () => {
    const { application } = await readyApplication({ maxSupportCents: 100 });
    const result = await ona.request(submit, { id: application.id, v: application.version });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [
        expect.objectContaining({
          field: 'initiative.requestedSupportCents',
          code: 'ABOVE_CALL_MAXIMUM',
          params: { maxSupportCents: 100 },
        }),
      ],
    });
    const { application: after } = await ona.data(read, { id: application.id });
    expect(after).toMatchObject({ status: 'DRAFT', versions: [], initiative: { status: 'DRAFT' } });
  });
});

describe('the deadline, by the database’s clock', () => {
  /** Sets the call's closing time relative to the database's clock, e.g. `+ interval '2 seconds'`. */
  const closeAt = (callId: string, offset: string) =>
    knex().raw(`update call_for_proposals set closes_at = now() ${offset} where id = ?`, [callId]);

  it('accepts a submission a second before closing even when the server process thinks it is a day later', async () => {
    const { call, application } = await readyApplication();
    await closeAt(call.id, `+ interval '2 seconds'`);
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 24 * 3_600_000 });
    const { submitApplication } = await ona.data(submit, { id: application.id, v: application.version });
    expect(submitApplication.status).toBe('SUBMITTED');
  });

  it('refuses a submission a second after closing even when the client and the server process think it open', async () => {
    const { call, application } = await readyApplication();
    await closeAt(call.id, `+ interval '1 second'`);
    expect((await ona.data(read, { id: application.id })).application.viewerCanSubmit).toBe(true);
    // Wait for the database's clock, not ours, to pass the closing time.
    await vi.waitFor(
      async () => {
        const { rows } = await knex().raw(`select now() > closes_at as closed from call_for_proposals where id = ?`, [
          call.id,
        ]);
        expect(rows[0].closed).toBe(true);
      },
      { timeout: 5000, interval: 100 },
    );
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() - 3_600_000 });
    const result = await ona.request(submit, { id: application.id, v: application.version });
    expect(result.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'call', code: 'CALL_NOT_OPEN' }),
    ]);
    const { application: after } = await ona.data(read, { id: application.id });
    expect(after).toMatchObject({ status: 'DRAFT', viewerCanSubmit: false, versions: [] });
  });
});

describe('submitting', () => {
  it('freezes a version that later edits and amendments leave as it was', async () => {
    const { call, initiative, application } = await readyApplication();
    const { submitApplication } = await ona.data(submit, { id: application.id, v: application.version });
    expect(submitApplication).toMatchObject({ status: 'SUBMITTED', viewerCanEdit: false, viewerCanSubmit: false });
    expect(submitApplication.firstSubmittedAt).toBe(submitApplication.lastSubmittedAt);

    const { application: submitted } = await staff.data(read, { id: application.id });
    expect(submitted.initiative.status).toBe('SUBMITTED');
    expect(submitted.versions).toHaveLength(1);
    const [version] = submitted.versions;
    expect(version).toMatchObject({ number: 1, submittedBy: { displayName: 'Ona' } });
    expect(version.snapshot).toMatchObject({
      call: { id: call.id, number: call.number },
      eligibleCostsCents: 1_500_000,
      initiative: {
        id: initiative.id,
        title: initiative.title,
        summary: 'Sporto aikštynas visiems',
        requestedSupportCents: 1_000_000,
        estimatedBudgetCents: 2_000_000,
        leadOrganisation: { id: community.id, name: 'Kazokiškių bendruomenė' },
        coProposers: [],
      },
      answers: [
        expect.objectContaining({ text: 'Kaip įtraukėte bendruomenę?', value: 'Per susirinkimus' }),
        expect.objectContaining({ text: 'Ar PVM atgaunamas?', value: false }),
      ],
    });
    // The initiative was submitted with it, as submitting an initiative would.
    const { initiative: history } = await app
      .visitor()
      .data(
        `query ($id: ID) { initiative(id: $id) { statusHistory { fromStatus toStatus changedBy { displayName } } } }`,
        {
          id: initiative.id,
        },
      );
    expect(history.statusHistory).toEqual([
      { fromStatus: 'DRAFT', toStatus: 'SUBMITTED', changedBy: { displayName: 'Ona' } },
    ]);

    await knex()('initiative').where({ id: initiative.id }).update({ title: 'Pakeistas pavadinimas' });
    await knex()('call_question').where({ call_id: call.id }).update({ text: 'Perrašytas klausimas' });
    await knex()('application_answer')
      .where({ application_id: application.id })
      .update({ value: JSON.stringify(true) });
    const { application: later } = await staff.data(read, { id: application.id });
    expect(later.versions[0].snapshot).toEqual(version.snapshot);
    const [entry] = await knex()('audit_entry').where({ entity_id: application.id, action: 'application.submit' });
    expect(entry.changes).toMatchObject({
      status: { from: 'DRAFT', to: 'SUBMITTED' },
      versionNumber: 1,
      initiativeStatus: { from: 'DRAFT', to: 'SUBMITTED' },
    });
  });

  it('numbers a resubmission after a completion request and answers the open round', async () => {
    const { call, initiative, application } = await readyApplication();
    const first = (await ona.data(submit, { id: application.id, v: application.version })).submitApplication;
    await knex()('application').where({ id: application.id }).update({ status: 'COMPLETION_REQUESTED' });
    await knex()('initiative').where({ id: initiative.id }).update({ status: 'COMPLETION_REQUESTED' });
    const [round] = await knex()('completion_request')
      .insert({
        application_id: application.id,
        round: 1,
        items: ['budget'],
        reply_by: knex().raw(`now() + interval '5 days'`),
      })
      .returning('id');
    const { application: returned } = await ona.data(read, { id: application.id });
    expect(returned).toMatchObject({ status: 'COMPLETION_REQUESTED', viewerCanEdit: true, viewerCanSubmit: true });
    const question = call.questions.getItems()[0]!;
    const { updateApplication } = await ona.data(update, {
      id: application.id,
      v: returned.version,
      input: { answers: [{ questionId: question.id, value: 'Per susirinkimus ir apklausą' }] },
    });
    // The call has closed meanwhile: a resubmission keeps to its round's reply-by time instead.
    await knex().raw(`update call_for_proposals set closes_at = now() - interval '1 day' where id = ?`, [call.id]);
    const { submitApplication } = await ona.data(submit, { id: application.id, v: updateApplication.version });
    expect(submitApplication.status).toBe('SUBMITTED');
    expect(submitApplication.firstSubmittedAt).toBe(first.firstSubmittedAt);
    expect(submitApplication.lastSubmittedAt > first.lastSubmittedAt).toBe(true);

    const { application: resubmitted } = await staff.data(read, { id: application.id });
    // The initiative, returned with its application, is submitted again with it.
    expect(resubmitted.initiative.status).toBe('SUBMITTED');
    expect(resubmitted.versions.map((v: { number: number }) => v.number)).toEqual([1, 2]);
    expect(resubmitted.versions[0].snapshot.answers[0].value).toBe('Per susirinkimus');
    expect(resubmitted.versions[1].snapshot.answers[0].value).toBe('Per susirinkimus ir apklausą');
    const answered = await knex()('completion_request').where({ id: round.id }).first();
    const [version2] = await knex()('application_version').where({ application_id: application.id, number: 2 });
    expect(answered.answered_version_id).toBe(version2.id);
    expect(answered.answered_at).not.toBeNull();
  });

  it('refuses a resubmission after the round’s reply-by time', async () => {
    const { application } = await readyApplication();
    await ona.data(submit, { id: application.id, v: application.version });
    await knex()('application').where({ id: application.id }).update({ status: 'COMPLETION_REQUESTED' });
    await knex()('completion_request').insert({
      application_id: application.id,
      round: 1,
      items: ['budget'],
      reply_by: knex().raw(`now() - interval '1 second'`),
    });
    const { application: returned } = await ona.data(read, { id: application.id });
    expect(returned.viewerCanSubmit).toBe(false);
    expect(returned.problems).toEqual([expect.objectContaining({ field: 'completionRequest', code: 'REPLY_OVERDUE' })]);
    expect(await ona.errorCode(submit, { id: application.id, v: returned.version })).toBe('BAD_USER_INPUT');
  });
});

describe('who reads and writes an application', () => {
  it('shows it to its authors and staff only; for anyone else it does not exist', async () => {
    const { initiative, application } = await readyApplication();
    expect((await staff.data(read, { id: application.id })).application.viewerCanEdit).toBe(false);
    const stranger = await factory.signedIn(app, { represents: [await factory.organisation()] });
    expect(await stranger.errorCode(read, { id: application.id })).toBe('NOT_FOUND');
    expect(await app.visitor().errorCode(read, { id: application.id })).toBe('UNAUTHENTICATED');
    await ona.data(submit, { id: application.id, v: application.version });
    const publicView = `query ($id: ID) { initiative(id: $id) { status application { id } } }`;
    expect((await app.visitor().data(publicView, { id: initiative.id })).initiative).toEqual({
      status: 'SUBMITTED',
      application: null,
    });
    expect((await ona.data(publicView, { id: initiative.id })).initiative.application).toEqual({ id: application.id });
  });

  it('lets accepted co-proposers co-write the draft and the application, and only the lead submit', async () => {
    const school = await factory.organisation({ membership: Membership.PARTNER, kind: OrganisationKind.SCHOOL });
    const invited = await factory.organisation();
    const teacher = await factory.signedIn(app, { represents: [school] });
    const guest = await factory.signedIn(app, { represents: [invited] });
    const { call, initiative, application } = await readyApplication();
    await knex()('co_proposer').insert([
      { initiative_id: initiative.id, organisation_id: school.id, status: CoProposerStatus.ACCEPTED },
      { initiative_id: initiative.id, organisation_id: invited.id, status: CoProposerStatus.INVITED },
    ]);
    const rights = `query ($id: ID) { initiative(id: $id) { version viewerCanEdit viewerTransitions viewerSubmissionProblems } }`;
    expect((await teacher.data(rights, { id: initiative.id })).initiative).toMatchObject({
      viewerCanEdit: true,
      viewerTransitions: [],
    });
    const edit = `mutation ($input: UpdateInitiativeInput!) { updateInitiative(input: $input) { summary } }`;
    const edited = await teacher.data(edit, {
      input: { id: initiative.id, version: initiative.version, summary: 'Kartu su mokykla' },
    });
    expect(edited.updateInitiative.summary).toBe('Kartu su mokykla');
    expect((await guest.data(rights, { id: initiative.id })).initiative.viewerCanEdit).toBe(false);
    expect(await guest.errorCode(edit, { input: { id: initiative.id, version: 2, summary: 'Ne mūsų' } })).toBe(
      'FORBIDDEN',
    );
    expect(
      await teacher.errorCode(
        `mutation ($i: ID!, $o: ID!) { inviteCoProposer(initiativeId: $i, organisationId: $o) { status } }`,
        { i: initiative.id, o: (await factory.organisation()).id },
      ),
    ).toBe('FORBIDDEN');

    const { application: shared } = await teacher.data(read, { id: application.id });
    expect(shared).toMatchObject({ viewerCanEdit: true, viewerCanSubmit: false, viewerCanWithdraw: false });
    const question = call.questions.getItems()[0]!;
    const { updateApplication } = await teacher.data(update, {
      id: application.id,
      v: shared.version,
      input: { answers: [{ questionId: question.id, value: 'Mokiniai ir tėvai' }] },
    });
    expect(await guest.errorCode(read, { id: application.id })).toBe('NOT_FOUND');
    expect(await teacher.errorCode(submit, { id: application.id, v: updateApplication.version })).toBe('FORBIDDEN');
    expect(
      await teacher.errorCode(withdraw, { id: application.id, v: updateApplication.version, r: 'Nebenorime' }),
    ).toBe('FORBIDDEN');
    const { submitApplication } = await ona.data(submit, { id: application.id, v: updateApplication.version });
    expect(submitApplication.status).toBe('SUBMITTED');
    const { application: submitted } = await teacher.data(read, { id: application.id });
    expect(submitted.versions[0].snapshot.initiative.coProposers).toEqual([expect.objectContaining({ id: school.id })]);
    const { myApplications } = await teacher.data(`{ myApplications { id } }`);
    expect(myApplications).toEqual([{ id: application.id }]);
  });

  it('lets only the lead withdraw, with a reason, until the application is out of the running', async () => {
    const { application } = await readyApplication();
    await knex()('application').where({ id: application.id }).update({ status: ApplicationStatus.INELIGIBLE });
    const { application: ineligible } = await ona.data(read, { id: application.id });
    expect(ineligible.viewerCanWithdraw).toBe(false);
    const result = await ona.request(withdraw, { id: application.id, v: ineligible.version, r: 'Per vėlu' });
    expect(result.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'id', code: 'ILLEGAL_TRANSITION' }),
    ]);
  });
});

describe('support', () => {
  const endorse = `mutation ($input: EndorseInput!) { endorseInitiative(input: $input) { id } }`;
  const counts = `query ($id: ID) { initiative(id: $id) {
    endorsementCount memberEndorsementCount partnerEndorsementCount viewerEndorsementOptions { canEndorse refusal } } }`;

  it('refuses support from an organisation that co-proposes the initiative or is invited to', async () => {
    const accepted = await factory.organisation();
    const invited = await factory.organisation();
    const initiative = await factory.initiative(community, {}, [
      { organisation: accepted, status: CoProposerStatus.ACCEPTED },
      { organisation: invited, status: CoProposerStatus.INVITED },
    ]);
    for (const organisation of [accepted, invited]) {
      const rep = await factory.signedIn(app, { represents: [organisation] });
      expect((await rep.data(counts, { id: initiative.id })).initiative.viewerEndorsementOptions).toEqual([
        { canEndorse: false, refusal: 'CO_PROPOSER_ITSELF' },
      ]);
      const result = await rep.request(endorse, {
        input: { initiativeId: initiative.id, organisationId: organisation.id },
      });
      expect(result.errors?.[0]?.extensions?.fields).toEqual([
        expect.objectContaining({ field: 'organisationId', code: 'CO_PROPOSER_ITSELF' }),
      ]);
    }
    const neighbour = await factory.organisation();
    const both = await factory.signedIn(app, { represents: [accepted, neighbour] });
    const options = (await both.data(counts, { id: initiative.id })).initiative.viewerEndorsementOptions;
    expect(options).toContainEqual({ canEndorse: true, refusal: null });
  });

  it('counts members and partners among supporters apart', async () => {
    const initiative = await factory.initiative(community);
    const member = await factory.organisation();
    const partner = await factory.organisation({ membership: Membership.PARTNER, sector: Sector.BUSINESS });
    const formerPartner = await factory.organisation({ membership: Membership.PARTNER });
    for (const organisation of [member, partner, formerPartner]) {
      const rep = await factory.signedIn(app, { represents: [organisation] });
      await rep.data(endorse, { input: { initiativeId: initiative.id, organisationId: organisation.id } });
    }
    // Support given as a partner stays; counted by what the organisation is now, not a member.
    await knex()('organisation').where({ id: formerPartner.id }).update({ membership: Membership.FORMER });
    expect((await app.visitor().data(counts, { id: initiative.id })).initiative).toEqual({
      endorsementCount: 3,
      memberEndorsementCount: 1,
      partnerEndorsementCount: 2,
      viewerEndorsementOptions: [],
    });
    const { initiatives } = await app
      .visitor()
      .data(
        `query ($org: ID) { initiatives(first: 5, filter: { leadOrganisationId: $org }) { edges { node { id memberEndorsementCount partnerEndorsementCount } } } }`,
        { org: community.id },
      );
    expect(initiatives.edges.find((e: { node: { id: string } }) => e.node.id === initiative.id).node).toMatchObject({
      memberEndorsementCount: 1,
      partnerEndorsementCount: 2,
    });
  });
});

describe('the call’s demand', () => {
  it('sums the support requested by applications submitted, being completed and in evaluation', async () => {
    const call = await openCall();
    const statuses = [
      [ApplicationStatus.DRAFT, 100],
      [ApplicationStatus.SUBMITTED, 1_000],
      [ApplicationStatus.COMPLETION_REQUESTED, 20_000],
      [ApplicationStatus.PASSED_TO_EVALUATION, 300_000],
      [ApplicationStatus.INELIGIBLE, 4_000_000],
      [ApplicationStatus.WITHDRAWN, 50_000_000],
    ] as const;
    let mine = '';
    for (const [status, requested] of statuses) {
      const initiative = await completeDraft(community, {
        requestedSupportCents: requested,
        estimatedBudgetCents: 100_000_000,
      });
      const application = await calls.application(call, initiative, { status });
      if (status === ApplicationStatus.DRAFT) mine = application.id;
    }
    const { application } = await ona.data(
      `query ($id: ID!) { application(id: $id) { call { requestedSupportCents applicationCount viewerCanApply viewerApplications { status } } } }`,
      { id: mine },
    );
    expect(application.call).toMatchObject({
      requestedSupportCents: 321_000,
      applicationCount: 3,
      viewerCanApply: true,
    });
    expect(application.call.viewerApplications).toHaveLength(statuses.length);
  });
});

describe('annexes', () => {
  const attach = `mutation ($a: ID!, $c: ID, $f: ID!) { attachApplicationAnnex(applicationId: $a, callAnnexId: $c, fileId: $f) {
    annexes { id callAnnex { id } file { id name url } uploadedBy { displayName } } } }`;
  const remove = `mutation ($id: ID!) { removeApplicationAnnex(id: $id) { annexes { id } } }`;

  async function upload(client: GraphQLClient, name: string): Promise<{ id: string; name: string }> {
    const response = await uploadFile(app.url, client.cookie, sampleFiles.pdf(name), name);
    expect(response.status).toBe(201);
    return (await response.json()) as { id: string; name: string };
  }

  const download = (file: { id: string; name: string }, client?: GraphQLClient) =>
    fetch(`${app.url}${fileUrl(file)}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });

  it('asks for every required annex, freezes the files attached and keeps them for the versions after removal', async () => {
    const { call, application } = await readyApplication({
      annexes: [{ title: 'Sąmata' }, { title: 'Partnerystės sutartis', required: false }],
    });
    const [estimate, partnership] = call.annexes.getItems();
    expect(await problemCodes(ona, application.id)).toEqual([`annexes.${estimate!.id}:ANNEX_REQUIRED`]);

    const file = await upload(ona, 'Sąmata.pdf');
    const { attachApplicationAnnex } = await ona.data(attach, { a: application.id, c: estimate!.id, f: file.id });
    expect(attachApplicationAnnex.annexes).toEqual([
      expect.objectContaining({ callAnnex: { id: estimate!.id }, file: expect.objectContaining({ id: file.id }) }),
    ]);
    expect(await problemCodes(ona, application.id)).toEqual([]);
    const again = await ona.request(attach, { a: application.id, c: partnership!.id, f: file.id });
    expect(again.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'fileId', code: 'FILE_UNAVAILABLE' }),
    ]);
    const foreign = await ona.request(attach, {
      a: application.id,
      c: (await openCall({ annexes: [{}] })).annexes.getItems()[0]!.id,
      f: (await upload(ona, 'Kita.pdf')).id,
    });
    expect(foreign.errors?.[0]?.extensions?.fields).toEqual([
      expect.objectContaining({ field: 'callAnnexId', code: 'UNKNOWN_REFERENCE' }),
    ]);

    const { submitApplication } = await ona.data(submit, { id: application.id, v: application.version });
    expect(submitApplication.status).toBe('SUBMITTED');
    const { rows } = await knex().raw(`select sha256, size_bytes from stored_file where id = ?`, [file.id]);
    const { application: submitted } = await staff.data(read, { id: application.id });
    expect(submitted.versions[0].snapshot.annexes).toEqual([
      {
        callAnnexId: estimate!.id,
        title: 'Sąmata',
        fileId: file.id,
        name: file.name,
        contentType: 'application/pdf',
        sizeBytes: Number(rows[0].size_bytes),
        sha256: rows[0].sha256,
      },
    ]);
    const annexId = attachApplicationAnnex.annexes[0].id;
    expect(await ona.errorCode(remove, { id: annexId })).toBe('BAD_USER_INPUT');

    // Returned for completion, the annex is replaced: the first version still names, and serves, the first file.
    await knex()('application').where({ id: application.id }).update({ status: 'COMPLETION_REQUESTED' });
    expect((await ona.data(remove, { id: annexId })).removeApplicationAnnex.annexes).toEqual([]);
    const { application: after } = await staff.data(read, { id: application.id });
    expect(after.versions[0].snapshot.annexes[0].fileId).toBe(file.id);
    expect((await download(file, staff)).status).toBe(200);
  });

  it('lets the application’s readers download its annexes, and nobody else', async () => {
    const school = await factory.organisation({ membership: Membership.PARTNER, kind: OrganisationKind.SCHOOL });
    const teacher = await factory.signedIn(app, { represents: [school] });
    const { initiative, application } = await readyApplication();
    await knex()('co_proposer').insert({
      initiative_id: initiative.id,
      organisation_id: school.id,
      status: CoProposerStatus.ACCEPTED,
    });
    // A co-proposer that accepted co-writes: its representative attaches an extra document.
    const file = await upload(teacher, 'Mokyklos raštas.pdf');
    const { attachApplicationAnnex } = await teacher.data(attach, { a: application.id, c: null, f: file.id });
    expect(attachApplicationAnnex.annexes).toEqual([
      expect.objectContaining({ callAnnex: null, uploadedBy: { displayName: expect.any(String) } }),
    ]);
    for (const reader of [ona, teacher, staff]) expect((await download(file, reader)).status).toBe(200);
    const stranger = await factory.signedIn(app, { represents: [await factory.organisation()] });
    for (const other of [stranger, app.visitor()]) expect((await download(file, other)).status).toBe(404);
    const outsider = await upload(stranger, 'Svetimas.pdf');
    expect(await stranger.errorCode(attach, { a: application.id, c: null, f: outsider.id })).toBe('NOT_FOUND');
  });
});

describe('reading a page of applications', () => {
  it('reads the viewer’s applications with everything shown with them in as many statements for 3 as for 12', async () => {
    const lead = await factory.organisation();
    const rep = await factory.signedIn(app, { represents: [lead] });
    const call = await openCall({ annexes: [{}] });
    const page = `{ myApplications { id status viewerCanEdit viewerCanSubmit viewerCanWithdraw
      call { number title phase requestedSupportCents applicationCount viewerCanApply questions { text } }
      initiative { title leadOrganisation { name } themes { code } application { id } }
      answers { question { text } value } annexes { id } versions { number submittedBy { displayName } }
      problems { field code } } }`;
    const add = async (count: number) => {
      for (let i = 0; i < count; i++) {
        const initiative = await completeDraft(lead);
        const status = i % 2 ? ApplicationStatus.SUBMITTED : ApplicationStatus.DRAFT;
        await calls.application(call, initiative, { status, answers: { [call.questions.getItems()[0]!.id]: 'Taip' } });
      }
    };
    const statementsOfPage = async (expected: number) => {
      const { result, statements } = await statementsDuring(app.orm, () => rep.data(page));
      expect(result.myApplications).toHaveLength(expected);
      return statements.length;
    };
    await add(3);
    const few = await statementsOfPage(3);
    await add(9);
    expect(await statementsOfPage(12)).toBe(few);
  });
});
