import { beforeAll, describe, expect, it } from 'vitest';
import { PlatformRole } from '../accounts/account.enums.js';
import type { User } from '../accounts/user.entity.js';
import { CoProposerStatus, InitiativeStatus } from '../initiatives/initiative.enums.js';
import type { Organisation } from '../organisations/organisation.entity.js';
import { ApplicationFactory } from '../../test/application-factories.js';
import { ComplianceFactory } from '../../test/compliance-factories.js';
import { Factory, testPassword } from '../../test/factories.js';
import type { GraphQLClient } from '../../test/graphql-client.js';
import { startMailSink } from '../../test/mail-sink.js';
import { notificationJobsSettled } from '../../test/notification-jobs.js';
import { statementsDuring } from '../../test/statements.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { ApplicationStatus } from './application.enums.js';
import { complianceChecklist } from './compliance-checklist.js';

const publicUrl = 'https://telka.example';
const sink = await startMailSink();
const day = 24 * 60 * 60 * 1000;

let app: TestApp;
let factory: Factory;
let calls: ComplianceFactory;
let applications: ApplicationFactory;
let staff: GraphQLClient;
let staffUser: User;

const applicationFields = `id status statusReason version lastSubmittedAt
  viewerCanRequestCompletion viewerCanDeclareIneligible viewerCanPassToEvaluation`;
const roundFields = `round items message replyBy requestedAt requestedBy { displayName } answeredAt answeredVersionNumber`;

const queue = `query ($callId: ID!, $status: [ApplicationStatus!]) {
  complianceQueue(callId: $callId, status: $status) {
    application { id status }
    initiativeTitle initiativeSlug requestedSupportCents roundCount replyBy
    leadOrganisation { name }
    checklist { checked failed total }
  } }`;
const recordCheck = `mutation ($applicationId: ID!, $item: String!, $result: ComplianceResult!, $note: String) {
  recordComplianceCheck(applicationId: $applicationId, item: $item, result: $result, note: $note) {
    ${applicationFields} complianceChecks { item result note checkedBy { displayName } checkedAt } } }`;
const requestCompletion = `mutation ($applicationId: ID!, $version: Int!, $items: [String!]!, $message: String, $replyBy: DateTimeISO!) {
  requestCompletion(applicationId: $applicationId, version: $version, items: $items, message: $message, replyBy: $replyBy) {
    ${applicationFields} completionRequests { ${roundFields} } } }`;
const declareIneligible = `mutation ($applicationId: ID!, $version: Int!, $reason: String!) {
  declareIneligible(applicationId: $applicationId, version: $version, reason: $reason) { ${applicationFields} } }`;
const passToEvaluation = `mutation ($applicationId: ID!, $version: Int!) {
  passToEvaluation(applicationId: $applicationId, version: $version) { ${applicationFields} } }`;
const transition = `mutation ($input: TransitionInitiativeInput!) { transitionInitiative(input: $input) { status } }`;
const initiativeStatus = `query ($id: ID) { initiative(id: $id) { status viewerTransitions
  statusHistory { fromStatus toStatus reason changedBy { displayName } } } }`;

function sql<T = Record<string, unknown>>(query: string, params: unknown[] = []): Promise<T[]> {
  return app.orm.em.fork().execute<T[]>(query, params);
}

/** Waits until every notification job queued so far has run. */
const settled = () => notificationJobsSettled(app.orm);

async function notificationsOf(client: GraphQLClient) {
  await settled();
  const { notifications } = await client.data(
    `{ notifications(first: 50) { edges { node { kind path subjectTitle status excerpt items dueAt actorName } } } }`,
  );
  return (notifications.edges as { node: Record<string, unknown> }[]).map((edge) => edge.node);
}

type Applicant = { organisation: Organisation; user: User; client: GraphQLClient };

/** A member organisation with a representative signed in, in `locale`. */
async function applicant(locale: 'lt' | 'en' = 'lt', name?: string): Promise<Applicant> {
  const organisation = await factory.organisation(name ? { name } : {});
  const user = await factory.user({ represents: [organisation], displayName: `Atstovė ${organisation.name}` });
  await sql('update app_user set locale = ? where id = ?', [locale, user.id]);
  return { organisation, user, client: await app.client().signIn(user.email, testPassword) };
}

/** A submitted initiative of `lead` with a submitted application to `callId`. */
async function submittedApplication(
  callId: string,
  lead: Organisation,
  options: {
    title?: string;
    submittedAt?: Date;
    coProposers?: { organisation: Organisation; status?: CoProposerStatus }[];
  } = {},
) {
  const initiative = await factory.initiative(
    lead,
    {
      ...(options.title ? { title: options.title } : {}),
      requestedSupportCents: 1_500_000,
      submittedAt: options.submittedAt ?? new Date(),
    },
    options.coProposers,
  );
  const application = await calls.application(callId, initiative.id, ApplicationStatus.SUBMITTED, options.submittedAt);
  return { initiative, application };
}

async function checkAll(applicationId: string, result = 'PASSED') {
  for (const item of complianceChecklist) {
    await staff.data(recordCheck, { applicationId, item, result, note: '' });
  }
}

const inDays = (days: number) => new Date(Date.now() + days * day).toISOString();

/**
 * A complete draft application of `lead` (with `coProposers`) to an open call of its measure,
 * ready for its lead to submit.
 */
async function readyDraft(
  lead: Organisation,
  options: { title: string; coProposers?: { organisation: Organisation; status?: CoProposerStatus }[] },
): Promise<{ id: string; version: number; initiativeId: string; callId: string }> {
  const [measure, theme] = await Promise.all([applications.measure(), applications.theme()]);
  const call = await applications.call({ measures: [measure] });
  const initiative = await factory.initiative(
    lead,
    {
      title: options.title,
      status: InitiativeStatus.DRAFT,
      summary: 'Santrauka',
      body: 'Aprašymas',
      measure: measure.id as never,
      estimatedBudgetCents: 2_000_000,
      requestedSupportCents: 1_500_000,
    },
    options.coProposers,
  );
  await sql('insert into initiative_theme (initiative_id, theme_id) values (?, ?)', [initiative.id, theme.id]);
  const application = await applications.application(call, initiative, { eligibleCostsCents: 2_000_000 });
  return { id: application.id, version: application.version, initiativeId: initiative.id, callId: call.id };
}

const submitApplication = `mutation ($id: ID!, $version: Int!) { submitApplication(id: $id, version: $version) { status version } }`;
const applicantView = `query ($id: ID!) { application(id: $id) { status statusReason version viewerCanSubmit
  versions { number } completionRequests { round items message replyBy answeredAt answeredVersionNumber } } }`;

beforeAll(async () => {
  app = await createTestApp({ smtpUrl: sink.url, publicUrl, runJobs: true });
  factory = new Factory(app.orm);
  calls = new ComplianceFactory(app.orm);
  applications = new ApplicationFactory(app.orm);
  staffUser = await factory.user({ role: PlatformRole.STAFF, displayName: 'Rasa Vertintoja' });
  staff = await app.client().signIn(staffUser.email, testPassword);
});

describe('the compliance queue', () => {
  it('lists a call’s applications past the draft: waiting ones longest-waiting first, then returned ones by reply-by, then decided ones', async () => {
    const call = await calls.call();
    const other = await calls.call('Kitas kvietimas');
    const lead = await applicant('lt', 'Kazokiškių bendruomenė');
    const now = Date.now();
    const draftInitiative = await factory.initiative(lead.organisation, { status: InitiativeStatus.DRAFT });
    await calls.application(call.id, draftInitiative.id, ApplicationStatus.DRAFT);
    await submittedApplication(call.id, lead.organisation, {
      title: 'Naujesnė',
      submittedAt: new Date(now - 2 * day),
    });
    const older = await submittedApplication(call.id, lead.organisation, {
      title: 'Senesnė',
      submittedAt: new Date(now - 5 * day),
    });
    const laterReply = await submittedApplication(call.id, lead.organisation, { title: 'Atsakys vėliau' });
    const soonerReply = await submittedApplication(call.id, lead.organisation, { title: 'Atsakys greičiau' });
    for (const [{ application }, days] of [
      [laterReply, 20],
      [soonerReply, 10],
    ] as const) {
      await staff.data(requestCompletion, {
        applicationId: application.id,
        version: application.version,
        items: ['Trūksta kainų apklausos'],
        replyBy: inDays(days),
      });
    }
    const passed = await submittedApplication(call.id, lead.organisation, { title: 'Perduota' });
    await checkAll(passed.application.id);
    const { recordComplianceCheck } = await staff.data(recordCheck, {
      applicationId: passed.application.id,
      item: 'NO_DOUBLE_FUNDING',
      result: 'NOT_APPLICABLE',
    });
    await staff.data(passToEvaluation, {
      applicationId: passed.application.id,
      version: recordComplianceCheck.version,
    });
    const ineligible = await submittedApplication(call.id, lead.organisation, { title: 'Netinkama' });
    await staff.data(declareIneligible, {
      applicationId: ineligible.application.id,
      version: ineligible.application.version,
      reason: 'Pareiškėjas nėra VVG teritorijoje',
    });
    await submittedApplication(other.id, lead.organisation, { title: 'Kito kvietimo' });
    await staff.data(recordCheck, {
      applicationId: older.application.id,
      item: 'APPLICANT_ELIGIBLE',
      result: 'FAILED',
      note: 'Įstatai neatnaujinti',
    });
    await staff.data(recordCheck, {
      applicationId: older.application.id,
      item: 'PROJECT_IN_TERRITORY',
      result: 'PASSED',
    });

    const { complianceQueue } = await staff.data(queue, { callId: call.id });
    expect(complianceQueue.map((entry: { initiativeTitle: string }) => entry.initiativeTitle)).toEqual([
      'Senesnė',
      'Naujesnė',
      'Atsakys greičiau',
      'Atsakys vėliau',
      'Perduota',
      'Netinkama',
    ]);
    const total = complianceChecklist.length;
    expect(complianceQueue[0]).toEqual({
      application: { id: older.application.id, status: 'SUBMITTED' },
      initiativeTitle: 'Senesnė',
      initiativeSlug: older.initiative.slug,
      requestedSupportCents: 1_500_000,
      roundCount: 0,
      replyBy: null,
      leadOrganisation: { name: 'Kazokiškių bendruomenė' },
      checklist: { checked: 2, failed: 1, total },
    });
    expect(complianceQueue[2]).toMatchObject({
      application: { status: 'COMPLETION_REQUESTED' },
      roundCount: 1,
      replyBy: expect.any(String),
      checklist: { checked: 0, failed: 0, total },
    });
    expect(complianceQueue[4].checklist).toEqual({ checked: total, failed: 0, total });

    const onlyReturned = await staff.data(queue, { callId: call.id, status: ['COMPLETION_REQUESTED'] });
    expect(onlyReturned.complianceQueue.map((entry: { initiativeTitle: string }) => entry.initiativeTitle)).toEqual([
      'Atsakys greičiau',
      'Atsakys vėliau',
    ]);
  });

  it('reads a queue in the same few statements whatever its length', async () => {
    const call = await calls.call();
    const lead = await applicant();
    const measure = async () => {
      // This file runs the job worker: the submissions' notifications are sent before counting.
      await settled();
      const { result, statements } = await statementsDuring(app.orm, () =>
        staff.data(
          `query ($callId: ID!) { complianceQueue(callId: $callId) { initiativeTitle leadOrganisation { name }
            application { id viewerCanPassToEvaluation complianceChecks { item result } completionRequests { round }
              automaticChecks { field code } } } }`,
          { callId: call.id },
        ),
      );
      return { length: result.complianceQueue.length, statements: statements.map((statement) => statement.sql) };
    };
    for (let i = 0; i < 2; i++) await submittedApplication(call.id, lead.organisation);
    const forTwo = await measure();
    for (let i = 0; i < 6; i++) await submittedApplication(call.id, lead.organisation);
    const forEight = await measure();
    expect([forTwo.length, forEight.length]).toEqual([2, 8]);
    // The session and its affiliations, the queue's lines and its applications, then one statement
    // each for the checklists, the rounds and the automatic checks of the whole queue.
    expect(forTwo.statements, forTwo.statements.join('\n')).toHaveLength(7);
    expect(forEight.statements).toHaveLength(forTwo.statements.length);
  });

  it('shows beside each application what the automatic checks find against the call’s rules now', async () => {
    const lead = await applicant();
    const draft = await readyDraft(lead.organisation, { title: 'Tikrinama automatiškai' });
    await lead.client.data(submitApplication, { id: draft.id, version: draft.version });
    const { callId } = draft;
    const automatic = `query ($callId: ID!) { complianceQueue(callId: $callId) { application { automaticChecks { field code params } } } }`;
    expect((await staff.data(automatic, { callId })).complianceQueue).toEqual([
      { application: { automaticChecks: [] } },
    ]);
    await sql('update call_for_proposals set max_support_cents = 1000000 where id = ?', [callId]);
    expect((await staff.data(automatic, { callId })).complianceQueue[0].application.automaticChecks).toEqual([
      { field: 'initiative.requestedSupportCents', code: 'ABOVE_CALL_MAXIMUM', params: { maxSupportCents: 1_000_000 } },
    ]);
  });

  it('answers NOT_FOUND for an unknown call, and is for staff only', async () => {
    expect(await staff.errorCode(queue, { callId: '00000000-0000-4000-8000-000000000000' })).toBe('NOT_FOUND');
    const call = await calls.call();
    const lead = await applicant();
    expect(await lead.client.errorCode(queue, { callId: call.id })).toBe('FORBIDDEN');
    expect(await app.visitor().errorCode(queue, { callId: call.id })).toBe('UNAUTHENTICATED');
  });
});

describe('the checklist', () => {
  it('records a finding per item with who and when, replaces it when checked again, and lists every item in order', async () => {
    const call = await calls.call();
    const { application } = await submittedApplication(call.id, (await applicant()).organisation);
    await staff.data(recordCheck, {
      applicationId: application.id,
      item: 'OWNERSHIP_OR_USE_RIGHTS',
      result: 'FAILED',
      note: 'Nėra panaudos sutarties',
    });
    const { recordComplianceCheck } = await staff.data(recordCheck, {
      applicationId: application.id,
      item: 'OWNERSHIP_OR_USE_RIGHTS',
      result: 'PASSED',
      note: '  Panaudos sutartis pateikta  ',
    });
    expect(recordComplianceCheck.complianceChecks.map((check: { item: string }) => check.item)).toEqual([
      ...complianceChecklist,
    ]);
    const found = recordComplianceCheck.complianceChecks.filter((check: { result: string | null }) => check.result);
    expect(found).toEqual([
      {
        item: 'OWNERSHIP_OR_USE_RIGHTS',
        result: 'PASSED',
        note: 'Panaudos sutartis pateikta',
        checkedBy: { displayName: 'Rasa Vertintoja' },
        checkedAt: expect.any(String),
      },
    ]);
    // A finding makes a decision taken on the version before it stale.
    expect(recordComplianceCheck.version).toBe(application.version + 2);
    const [entry] = await sql<{ changes: Record<string, unknown> }>(
      `select changes from audit_entry where action = 'application.recordCheck' and entity_id = ? order by created_at desc limit 1`,
      [application.id],
    );
    expect(entry!.changes).toEqual({
      item: 'OWNERSHIP_OR_USE_RIGHTS',
      result: 'PASSED',
      note: 'Panaudos sutartis pateikta',
    });
  });

  it('names an unknown item, and checks only a submitted application', async () => {
    const call = await calls.call();
    const { application } = await submittedApplication(call.id, (await applicant()).organisation);
    const unknown = await staff.request(recordCheck, {
      applicationId: application.id,
      item: 'HOROSCOPE',
      result: 'PASSED',
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'item', code: 'INVALID_CHOICE' }],
    });
    await staff.data(requestCompletion, {
      applicationId: application.id,
      version: application.version,
      items: ['Pridėkite sąmatą'],
      replyBy: inDays(7),
    });
    const returned = await staff.request(recordCheck, {
      applicationId: application.id,
      item: 'APPLICANT_ELIGIBLE',
      result: 'PASSED',
    });
    expect(returned.errors?.[0]?.extensions).toMatchObject({
      fields: [{ field: 'applicationId', code: 'NOT_SUBMITTED' }],
    });
  });
});

describe('completion rounds', () => {
  it('returns the application to its applicants round after round, keeps every round, and passes it once complete', async () => {
    const lead = await applicant('lt', 'Pastrėvio bendruomenė');
    const partner = await applicant('lt', 'Pastrėvio mokykla');
    const stranger = await applicant();
    const draft = await readyDraft(lead.organisation, {
      title: 'Pastrėvio aikštelė',
      coProposers: [{ organisation: partner.organisation, status: CoProposerStatus.ACCEPTED }],
    });
    const { submitApplication: submitted } = await lead.client.data(submitApplication, {
      id: draft.id,
      version: draft.version,
    });
    const first = await staff.data(requestCompletion, {
      applicationId: draft.id,
      version: submitted.version,
      items: ['  Pridėkite dvi kainų apklausas  ', 'Patikslinkite nuosavybės dokumentus'],
      message: 'Prašome papildyti iki termino.',
      replyBy: inDays(10),
    });
    expect(first.requestCompletion).toMatchObject({
      status: 'COMPLETION_REQUESTED',
      viewerCanRequestCompletion: false,
      viewerCanDeclareIneligible: true,
      viewerCanPassToEvaluation: false,
      completionRequests: [
        {
          round: 1,
          items: ['Pridėkite dvi kainų apklausas', 'Patikslinkite nuosavybės dokumentus'],
          message: 'Prašome papildyti iki termino.',
          requestedBy: { displayName: 'Rasa Vertintoja' },
          answeredAt: null,
          answeredVersionNumber: null,
        },
      ],
    });
    // The applicants see where it stands and what to complete: the lead and the co-proposer alike.
    for (const { client } of [lead, partner]) {
      expect((await client.data(applicantView, { id: draft.id })).application).toMatchObject({
        status: 'COMPLETION_REQUESTED',
        completionRequests: [
          { round: 1, items: ['Pridėkite dvi kainų apklausas', 'Patikslinkite nuosavybės dokumentus'] },
        ],
      });
    }
    expect(await stranger.client.errorCode(applicantView, { id: draft.id })).toBe('NOT_FOUND');
    // The complianceChecks stay the staff's.
    const peek = await lead.client.request(`query ($id: ID!) { application(id: $id) { complianceChecks { item } } }`, {
      id: draft.id,
    });
    expect(peek.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    let moved = (await app.visitor().data(initiativeStatus, { id: draft.initiativeId })).initiative;
    expect(moved.status).toBe('COMPLETION_REQUESTED');
    // The list is between the applicants and staff: the public history shows the move alone.
    expect(moved.statusHistory.at(-1)).toEqual({
      fromStatus: 'SUBMITTED',
      toStatus: 'COMPLETION_REQUESTED',
      reason: '',
      changedBy: { displayName: 'Rasa Vertintoja' },
    });
    // A second request needs the applicants' answer first.
    const again = await staff.request(requestCompletion, {
      applicationId: draft.id,
      version: first.requestCompletion.version,
      items: ['Dar kartą'],
      replyBy: inDays(5),
    });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      fields: [{ field: 'applicationId', code: 'ILLEGAL_TRANSITION' }],
    });

    // What is missing is often in the initiative itself: its writers may change it while it is returned.
    const editable = `query ($id: ID) { initiative(id: $id) { version viewerCanEdit } }`;
    const returned = (await partner.client.data(editable, { id: draft.initiativeId })).initiative;
    expect(returned.viewerCanEdit).toBe(true);
    const completed = await partner.client.data(
      `mutation ($input: UpdateInitiativeInput!) { updateInitiative(input: $input) { summary } }`,
      { input: { id: draft.initiativeId, version: returned.version, summary: 'Su dviem kainų apklausomis' } },
    );
    expect(completed.updateInitiative.summary).toBe('Su dviem kainų apklausomis');

    const resubmitted = await lead.client.data(submitApplication, {
      id: draft.id,
      version: first.requestCompletion.version,
    });
    expect(resubmitted.submitApplication.status).toBe('SUBMITTED');
    moved = (await app.visitor().data(initiativeStatus, { id: draft.initiativeId })).initiative;
    expect(moved.status).toBe('SUBMITTED');

    const { complianceQueue } = await staff.data(
      `query ($callId: ID!) { complianceQueue(callId: $callId) { roundCount replyBy application { id version } } }`,
      {
        callId: (await sql<{ call_id: string }>('select call_id from application where id = ?', [draft.id]))[0]!
          .call_id,
      },
    );
    expect(complianceQueue).toEqual([
      { roundCount: 1, replyBy: null, application: { id: draft.id, version: resubmitted.submitApplication.version } },
    ]);
    const second = await staff.data(requestCompletion, {
      applicationId: draft.id,
      version: resubmitted.submitApplication.version,
      items: ['Kainų apklausa be parašo'],
      replyBy: inDays(5),
    });
    expect(second.requestCompletion.completionRequests).toMatchObject([
      { round: 1, answeredAt: expect.any(String), answeredVersionNumber: 2 },
      { round: 2, items: ['Kainų apklausa be parašo'], message: '', answeredAt: null, answeredVersionNumber: null },
    ]);
    const last = await lead.client.data(submitApplication, { id: draft.id, version: second.requestCompletion.version });

    await checkAll(draft.id);
    const current = await sql<{ version: number }>('select version from application where id = ?', [draft.id]);
    expect(current[0]!.version).toBeGreaterThan(last.submitApplication.version);
    const { passToEvaluation: passed } = await staff.data(passToEvaluation, {
      applicationId: draft.id,
      version: current[0]!.version,
    });
    expect(passed).toMatchObject({ status: 'PASSED_TO_EVALUATION', viewerCanDeclareIneligible: false });
    moved = (await app.visitor().data(initiativeStatus, { id: draft.initiativeId })).initiative;
    expect(moved.status).toBe('UNDER_REVIEW');
    expect(moved.statusHistory.map((change: { toStatus: string }) => change.toStatus)).toEqual([
      'SUBMITTED',
      'COMPLETION_REQUESTED',
      'SUBMITTED',
      'COMPLETION_REQUESTED',
      'SUBMITTED',
      'UNDER_REVIEW',
    ]);
    // Every round is kept and shown to the applicants, each answered by its own frozen version.
    expect((await partner.client.data(applicantView, { id: draft.id })).application).toMatchObject({
      status: 'PASSED_TO_EVALUATION',
      versions: [{ number: 1 }, { number: 2 }, { number: 3 }],
      completionRequests: [
        { round: 1, answeredVersionNumber: 2 },
        { round: 2, answeredVersionNumber: 3 },
      ],
    });
  });

  it('asks for a list of one to twenty things and a reply-by time within the next 30 days', async () => {
    const call = await calls.call();
    const { application } = await submittedApplication(call.id, (await applicant()).organisation);
    const base = { applicationId: application.id, version: application.version, items: ['Sąmata'], replyBy: inDays(3) };
    const problems = async (variables: Record<string, unknown>) =>
      (await staff.request(requestCompletion, { ...base, ...variables })).errors?.[0]?.extensions?.fields;
    expect(await problems({ items: [] })).toEqual([expect.objectContaining({ field: 'items', code: 'TOO_SMALL' })]);
    expect(await problems({ items: ['  '] })).toEqual([expect.objectContaining({ field: 'items', code: 'LENGTH' })]);
    expect(await problems({ items: Array.from({ length: 21 }, (_, i) => `Dalykas ${i}`) })).toEqual([
      expect.objectContaining({ field: 'items', code: 'TOO_MANY' }),
    ]);
    expect(await problems({ replyBy: inDays(-1) })).toEqual([
      expect.objectContaining({ field: 'replyBy', code: 'DATE_IN_PAST' }),
    ]);
    expect(await problems({ replyBy: inDays(31) })).toEqual([
      expect.objectContaining({ field: 'replyBy', code: 'TOO_LARGE' }),
    ]);
    const stale = await staff.request(requestCompletion, { ...base, version: application.version - 1 });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: application.version });
    expect(await sql('select 1 from completion_request where application_id = ?', [application.id])).toEqual([]);
  });

  it('tells the applicants — the lead’s and accepted co-proposers’ representatives — in the app and by mail, with the list and the date', async () => {
    const call = await calls.call();
    const lead = await applicant('en', 'Vievio bendruomenė');
    const partner = await applicant('lt', 'Vievio gimnazija');
    const declined = await applicant('lt', 'Atsisakiusi organizacija');
    const { application } = await submittedApplication(call.id, lead.organisation, {
      title: 'Vievio skveras',
      coProposers: [
        { organisation: partner.organisation, status: CoProposerStatus.ACCEPTED },
        { organisation: declined.organisation, status: CoProposerStatus.DECLINED },
      ],
    });
    const { requestCompletion: returned } = await staff.data(requestCompletion, {
      applicationId: application.id,
      version: application.version,
      items: ['Pridėkite savivaldybės sutikimą', 'Patikslinkite sąmatos 3 eilutę'],
      message: 'Ačiū!',
      replyBy: inDays(14),
    });
    expect(returned.status).toBe('COMPLETION_REQUESTED');

    const [toLead] = await notificationsOf(lead.client);
    expect(toLead).toEqual({
      kind: 'COMPLETION_REQUESTED',
      path: `/applications/${application.id}`,
      subjectTitle: 'Vievio skveras',
      status: null,
      excerpt: 'Ačiū!',
      items: ['Pridėkite savivaldybės sutikimą', 'Patikslinkite sąmatos 3 eilutę'],
      dueAt: expect.any(String),
      actorName: 'Rasa Vertintoja',
    });
    expect((await notificationsOf(partner.client))[0]).toMatchObject({ kind: 'COMPLETION_REQUESTED' });
    expect(await notificationsOf(declined.client)).toEqual([]);
    expect((await notificationsOf(staff)).filter((n) => n.kind === 'COMPLETION_REQUESTED')).toEqual([]);

    const mail = await sink.next(lead.user.email, /complete the application/);
    expect(mail.subject).toBe('Please complete the application: „Vievio skveras“');
    expect(mail.text).toContain('1. Pridėkite savivaldybės sutikimą');
    expect(mail.text).toContain('2. Patikslinkite sąmatos 3 eilutę');
    expect(mail.text).toContain('Message: “Ačiū!”');
    expect(sink.link(mail, `${publicUrl}/applications/`)).toBe(`${publicUrl}/applications/${application.id}`);
    const lithuanian = await sink.next(partner.user.email, /Prašoma papildyti paraišką/);
    expect(lithuanian.text).toMatch(/iki \d{4} m\. \S+ \d+ d\. \d{2}:\d{2}/);
  });
});

describe('declaring ineligible', () => {
  it('ends the application with a reason the applicants are told, and rejects its initiative with it', async () => {
    const call = await calls.call();
    const lead = await applicant('lt');
    const { initiative, application } = await submittedApplication(call.id, lead.organisation, { title: 'Netinkamas' });
    const { requestCompletion: returned } = await staff.data(requestCompletion, {
      applicationId: application.id,
      version: application.version,
      items: ['Įstatai'],
      replyBy: inDays(3),
    });
    const empty = await staff.request(declareIneligible, {
      applicationId: application.id,
      version: returned.version,
      reason: '  ',
    });
    expect(empty.errors?.[0]?.extensions).toMatchObject({ fields: [{ field: 'reason', code: 'LENGTH' }] });
    const { declareIneligible: declared } = await staff.data(declareIneligible, {
      applicationId: application.id,
      version: returned.version,
      reason: ' Pareiškėjas neatsakė per nustatytą terminą. ',
    });
    expect(declared).toMatchObject({
      status: 'INELIGIBLE',
      statusReason: 'Pareiškėjas neatsakė per nustatytą terminą.',
      viewerCanDeclareIneligible: false,
      viewerCanRequestCompletion: false,
    });
    expect((await lead.client.data(applicantView, { id: application.id })).application).toMatchObject({
      status: 'INELIGIBLE',
      statusReason: 'Pareiškėjas neatsakė per nustatytą terminą.',
    });
    const { initiative: rejected } = await app.visitor().data(initiativeStatus, { id: initiative.id });
    expect(rejected.status).toBe('REJECTED');
    expect(rejected.statusHistory.at(-1)).toMatchObject({
      fromStatus: 'COMPLETION_REQUESTED',
      toStatus: 'REJECTED',
      reason: 'Pareiškėjas neatsakė per nustatytą terminą.',
    });
    const notifications = await notificationsOf(lead.client);
    expect(notifications[0]).toMatchObject({
      kind: 'APPLICATION_DECIDED',
      status: 'REJECTED',
      excerpt: 'Pareiškėjas neatsakė per nustatytą terminą.',
      path: `/applications/${application.id}`,
    });
    const mail = await sink.next(lead.user.email, /pripažinta netinkama/);
    expect(mail.text).toContain('Priežastis: „Pareiškėjas neatsakė per nustatytą terminą.“');
    const again = await staff.request(passToEvaluation, { applicationId: application.id, version: declared.version });
    expect(again.errors?.[0]?.extensions).toMatchObject({
      fields: [{ field: 'applicationId', code: 'ILLEGAL_TRANSITION' }],
    });
  });
});

describe('passing to evaluation', () => {
  it('is refused while an item is unchecked or failed, naming each, and tells the applicants once it passes', async () => {
    const call = await calls.call();
    const lead = await applicant('en');
    const { initiative, application } = await submittedApplication(call.id, lead.organisation, { title: 'Tinkamas' });
    await staff.data(recordCheck, {
      applicationId: application.id,
      item: 'CO_FINANCING_SECURED',
      result: 'FAILED',
      note: 'Nėra banko rašto',
    });
    const { complianceQueue } = await staff.data(
      `query ($callId: ID!) { complianceQueue(callId: $callId) { application { version viewerCanPassToEvaluation } } }`,
      { callId: call.id },
    );
    expect(complianceQueue[0].application.viewerCanPassToEvaluation).toBe(false);
    const refused = await staff.request(passToEvaluation, {
      applicationId: application.id,
      version: complianceQueue[0].application.version,
    });
    const fields = refused.errors?.[0]?.extensions?.fields as unknown as { field: string; code: string }[];
    expect(fields).toHaveLength(complianceChecklist.length);
    expect(fields).toContainEqual(
      expect.objectContaining({ field: 'checklist.CO_FINANCING_SECURED', code: 'CHECK_FAILED' }),
    );
    expect(fields).toContainEqual(
      expect.objectContaining({ field: 'checklist.APPLICATION_FORM_COMPLETE', code: 'NOT_CHECKED' }),
    );

    await checkAll(application.id);
    const [current] = await sql<{ version: number }>('select version from application where id = ?', [application.id]);
    const { passToEvaluation: passed } = await staff.data(passToEvaluation, {
      applicationId: application.id,
      version: current!.version,
    });
    expect(passed).toMatchObject({
      status: 'PASSED_TO_EVALUATION',
      statusReason: '',
      viewerCanPassToEvaluation: false,
    });
    expect((await app.visitor().data(initiativeStatus, { id: initiative.id })).initiative.status).toBe('UNDER_REVIEW');
    expect((await notificationsOf(lead.client))[0]).toMatchObject({
      kind: 'APPLICATION_DECIDED',
      status: 'UNDER_REVIEW',
      excerpt: null,
    });
    const mail = await sink.next(lead.user.email, /passed to evaluation/);
    expect(mail.subject).toBe('Application passed to evaluation: „Tinkamas“');
  });
});

describe('withdrawing', () => {
  const withdrawApplication = `mutation ($id: ID!, $version: Int!, $reason: String!) {
    withdrawApplication(id: $id, version: $version, reason: $reason) { status statusReason } }`;
  const withdrawInitiative = `mutation ($id: ID!, $reason: String!) { withdrawInitiative(id: $id, reason: $reason) { status } }`;
  const submitInitiative = `mutation ($id: ID!, $version: Int!) { submitInitiative(id: $id, version: $version) { status } }`;
  const initiativeVersion = `query ($id: ID) { initiative(id: $id) { version } }`;

  it('submits a draft with its application only: the initiative alone is refused, and free again once the draft application is withdrawn', async () => {
    const lead = await applicant();
    const draft = await readyDraft(lead.organisation, { title: 'Kartu su paraiška' });
    const read = async () => (await lead.client.data(initiativeStatus, { id: draft.initiativeId })).initiative;
    expect((await read()).viewerTransitions).toEqual(['WITHDRAWN']);
    const { version } = (await lead.client.data(initiativeVersion, { id: draft.initiativeId })).initiative;
    const refused = await lead.client.request(submitInitiative, { id: draft.initiativeId, version });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      fields: [{ field: 'id', code: 'SUBMIT_WITH_APPLICATION' }],
    });
    expect((await read()).status).toBe('DRAFT');

    await lead.client.data(withdrawApplication, { id: draft.id, version: draft.version, reason: 'Teiksime vėliau' });
    // A draft application's withdrawal leaves its initiative a draft, which its lead submits on its own again.
    expect(await read()).toMatchObject({ status: 'DRAFT', viewerTransitions: ['SUBMITTED', 'WITHDRAWN'] });
    expect(
      (await lead.client.data(submitInitiative, { id: draft.initiativeId, version })).submitInitiative.status,
    ).toBe('SUBMITTED');
  });

  it('takes the initiative out of the call, back to a public idea, when an application returned for completion or in evaluation is withdrawn', async () => {
    const lead = await applicant();
    const returned = await readyDraft(lead.organisation, { title: 'Grąžinta papildyti' });
    const submitted = (await lead.client.data(submitApplication, { id: returned.id, version: returned.version }))
      .submitApplication;
    const { requestCompletion: completion } = await staff.data(requestCompletion, {
      applicationId: returned.id,
      version: submitted.version,
      items: ['Pridėkite sąmatą'],
      replyBy: inDays(5),
    });
    const { withdrawApplication: withdrawn } = await lead.client.data(withdrawApplication, {
      id: returned.id,
      version: completion.version,
      reason: '  Neturime sąmatos  ',
    });
    expect(withdrawn).toEqual({ status: 'WITHDRAWN', statusReason: 'Neturime sąmatos' });
    const initiative = (await staff.data(initiativeStatus, { id: returned.initiativeId })).initiative;
    expect(initiative.status).toBe('SUBMITTED');
    expect(initiative.statusHistory.at(-1)).toMatchObject({
      fromStatus: 'COMPLETION_REQUESTED',
      toStatus: 'SUBMITTED',
      reason: 'Neturime sąmatos',
    });
    // Free of the call: staff review it as any public idea again.
    expect(initiative.viewerTransitions).toEqual(['UNDER_REVIEW', 'REJECTED', 'WITHDRAWN']);

    const evaluated = await readyDraft(lead.organisation, { title: 'Vertinama' });
    await lead.client.data(submitApplication, { id: evaluated.id, version: evaluated.version });
    await checkAll(evaluated.id);
    const [{ version } = { version: 0 }] = await sql<{ version: number }>(
      'select version from application where id = ?',
      [evaluated.id],
    );
    await staff.data(passToEvaluation, { applicationId: evaluated.id, version });
    await lead.client.data(withdrawApplication, { id: evaluated.id, version: version + 1, reason: 'Atsisakome' });
    expect(
      (await staff.data(initiativeStatus, { id: evaluated.initiativeId })).initiative.statusHistory.at(-1),
    ).toMatchObject({ fromStatus: 'UNDER_REVIEW', toStatus: 'SUBMITTED', reason: 'Atsisakome' });
  });

  it('withdraws the initiative’s live application with it, for the same reason, in one audited write', async () => {
    const lead = await applicant();
    const draft = await readyDraft(lead.organisation, { title: 'Atsiimama visa' });
    await lead.client.data(submitApplication, { id: draft.id, version: draft.version });
    const { withdrawInitiative: initiative } = await lead.client.data(withdrawInitiative, {
      id: draft.initiativeId,
      reason: 'Projektas nebevykdomas',
    });
    expect(initiative.status).toBe('WITHDRAWN');
    expect((await lead.client.data(applicantView, { id: draft.id })).application).toMatchObject({
      status: 'WITHDRAWN',
      statusReason: 'Projektas nebevykdomas',
    });
    const [entry] = await sql<{ changes: Record<string, unknown> }>(
      `select changes from audit_entry where entity_id = ? and action = 'initiative.withdraw'`,
      [draft.initiativeId],
    );
    expect(entry!.changes).toMatchObject({
      status: { from: 'SUBMITTED', to: 'WITHDRAWN' },
      application: { id: draft.id, status: { from: 'SUBMITTED', to: 'WITHDRAWN' } },
    });
    // The call's queue shows it out of the running.
    const { complianceQueue } = await staff.data(queue, { callId: draft.callId });
    expect(complianceQueue).toEqual([expect.objectContaining({ application: { id: draft.id, status: 'WITHDRAWN' } })]);
  });
});

describe('the initiative’s own moves', () => {
  it('refuses staff’s plain moves out of SUBMITTED while its application is in the check, and says so in viewerTransitions', async () => {
    const call = await calls.call();
    const lead = await applicant();
    const { initiative, application } = await submittedApplication(call.id, lead.organisation);
    // Staff may still withdraw it for its authors, as they may act for them.
    expect((await staff.data(initiativeStatus, { id: initiative.id })).initiative.viewerTransitions).toEqual([
      'WITHDRAWN',
    ]);
    for (const to of ['UNDER_REVIEW', 'REJECTED']) {
      const refused = await staff.request(transition, { input: { id: initiative.id, to, reason: 'Tiesiogiai' } });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ fields: [{ field: 'to', code: 'THROUGH_COMPLIANCE' }] });
    }
    // The applicants may still withdraw it.
    expect((await lead.client.data(initiativeStatus, { id: initiative.id })).initiative.viewerTransitions).toEqual([
      'WITHDRAWN',
    ]);
    // Once the application is withdrawn, staff move the initiative as before.
    await sql(`update application set status = 'WITHDRAWN' where id = ?`, [application.id]);
    expect((await staff.data(initiativeStatus, { id: initiative.id })).initiative.viewerTransitions).toEqual([
      'UNDER_REVIEW',
      'REJECTED',
      'WITHDRAWN',
    ]);
  });

  it('ends a funded project never contracted, or one terminated, with a reason its authors are told', async () => {
    const lead = await applicant('lt');
    const approved = await factory.initiative(lead.organisation, {
      status: InitiativeStatus.APPROVED,
      title: 'Nesudaryta',
    });
    const running = await factory.initiative(lead.organisation, {
      status: InitiativeStatus.IN_PROGRESS,
      title: 'Nutraukta',
    });
    expect((await staff.data(initiativeStatus, { id: approved.id })).initiative.viewerTransitions).toEqual([
      'IN_PROGRESS',
      'NOT_CONTRACTED',
    ]);
    const notContracted = await staff.data(transition, {
      input: { id: approved.id, to: 'NOT_CONTRACTED', reason: 'Pareiškėjas atsisakė pasirašyti sutartį' },
    });
    expect(notContracted.transitionInitiative.status).toBe('NOT_CONTRACTED');
    const terminated = await staff.data(transition, {
      input: { id: running.id, to: 'TERMINATED', reason: 'Sutartis nutraukta dėl pažeidimų' },
    });
    expect(terminated.transitionInitiative.status).toBe('TERMINATED');
    expect((await staff.data(initiativeStatus, { id: running.id })).initiative.viewerTransitions).toEqual([]);
    const supporter = await applicant();
    const endorse = await supporter.client.request(
      `mutation ($input: EndorseInput!) { endorseInitiative(input: $input) { id } }`,
      { input: { initiativeId: running.id, organisationId: supporter.organisation.id } },
    );
    expect(endorse.errors?.[0]?.extensions).toMatchObject({ fields: [{ code: 'NOT_ENDORSABLE' }] });

    expect((await notificationsOf(lead.client)).map((n) => [n.kind, n.status, n.excerpt])).toEqual([
      ['INITIATIVE_STATUS_CHANGED', 'TERMINATED', 'Sutartis nutraukta dėl pažeidimų'],
      ['INITIATIVE_STATUS_CHANGED', 'NOT_CONTRACTED', 'Pareiškėjas atsisakė pasirašyti sutartį'],
    ]);
    const mail = await sink.next(lead.user.email, /Nutraukta/);
    expect(mail.subject).toBe('Iniciatyvos „Nutraukta“ būsena: Nutraukta');
    expect(mail.text).toContain('Priežastis: „Sutartis nutraukta dėl pažeidimų“');
  });
});
