import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { PlatformRole } from '../accounts/account.enums.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Membership, OrganisationKind, Sector } from '../organisations/organisation.enums.js';
import { Factory } from '../../test/factories.js';
import type { GraphQLClient } from '../../test/graphql-client.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { nextStatuses, staffTransitions } from './initiative-lifecycle.js';
import { CoProposerStatus, InitiativeStatus } from './initiative.enums.js';

const create = `mutation ($input: CreateInitiativeInput!) { createInitiative(input: $input) { id slug version status } }`;
const update = `mutation ($input: UpdateInitiativeInput!) { updateInitiative(input: $input) { version title } }`;
const submit = `mutation ($id: ID!, $version: Int!) { submitInitiative(id: $id, version: $version) { status submittedAt } }`;
const transition = `mutation ($input: TransitionInitiativeInput!) { transitionInitiative(input: $input) { status } }`;
const history = `query ($id: ID) { initiative(id: $id) { status statusHistory { fromStatus toStatus reason changedBy { displayName } } } }`;

let app: TestApp;
let factory: Factory;
let staff: GraphQLClient;
let author: GraphQLClient;
let community: Organisation;
let measureId: string;

const complete = {
  summary: 'Sutvarkysime taką',
  body: '# Planas\\n\\nDarbai vasarą.',
  themeCodes: ['ENVIRONMENT'],
  estimatedBudgetCents: 500000,
  requestedSupportCents: 400000,
};

beforeAll(async () => {
  app = await createTestApp();
  factory = new Factory(app.orm);
  const knex = app.orm.em.getKnex();
  await knex('theme').insert([
    { code: 'ENVIRONMENT', position: 1 },
    { code: 'CULTURE', position: 2 },
  ]);
  const [strategy] = await knex('strategy')
    .insert({ title: 'VPS', period_start: '2023-01-01', period_end: '2029-12-31' })
    .returning('id');
  const [measure] = await knex('measure')
    .insert({ strategy_id: strategy.id, code: 'VPS-1.1', title: 'Aplinka', budget_cents: 1000000 })
    .returning('id');
  measureId = measure.id;
  community = await factory.organisation({ name: 'Kazokiškių bendruomenė' });
  staff = await factory.signedIn(app, { role: PlatformRole.STAFF, displayName: 'Rasa' });
  author = await factory.signedIn(app, { represents: [community], displayName: 'Ona' });
});

async function draft(extra: Record<string, unknown> = {}) {
  const { createInitiative } = await author.data(create, {
    input: { asOrganisationId: community.id, title: 'Takas prie Neries', measureId, ...complete, ...extra },
  });
  return createInitiative as { id: string; version: number; slug: string };
}

async function submitted() {
  const initiative = await draft();
  await author.data(submit, { id: initiative.id, version: initiative.version });
  return initiative;
}

describe('drafting', () => {
  it('creates a draft for an organisation the author represents, visible to its authors only', async () => {
    const initiative = await draft();
    expect(initiative).toMatchObject({
      status: 'DRAFT',
      version: 1,
      slug: expect.stringMatching(/^takas-prie-neries/),
    });
    expect((await app.visitor().data(history, { id: initiative.id })).initiative).toBeNull();
    expect((await author.data(history, { id: initiative.id })).initiative.status).toBe('DRAFT');
  });

  it('refuses to lead for an organisation one does not represent, or a non-member', async () => {
    const other = await factory.organisation();
    expect(await author.errorCode(create, { input: { asOrganisationId: other.id, title: 'Svetima' } })).toBe(
      'FORBIDDEN',
    );
    const partner = await factory.organisation({ membership: Membership.PARTNER });
    const partnerRep = await factory.signedIn(app, { represents: [partner] });
    expect(await partnerRep.errorCode(create, { input: { asOrganisationId: partner.id, title: 'Partnerio' } })).toBe(
      'FORBIDDEN',
    );
  });

  it('edits with optimistic locking: a stale version gets CONFLICT and overwrites nothing', async () => {
    const initiative = await draft();
    expect(
      (await author.data(update, { input: { id: initiative.id, version: 1, title: 'Takas prie Neries ir Strėvos' } }))
        .updateInitiative.version,
    ).toBe(2);
    const stale = await author.request(update, { input: { id: initiative.id, version: 1, title: 'Pasenęs' } });
    expect(stale.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
    expect(
      (await author.data(`query ($id: ID) { initiative(id: $id) { title } }`, { id: initiative.id })).initiative.title,
    ).toBe('Takas prie Neries ir Strėvos');
  });

  it('refuses requested support above the budget, naming the field', async () => {
    const result = await author.request(create, {
      input: {
        asOrganisationId: community.id,
        title: 'Per brangu',
        estimatedBudgetCents: 100,
        requestedSupportCents: 200,
      },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'requestedSupportCents', code: 'OVER_BUDGET' }],
    });
  });

  it('lets a co-proposer see the draft and accept, once', async () => {
    const school = await factory.organisation({
      name: 'Kazokiškių mokykla',
      sector: Sector.PUBLIC,
      kind: OrganisationKind.SCHOOL,
    });
    const teacher = await factory.signedIn(app, { represents: [school] });
    const initiative = await draft();
    await author.data(
      `mutation ($i: ID!, $o: ID!) { inviteCoProposer(initiativeId: $i, organisationId: $o) { status } }`,
      { i: initiative.id, o: school.id },
    );
    expect((await teacher.data(history, { id: initiative.id })).initiative.status).toBe('DRAFT');

    const respond = `mutation ($i: ID!, $o: ID!, $a: Boolean!) { respondToCoProposal(initiativeId: $i, organisationId: $o, accept: $a) { status } }`;
    expect((await teacher.data(respond, { i: initiative.id, o: school.id, a: true })).respondToCoProposal.status).toBe(
      'ACCEPTED',
    );
    expect(
      (await teacher.request(respond, { i: initiative.id, o: school.id, a: false })).errors?.[0]?.extensions?.code,
    ).toBe('BAD_USER_INPUT');
  });

  it('submits only a complete draft, and names what is missing', async () => {
    const { createInitiative } = await author.data(create, {
      input: { asOrganisationId: community.id, title: 'Neužbaigta' },
    });
    const result = await author.request(submit, { id: createInitiative.id, version: 1 });
    expect(result.errors?.[0]?.extensions?.fields?.map((f) => f.field).sort()).toEqual(
      ['body', 'estimatedBudgetCents', 'measureId', 'requestedSupportCents', 'summary', 'themeCodes'].sort(),
    );
    const initiative = await draft();
    const { submitInitiative } = await author.data(submit, { id: initiative.id, version: initiative.version });
    expect(submitInitiative.status).toBe('SUBMITTED');
    expect(submitInitiative.submittedAt).toBeTruthy();
    expect((await app.visitor().data(history, { id: initiative.id })).initiative.statusHistory).toEqual([
      { fromStatus: 'DRAFT', toStatus: 'SUBMITTED', reason: '', changedBy: { displayName: 'Ona' } },
    ]);
  });
});

describe('what a draft still needs', () => {
  const checklist = `query ($id: ID) { initiative(id: $id) { version viewerSubmissionProblems } }`;

  it('lists for its authors exactly what submitting would refuse, and empties as the draft is completed', async () => {
    const { createInitiative } = await author.data(create, {
      input: { asOrganisationId: community.id, title: 'Pusiau parašyta', summary: 'Trumpai' },
    });
    const { initiative } = await author.data(checklist, { id: createInitiative.id });
    const refused = await author.request(submit, { id: createInitiative.id, version: initiative.version });
    const refusedFields = refused.errors?.[0]?.extensions?.fields?.map((f) => f.field).sort();
    expect([...initiative.viewerSubmissionProblems].sort()).toEqual(refusedFields);
    expect(refusedFields).toEqual(
      ['body', 'estimatedBudgetCents', 'measureId', 'requestedSupportCents', 'themeCodes'].sort(),
    );

    const { updateInitiative } = await author.data(
      `mutation ($input: UpdateInitiativeInput!) { updateInitiative(input: $input) { version viewerSubmissionProblems } }`,
      { input: { id: createInitiative.id, version: initiative.version, measureId, ...complete } },
    );
    expect(updateInitiative.viewerSubmissionProblems).toEqual([]);
    const { submitInitiative } = await author.data(
      `mutation ($id: ID!, $version: Int!) { submitInitiative(id: $id, version: $version) { status viewerSubmissionProblems } }`,
      { id: createInitiative.id, version: updateInitiative.version },
    );
    expect(submitInitiative).toEqual({ status: 'SUBMITTED', viewerSubmissionProblems: [] });
  });

  it('names every field submitting needs, for forms to mark', async () => {
    const { initiativeFieldsToSubmit } = await app.visitor().data(`{ initiativeFieldsToSubmit }`);
    expect([...initiativeFieldsToSubmit].sort()).toEqual(
      ['body', 'estimatedBudgetCents', 'measureId', 'requestedSupportCents', 'summary', 'themeCodes'].sort(),
    );
  });

  it('tells those who may not submit nothing', async () => {
    const { createInitiative } = await author.data(create, {
      input: { asOrganisationId: community.id, title: 'Kviečiame mokyklą' },
    });
    const school = await factory.organisation({ membership: Membership.PARTNER });
    const teacher = await factory.signedIn(app, { represents: [school] });
    await author.data(
      `mutation ($i: ID!, $o: ID!) { inviteCoProposer(initiativeId: $i, organisationId: $o) { status } }`,
      { i: createInitiative.id, o: school.id },
    );
    expect((await teacher.data(checklist, { id: createInitiative.id })).initiative.viewerSubmissionProblems).toEqual(
      [],
    );
  });
});

describe('deleting a draft', () => {
  const remove = `mutation ($id: ID!) { deleteInitiativeDraft(id: $id) }`;
  const canDelete = `query ($id: ID) { initiative(id: $id) { viewerCanDelete } }`;

  it('deletes its authors’ draft with its invitations, and records who did', async () => {
    const initiative = await draft();
    const school = await factory.organisation();
    await author.data(
      `mutation ($i: ID!, $o: ID!) { inviteCoProposer(initiativeId: $i, organisationId: $o) { status } }`,
      { i: initiative.id, o: school.id },
    );
    expect((await author.data(canDelete, { id: initiative.id })).initiative.viewerCanDelete).toBe(true);
    expect((await author.data(remove, { id: initiative.id })).deleteInitiativeDraft).toBe(initiative.id);

    expect((await author.data(history, { id: initiative.id })).initiative).toBeNull();
    const knex = app.orm.em.getKnex();
    expect(await knex('initiative').where({ id: initiative.id }).first()).toBeUndefined();
    expect(await knex('co_proposer').where({ initiative_id: initiative.id })).toEqual([]);
    expect(await knex('initiative_theme').where({ initiative_id: initiative.id })).toEqual([]);
    const entries = await knex('audit_entry').where({ entity_id: initiative.id, action: 'initiative.deleteDraft' });
    expect(entries).toHaveLength(1);
  });

  it('refuses anyone but its authors, and anything already submitted', async () => {
    const initiative = await draft();
    // Staff see every draft, yet deleting one is for those who wrote it.
    expect((await staff.data(canDelete, { id: initiative.id })).initiative.viewerCanDelete).toBe(false);
    expect(await staff.errorCode(remove, { id: initiative.id })).toBe('FORBIDDEN');
    const school = await factory.organisation({ membership: Membership.PARTNER });
    const teacher = await factory.signedIn(app, { represents: [school] });
    await author.data(
      `mutation ($i: ID!, $o: ID!) { inviteCoProposer(initiativeId: $i, organisationId: $o) { status } }`,
      { i: initiative.id, o: school.id },
    );
    // A co-proposer sees the draft but did not write it.
    expect((await teacher.data(canDelete, { id: initiative.id })).initiative.viewerCanDelete).toBe(false);
    expect(await teacher.errorCode(remove, { id: initiative.id })).toBe('FORBIDDEN');
    expect(await app.visitor().errorCode(remove, { id: initiative.id })).toBe('NOT_FOUND');

    const done = await submitted();
    expect((await author.data(canDelete, { id: done.id })).initiative.viewerCanDelete).toBe(false);
    const refused = await author.request(remove, { id: done.id });
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'id', code: 'NOT_A_DRAFT' }],
    });
    expect((await app.visitor().data(history, { id: done.id })).initiative.status).toBe('SUBMITTED');
  });
});

describe('review', () => {
  const statuses = Object.values(InitiativeStatus);

  /** An initiative brought to `status` along legal moves. */
  async function at(status: InitiativeStatus): Promise<string> {
    const initiative = await draft();
    if (status === InitiativeStatus.DRAFT) return initiative.id;
    if (status === InitiativeStatus.WITHDRAWN) {
      await author.data(`mutation ($id: ID!) { withdrawInitiative(id: $id, reason: "Persigalvojome") { status } }`, {
        id: initiative.id,
      });
      return initiative.id;
    }
    await author.data(submit, { id: initiative.id, version: initiative.version });
    if (status === InitiativeStatus.COMPLETION_REQUESTED) {
      // Entered only with an application's completion request (compliance.test.ts moves it so).
      await app.orm.em.getKnex()('initiative').where('id', initiative.id).update({ status });
      return initiative.id;
    }
    const path: Record<string, InitiativeStatus[]> = {
      SUBMITTED: [],
      UNDER_REVIEW: ['UNDER_REVIEW'],
      SHORTLISTED: ['UNDER_REVIEW', 'SHORTLISTED'],
      APPROVED: ['UNDER_REVIEW', 'SHORTLISTED', 'APPROVED'],
      IN_PROGRESS: ['UNDER_REVIEW', 'SHORTLISTED', 'APPROVED', 'IN_PROGRESS'],
      COMPLETED: ['UNDER_REVIEW', 'SHORTLISTED', 'APPROVED', 'IN_PROGRESS', 'COMPLETED'],
      REJECTED: ['REJECTED'],
      NOT_CONTRACTED: ['UNDER_REVIEW', 'SHORTLISTED', 'APPROVED', 'NOT_CONTRACTED'],
      TERMINATED: ['UNDER_REVIEW', 'SHORTLISTED', 'APPROVED', 'IN_PROGRESS', 'TERMINATED'],
    } as Record<string, InitiativeStatus[]>;
    for (const to of path[status]!)
      await staff.data(transition, { input: { id: initiative.id, to, reason: `Į ${to}` } });
    return initiative.id;
  }

  for (const from of statuses) {
    it(`allows staff exactly the legal moves from ${from}`, async () => {
      for (const to of statuses.filter((s) => s !== from)) {
        const id = await at(from);
        const result = await staff.request(transition, { input: { id, to, reason: 'Komisijos sprendimas' } });
        if (staffTransitions[from].includes(to)) {
          expect(result.errors, `${from} → ${to}`).toBeUndefined();
          const { initiative } = await app.visitor().data(history, { id });
          expect(initiative.status).toBe(to);
          expect(initiative.statusHistory.at(-1)).toEqual({
            fromStatus: from,
            toStatus: to,
            reason: 'Komisijos sprendimas',
            changedBy: { displayName: 'Rasa' },
          });
        } else {
          expect(result.errors?.[0]?.extensions, `${from} → ${to}`).toMatchObject({
            code: 'BAD_USER_INPUT',
            fields: [{ field: 'to', code: 'ILLEGAL_TRANSITION' }],
          });
        }
      }
    }, 60_000);
  }

  it('requires a reason for every staff move', async () => {
    const initiative = await submitted();
    const result = await staff.request(transition, { input: { id: initiative.id, to: 'UNDER_REVIEW', reason: '' } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'reason' }] });
  });

  it('lets authors withdraw until the board decides, with a reason', async () => {
    const withdraw = `mutation ($id: ID!, $reason: String!) { withdrawInitiative(id: $id, reason: $reason) { status } }`;
    const initiative = await submitted();
    expect(
      (await author.data(withdraw, { id: initiative.id, reason: 'Gavome kitą finansavimą' })).withdrawInitiative.status,
    ).toBe('WITHDRAWN');
    const approved = await at(InitiativeStatus.APPROVED);
    expect((await author.request(withdraw, { id: approved, reason: 'Per vėlu' })).errors?.[0]?.extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
  });
});

describe('endorsements', () => {
  const endorse = `mutation ($input: EndorseInput!) { endorseInitiative(input: $input) { note organisation { name } } }`;

  it('lets an organisation support once, counted by sector, and withdraw its support', async () => {
    const initiative = await submitted();
    const company = await factory.organisation({
      name: 'UAB Ežero žuvis',
      sector: Sector.BUSINESS,
      kind: OrganisationKind.COMPANY,
    });
    const owner = await factory.signedIn(app, { represents: [company] });
    await owner.data(endorse, { input: { initiativeId: initiative.id, organisationId: company.id, note: 'Padėsime' } });
    const again = await owner.request(endorse, { input: { initiativeId: initiative.id, organisationId: company.id } });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const support = `query ($id: ID) { initiative(id: $id) { endorsementCount supportBySector { bySector { sector count } } } }`;
    const { initiative: after } = await app.visitor().data(support, { id: initiative.id });
    expect(after.endorsementCount).toBe(1);
    expect(after.supportBySector.bySector).toContainEqual({ sector: 'BUSINESS', count: 1 });

    await owner.data(
      `mutation ($i: ID!, $o: ID!) { withdrawEndorsement(initiativeId: $i, organisationId: $o) { endorsementCount } }`,
      { i: initiative.id, o: company.id },
    );
    expect((await app.visitor().data(support, { id: initiative.id })).initiative.endorsementCount).toBe(0);
  });

  it('answers support with the initiative as it now stands, so a page can show it without reading again', async () => {
    const initiative = await submitted();
    const school = await factory.organisation({ sector: Sector.PUBLIC });
    const owner = await factory.signedIn(app, { represents: [school] });
    const { endorseInitiative } = await owner.data(
      `mutation ($input: EndorseInput!) { endorseInitiative(input: $input) {
        id initiative { id endorsementCount endorsements { id initiative { id } organisation { id } }
          viewerEndorsementOptions { organisation { id } canEndorse refusal } }
      } }`,
      { input: { initiativeId: initiative.id, organisationId: school.id } },
    );
    expect(endorseInitiative.initiative).toMatchObject({
      id: initiative.id,
      endorsementCount: 1,
      endorsements: [{ id: endorseInitiative.id, initiative: { id: initiative.id }, organisation: { id: school.id } }],
      viewerEndorsementOptions: [{ organisation: { id: school.id }, canEndorse: false, refusal: 'ALREADY_SUPPORTS' }],
    });
  });

  it('refuses support for drafts and from the lead itself', async () => {
    const initiative = await draft();
    const friend = await factory.organisation();
    const rep = await factory.signedIn(app, { represents: [friend, community] });
    const early = await rep.request(endorse, { input: { initiativeId: initiative.id, organisationId: friend.id } });
    expect(early.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ code: 'NOT_ENDORSABLE' }],
    });
    // Someone who may not even see the draft learns nothing about it.
    const stranger = await factory.signedIn(app, { represents: [friend] });
    expect(
      await stranger.errorCode(endorse, { input: { initiativeId: initiative.id, organisationId: friend.id } }),
    ).toBe('NOT_FOUND');
    const open = await submitted();
    const own = await rep.request(endorse, { input: { initiativeId: open.id, organisationId: community.id } });
    expect(own.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'organisationId', code: 'LEAD_ITSELF' }],
    });
  });
});

describe('why an organisation may not support an initiative', () => {
  const options = `query ($id: ID) { initiative(id: $id) {
    viewerEndorsementOptions { organisation { name } canEndorse refusal } } }`;
  const endorse = `mutation ($input: EndorseInput!) { endorseInitiative(input: $input) { id } }`;
  const withdraw = `mutation ($i: ID!, $o: ID!) { withdrawEndorsement(initiativeId: $i, organisationId: $o) { id } }`;
  const named = (name: string) => factory.organisation({ name: `${name} ${randomUUID().slice(0, 8)}` });

  /** What endorseInitiative answers `client` supporting `initiativeId` as `organisationId`: the refusal's code, or ACCEPTED. */
  async function answer(client: GraphQLClient, initiativeId: string, organisationId: string): Promise<string> {
    const result = await client.request(endorse, { input: { initiativeId, organisationId } });
    const refusal = result.errors?.[0]?.extensions as { code: string; fields?: { code: string }[] } | undefined;
    return refusal ? (refusal.fields?.[0]?.code ?? refusal.code) : 'ACCEPTED';
  }

  it('tells each organisation the viewer represents, by name, whether it may and why not, as the mutation then answers', async () => {
    const [lead, accepted, invited, declined, supporter, free] = await Promise.all(
      ['A teikėja', 'B partnerė', 'C pakviestoji', 'D atsisakiusioji', 'E palaikanti', 'F kita'].map(named),
    );
    const initiative = await factory.initiative(lead!, {}, [
      { organisation: accepted!, status: CoProposerStatus.ACCEPTED },
      { organisation: invited!, status: CoProposerStatus.INVITED },
      { organisation: declined!, status: CoProposerStatus.DECLINED },
    ]);
    const all = [lead!, accepted!, invited!, declined!, supporter!, free!];
    const rep = await factory.signedIn(app, { represents: all });
    expect(await answer(rep, initiative.id, supporter!.id)).toBe('ACCEPTED');

    const { initiative: seen } = await rep.data(options, { id: initiative.id });
    expect(seen.viewerEndorsementOptions).toEqual([
      { organisation: { name: lead!.name }, canEndorse: false, refusal: 'LEAD_ITSELF' },
      { organisation: { name: accepted!.name }, canEndorse: false, refusal: 'CO_PROPOSER_ITSELF' },
      { organisation: { name: invited!.name }, canEndorse: false, refusal: 'CO_PROPOSER_ITSELF' },
      // Having declined to co-propose it, it may support it like anyone else.
      { organisation: { name: declined!.name }, canEndorse: true, refusal: null },
      { organisation: { name: supporter!.name }, canEndorse: false, refusal: 'ALREADY_SUPPORTS' },
      { organisation: { name: free!.name }, canEndorse: true, refusal: null },
    ]);
    const answers = [];
    for (const organisation of all) answers.push(await answer(rep, initiative.id, organisation.id));
    expect(answers).toEqual([
      'LEAD_ITSELF',
      'CO_PROPOSER_ITSELF',
      'CO_PROPOSER_ITSELF',
      'ACCEPTED',
      'CONFLICT',
      'ACCEPTED',
    ]);
    const after = (await rep.data(options, { id: initiative.id })).initiative.viewerEndorsementOptions;
    expect(after.map((option: { refusal: string | null }) => option.refusal)).toEqual([
      'LEAD_ITSELF',
      'CO_PROPOSER_ITSELF',
      'CO_PROPOSER_ITSELF',
      'ALREADY_SUPPORTS',
      'ALREADY_SUPPORTS',
      'ALREADY_SUPPORTS',
    ]);
  });

  it('offers support to LAG members and partners only: an applicant or a former member is told why not', async () => {
    const [member, partner, applicant, former] = await Promise.all([
      factory.organisation({ name: `A narė ${randomUUID().slice(0, 8)}`, membership: Membership.MEMBER }),
      factory.organisation({ name: `B partnerė ${randomUUID().slice(0, 8)}`, membership: Membership.PARTNER }),
      factory.organisation({ name: `C kandidatė ${randomUUID().slice(0, 8)}`, membership: Membership.APPLICANT }),
      factory.organisation({ name: `D buvusi ${randomUUID().slice(0, 8)}`, membership: Membership.FORMER }),
    ]);
    const initiative = await factory.initiative(community);
    const rep = await factory.signedIn(app, { represents: [member, partner, applicant, former] });
    const { initiative: seen } = await rep.data(options, { id: initiative.id });
    expect(seen.viewerEndorsementOptions.map((option: { refusal: string | null }) => option.refusal)).toEqual([
      null,
      null,
      'NOT_MEMBER_OR_PARTNER',
      'NOT_MEMBER_OR_PARTNER',
    ]);
    const answers = [];
    for (const organisation of [member, partner, applicant, former]) {
      answers.push(await answer(rep, initiative.id, organisation.id));
    }
    expect(answers).toEqual(['ACCEPTED', 'ACCEPTED', 'NOT_MEMBER_OR_PARTNER', 'NOT_MEMBER_OR_PARTNER']);
  });

  it('tells a supporter so whatever the status, and the others that the status does not allow support', async () => {
    const [supporter, other] = await Promise.all(['A palaikanti', 'B kita'].map(named));
    const initiative = await factory.initiative(community);
    const rep = await factory.signedIn(app, { represents: [supporter!, other!] });
    expect(await answer(rep, initiative.id, supporter!.id)).toBe('ACCEPTED');
    await staff.data(transition, { input: { id: initiative.id, to: 'REJECTED', reason: 'Neatitinka strategijos' } });

    const refusals = async () =>
      (await rep.data(options, { id: initiative.id })).initiative.viewerEndorsementOptions.map(
        (option: { refusal: string | null }) => option.refusal,
      );
    expect(await refusals()).toEqual(['ALREADY_SUPPORTS', 'NOT_ENDORSABLE']);
    expect(await answer(rep, initiative.id, other!.id)).toBe('NOT_ENDORSABLE');
    // A support may still be withdrawn; then it cannot be given again.
    await rep.data(withdraw, { i: initiative.id, o: supporter!.id });
    expect(await refusals()).toEqual(['NOT_ENDORSABLE', 'NOT_ENDORSABLE']);
  });
});

describe('the lifecycle', () => {
  it('allows every move once, from the draft to the end, and withdrawal only before the board decides', () => {
    const moves = Object.fromEntries(Object.values(InitiativeStatus).map((status) => [status, nextStatuses(status)]));
    expect(moves).toEqual({
      DRAFT: ['SUBMITTED', 'WITHDRAWN'],
      SUBMITTED: ['UNDER_REVIEW', 'REJECTED', 'WITHDRAWN'],
      COMPLETION_REQUESTED: ['WITHDRAWN'],
      UNDER_REVIEW: ['SHORTLISTED', 'REJECTED', 'WITHDRAWN'],
      SHORTLISTED: ['APPROVED', 'REJECTED', 'WITHDRAWN'],
      APPROVED: ['IN_PROGRESS', 'NOT_CONTRACTED'],
      IN_PROGRESS: ['COMPLETED', 'TERMINATED'],
      COMPLETED: [],
      REJECTED: [],
      WITHDRAWN: [],
      NOT_CONTRACTED: [],
      TERMINATED: [],
    });
  });
});

describe('what the viewer may do, as the API tells it', () => {
  const rights = `query ($id: ID) { initiative(id: $id) {
    viewerCanEdit viewerEndorsementOptions { canEndorse refusal } viewerTransitions } }`;
  const withdraw = `mutation ($id: ID!, $reason: String!) { withdrawInitiative(id: $id, reason: $reason) { status } }`;

  it('tells who may propose: staff and representatives of member organisations', async () => {
    const canPropose = `{ viewerCanPropose }`;
    const partner = await factory.organisation({ membership: Membership.PARTNER });
    const resident = await factory.signedIn(app, {});
    const partnerRepresentative = await factory.signedIn(app, { represents: [partner] });
    const answers = await Promise.all(
      [app.visitor(), resident, partnerRepresentative, author, staff].map(
        async (client) => (await client.data(canPropose)).viewerCanPropose,
      ),
    );
    expect(answers).toEqual([false, false, false, true, true]);
    // The answer is the rule createInitiative checks: the partner's representative is refused.
    expect(
      await partnerRepresentative.errorCode(create, { input: { asOrganisationId: partner.id, title: 'Mūsų idėja' } }),
    ).toBe('FORBIDDEN');
  });

  it('offers a draft’s authors editing, submitting and withdrawing, and no one else anything', async () => {
    const initiative = await draft();
    expect((await author.data(rights, { id: initiative.id })).initiative).toEqual({
      viewerCanEdit: true,
      viewerEndorsementOptions: [{ canEndorse: false, refusal: 'LEAD_ITSELF' }],
      viewerTransitions: ['SUBMITTED', 'WITHDRAWN'],
    });
    const friend = await factory.organisation({ membership: Membership.PARTNER });
    const outsider = await factory.signedIn(app, { represents: [friend] });
    // A draft is invisible to others, so it offers them nothing.
    expect((await outsider.data(rights, { id: initiative.id })).initiative).toBeNull();
  });

  it('offers staff exactly the moves the review accepts, and supporters their support', async () => {
    const initiative = await submitted();
    const { initiative: seenByStaff } = await staff.data(rights, { id: initiative.id });
    expect(seenByStaff).toMatchObject({
      viewerCanEdit: false,
      viewerTransitions: [...staffTransitions.SUBMITTED, 'WITHDRAWN'],
    });
    for (const to of staffTransitions.SUBMITTED) {
      const fresh = await submitted();
      const moved = await staff.request(transition, { input: { id: fresh.id, to, reason: 'Pagal tvarką' } });
      expect(moved.errors).toBeUndefined();
    }

    expect((await author.data(rights, { id: initiative.id })).initiative).toEqual({
      viewerCanEdit: false,
      viewerEndorsementOptions: [{ canEndorse: false, refusal: 'LEAD_ITSELF' }],
      viewerTransitions: ['WITHDRAWN'],
    });
    const friend = await factory.organisation({ membership: Membership.PARTNER });
    const supporter = await factory.signedIn(app, { represents: [friend] });
    expect((await supporter.data(rights, { id: initiative.id })).initiative).toEqual({
      viewerCanEdit: false,
      viewerEndorsementOptions: [{ canEndorse: true, refusal: null }],
      viewerTransitions: [],
    });
    expect((await app.visitor().data(rights, { id: initiative.id })).initiative).toEqual({
      viewerCanEdit: false,
      viewerEndorsementOptions: [],
      viewerTransitions: [],
    });
  });

  it('offers nothing once the board has decided, and the server agrees', async () => {
    const initiative = await submitted();
    for (const to of ['UNDER_REVIEW', 'SHORTLISTED', 'APPROVED']) {
      await staff.data(transition, { input: { id: initiative.id, to, reason: 'Pagal tvarką' } });
    }
    expect((await author.data(rights, { id: initiative.id })).initiative.viewerTransitions).toEqual([]);
    expect(await author.errorCode(withdraw, { id: initiative.id, reason: 'Persigalvojome' })).toBe('BAD_USER_INPUT');
  });
});
