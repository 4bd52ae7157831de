import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { PlatformRole } from '../accounts/account.enums.js';
import { AccountTokenPurpose } from '../accounts/account-token.entity.js';
import { issueAccountToken } from '../accounts/account-tokens.js';
import { User } from '../accounts/user.entity.js';
import { repositoryRoot } from '../config.js';
import { InitiativeStatus } from '../initiatives/initiative.enums.js';
import { Membership } from '../organisations/organisation.enums.js';
import type { Organisation } from '../organisations/organisation.entity.js';
import { callInput, Factory, testPassword } from '../../test/factories.js';
import { CallStatus } from '../calls/call.enums.js';
import { ApplicationFactory } from '../../test/application-factories.js';
import { ApplicationStatus } from '../applications/application.enums.js';
import { CoProposerStatus } from '../initiatives/initiative.enums.js';
import { OrganisationKind } from '../organisations/organisation.enums.js';
import type { GraphQLClient, GraphQLResponse } from '../../test/graphql-client.js';
import { sampleFiles, uploadFile } from '../../test/sample-files.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { hashToken, newToken } from '../common/tokens.js';
import { policy, type Operation } from './policy.js';

/** The role × operation table of docs/authorization.md, read from the document itself. */
const roles = ['visitor', 'user', 'member rep.', 'partner rep.', 'staff', 'admin'] as const;
type Role = (typeof roles)[number];
type Cell = 'yes' | 'no' | 'own';

function readTable(): Map<Operation, Record<Role, Cell>> {
  const markdown = readFileSync(path.join(repositoryRoot, 'docs/authorization.md'), 'utf8');
  const table = new Map<Operation, Record<Role, Cell>>();
  for (const line of markdown.split('\n')) {
    const match = /^\| `([\w.]+)` \|[^|]*\|(.*)\|$/.exec(line);
    if (!match) continue;
    const cells = match[2]!.split('|').map((cell) => cell.trim() as Cell);
    table.set(
      match[1] as Operation,
      Object.fromEntries(roles.map((role, i) => [role, cells[i]])) as Record<Role, Cell>,
    );
  }
  return table;
}

type Actor = { client: GraphQLClient; email: string; organisation: Organisation | null };
type Probe = (actor: Actor, target: Organisation) => Promise<GraphQLResponse>;

let app: TestApp;
let factory: Factory;
let applicationFactory: ApplicationFactory;
let staff: GraphQLClient;

async function actorFor(role: Role): Promise<Actor> {
  if (role === 'visitor') return { client: app.visitor(), email: 'visitor@example.test', organisation: null };
  const organisation =
    role === 'member rep.'
      ? await factory.organisation({ membership: Membership.MEMBER })
      : role === 'partner rep.'
        ? await factory.organisation({ membership: Membership.PARTNER })
        : null;
  const platformRole =
    role === 'staff' ? PlatformRole.STAFF : role === 'admin' ? PlatformRole.ADMIN : PlatformRole.USER;
  const user = await factory.user({ role: platformRole, represents: organisation ? [organisation] : [] });
  return { client: await app.client().signIn(user.email, testPassword), email: user.email, organisation };
}

async function invitationFor(email: string, target: Organisation) {
  const { inviteRepresentative } = await staff.data(
    `mutation ($input: InviteRepresentativeInput!) { inviteRepresentative(input: $input) { token invitation { id } } }`,
    { input: { organisationId: target.id, email, role: 'MEMBER' } },
  );
  return inviteRepresentative as { token: string; invitation: { id: string } };
}

/** One real GraphQL request per operation, made as the actor against `target`. */
const probes: Record<Operation, Probe> = {
  'directory.read': ({ client }) =>
    client.request(`{ organisations(first: 1) { totalCount } elderships { id } directoryStats { memberCount } }`),
  'organisation.read': ({ client }, target) =>
    client.request(`query ($id: ID) { organisation(id: $id) { name representatives { person { displayName } } } }`, {
      id: target.id,
    }),
  'about.read': ({ client }) => client.request(`{ about { boardSize milestones { id } } }`),
  'account.register': ({ client }) =>
    client.request(`mutation ($input: RegisterInput!) { register(input: $input) { email } }`, {
      input: {
        email: `new-${Math.random().toString(36).slice(2)}@example.test`,
        password: 'a long password',
        displayName: 'Naujas',
      },
    }),
  'account.signIn': async ({ client }) => {
    const user = await factory.user();
    return client.request(`mutation ($input: SignInInput!) { signIn(input: $input) { id } }`, {
      input: { email: user.email, password: testPassword },
    });
  },
  'account.readOwn': async ({ client }) => {
    const result = await client.request(`{ me { email } }`);
    // `me` answers a visitor with null rather than an error: that is the refusal here.
    return result.data?.me === null
      ? { errors: [{ message: 'no viewer', extensions: { code: 'UNAUTHENTICATED' } }] }
      : result;
  },
  'account.updateOwn': ({ client }) => client.request(`mutation { updateProfile(input: { locale: en }) { locale } }`),
  'account.changePassword': ({ client }) =>
    client.request(`mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`, {
      input: { currentPassword: testPassword, newPassword: testPassword },
    }),
  'account.resetPassword': ({ client }) =>
    client.request(`mutation ($email: String!) { requestPasswordReset(email: $email) { email } }`, {
      email: `someone-${Math.random().toString(36).slice(2)}@example.test`,
    }),
  'account.verifyEmail': async ({ client }) => {
    const user = await factory.user();
    const em = app.orm.em.fork();
    const token = issueAccountToken(
      em,
      em.getReference(User, user.id),
      AccountTokenPurpose.VERIFY_EMAIL,
      user.email,
      60_000,
    );
    await em.flush();
    return client.request(`mutation ($token: String!) { verifyEmail(token: $token) { email } }`, { token });
  },
  'account.changeEmail': ({ client }) =>
    client.request(`mutation ($e: String!, $p: String!) { changeEmail(newEmail: $e, currentPassword: $p) { id } }`, {
      e: `moved-${Math.random().toString(36).slice(2)}@example.test`,
      p: testPassword,
    }),
  'invitation.preview': async ({ client }, target) => {
    const { token } = await invitationFor('someone@example.test', target);
    return client.request(`query ($t: String!) { invitation(token: $t) { email } }`, { t: token });
  },
  'invitation.accept': async ({ client, email }, target) => {
    const { token } = await invitationFor(email, target);
    return client.request(`mutation ($t: String!) { acceptInvitation(token: $t) { id } }`, { t: token });
  },
  'organisation.updateProfile': ({ client }, target) =>
    client.request(`mutation ($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id } }`, {
      input: { id: target.id, version: target.version, description: `Aprašymas ${Math.random()}` },
    }),
  'organisation.create': ({ client }) =>
    client.request(`mutation ($input: CreateOrganisationInput!) { createOrganisation(input: $input) { id } }`, {
      input: {
        name: `Nauja ${Math.random().toString(36).slice(2)}`,
        sector: 'NGO',
        kind: 'ASSOCIATION',
        scope: 'LOCAL',
        membership: 'APPLICANT',
      },
    }),
  'organisation.changeMembership': ({ client }, target) =>
    client.request(`mutation ($input: ChangeMembershipInput!) { changeMembership(input: $input) { id } }`, {
      input: { id: target.id, membership: 'MEMBER', since: '2025-01-01' },
    }),
  'organisation.readInvitations': ({ client }, target) =>
    client.request(`query ($id: ID) { organisation(id: $id) { invitations { id } } }`, { id: target.id }),
  'organisation.readAuditTrail': ({ client }, target) =>
    client.request(`query ($id: ID) { organisation(id: $id) { auditTrail { id } } }`, { id: target.id }),
  'invitation.create': ({ client }, target) =>
    client.request(`mutation ($input: InviteRepresentativeInput!) { inviteRepresentative(input: $input) { token } }`, {
      input: { organisationId: target.id, email: 'new@example.test', role: 'REPRESENTATIVE' },
    }),
  'invitation.revoke': async ({ client }, target) => {
    const { invitation } = await invitationFor('revoked@example.test', target);
    return client.request(`mutation ($id: ID!) { revokeInvitation(id: $id) { id } }`, { id: invitation.id });
  },
  'affiliation.remove': async ({ client }, target) => {
    await factory.user({ memberOf: [target] });
    const [affiliation] = await app.orm.em
      .getKnex()('affiliation')
      .select('id')
      .where('organisation_id', target.id)
      .orderBy('created_at', 'desc')
      .limit(1);
    return client.request(`mutation ($id: ID!) { removeAffiliation(id: $id) }`, { id: affiliation.id });
  },
  'user.list': ({ client }) => client.request(`{ users(first: 5) { email } }`),
  'initiative.read': async ({ client }, target) => {
    const initiative = await factory.initiative(target);
    return client.request(
      `query ($id: ID) { initiative(id: $id) { title statusHistory { toStatus } supportBySector { allSectors } } initiatives(first: 5) { totalCount } }`,
      { id: initiative.id },
    );
  },
  'initiative.readDraft': async ({ client }, target) => {
    // A member's own draft is one it leads; a partner's, one it is invited to co-propose.
    const draft =
      target.membership === Membership.PARTNER
        ? await factory.initiative(await factory.organisation(), { status: InitiativeStatus.DRAFT }, [
            { organisation: target },
          ])
        : await factory.initiative(target, { status: InitiativeStatus.DRAFT });
    const result = await client.request(`query ($id: ID) { initiative(id: $id) { title } }`, { id: draft.id });
    // A draft the viewer may not see does not exist for them: null, the refusal here.
    if (result.data?.initiative !== null) return result;
    return { errors: [{ message: 'hidden', extensions: { code: client.cookie ? 'FORBIDDEN' : 'UNAUTHENTICATED' } }] };
  },
  'initiative.lead': ({ client }, target) =>
    client.request(`mutation ($input: CreateInitiativeInput!) { createInitiative(input: $input) { id } }`, {
      input: { asOrganisationId: target.id, title: 'Nauja iniciatyva' },
    }),
  'initiative.deleteDraft': async ({ client }, target) => {
    const draft = await factory.initiative(target, { status: InitiativeStatus.DRAFT });
    const result = await client.request(`mutation ($id: ID!) { deleteInitiativeDraft(id: $id) }`, { id: draft.id });
    // A draft the viewer may not see does not exist for them: NOT_FOUND, the refusal here.
    if (result.errors?.[0]?.extensions?.code !== 'NOT_FOUND') return result;
    return { errors: [{ message: 'hidden', extensions: { code: client.cookie ? 'FORBIDDEN' : 'UNAUTHENTICATED' } }] };
  },
  'initiative.respondCoProposal': async ({ client }, target) => {
    const initiative = await factory.initiative(await factory.organisation(), { status: InitiativeStatus.DRAFT }, [
      { organisation: target },
    ]);
    return client.request(
      `mutation ($i: ID!, $o: ID!) { respondToCoProposal(initiativeId: $i, organisationId: $o, accept: true) { status } }`,
      {
        i: initiative.id,
        o: target.id,
      },
    );
  },
  'initiative.transition': async ({ client }, target) => {
    const initiative = await factory.initiative(target);
    return client.request(
      `mutation ($input: TransitionInitiativeInput!) { transitionInitiative(input: $input) { status } }`,
      {
        input: { id: initiative.id, to: 'UNDER_REVIEW', reason: 'Pradedame vertinimą' },
      },
    );
  },
  'initiative.endorse': async ({ client }, target) => {
    const initiative = await factory.initiative(await factory.organisation());
    return client.request(`mutation ($input: EndorseInput!) { endorseInitiative(input: $input) { id } }`, {
      input: { initiativeId: initiative.id, organisationId: target.id, note: 'Palaikome' },
    });
  },
  'initiative.coWrite': async ({ client }, target) => {
    const draft = await factory.initiative(await factory.organisation(), { status: InitiativeStatus.DRAFT }, [
      { organisation: target, status: CoProposerStatus.ACCEPTED },
    ]);
    return hiddenAsRefused(
      client,
      await client.request(
        `mutation ($input: UpdateInitiativeInput!) { updateInitiative(input: $input) { version } }`,
        { input: { id: draft.id, version: draft.version, summary: 'Parašėme kartu' } },
      ),
    );
  },
  'application.read': async ({ client }, target) => {
    const application = await applicationOf(target);
    return hiddenAsRefused(
      client,
      await client.request(
        `query ($id: ID!) { application(id: $id) { status answers { value } problems { code } versions { number } completionRequests { round } } }`,
        { id: application.id },
      ),
    );
  },
  'application.apply': async ({ client }, target) => {
    const call = await callFixture();
    return client.request(
      `mutation ($call: ID!, $org: ID!) { applyToCall(callId: $call, title: "Nauja erdvė", organisationId: $org) { id } }`,
      { call: call.id, org: target.id },
    );
  },
  'application.edit': async ({ client }, target) => {
    const application = await applicationOf(target);
    return hiddenAsRefused(
      client,
      await client.request(
        `mutation ($id: ID!, $v: Int!) { updateApplication(id: $id, version: $v, input: { eligibleCostsCents: 500000 }) { version } }`,
        { id: application.id, v: application.version },
      ),
    );
  },
  'application.submit': async ({ client }, target) => {
    const application = await applicationOf(target, { lead: true });
    return hiddenAsRefused(
      client,
      await client.request(`mutation ($id: ID!, $v: Int!) { submitApplication(id: $id, version: $v) { status } }`, {
        id: application.id,
        v: application.version,
      }),
    );
  },
  'application.withdraw': async ({ client }, target) => {
    const application = await applicationOf(target, { lead: true });
    return hiddenAsRefused(
      client,
      await client.request(
        `mutation ($id: ID!, $v: Int!) { withdrawApplication(id: $id, version: $v, reason: "Persigalvojome") { status } }`,
        { id: application.id, v: application.version },
      ),
    );
  },
  'application.readCompliance': async ({ client }, target) => {
    const application = await submittedApplicationOf(target);
    return client.request(
      `query ($call: ID!) { complianceQueue(callId: $call) { application { id complianceChecks { result } automaticChecks { code } } } }`,
      { call: application.callId },
    );
  },
  'application.checkCompliance': async ({ client }, target) => {
    const application = await submittedApplicationOf(target);
    return client.request(
      `mutation ($id: ID!) { recordComplianceCheck(applicationId: $id, item: "APPLICANT_ELIGIBLE", result: PASSED) { id } }`,
      { id: application.id },
    );
  },
  'markdown.preview': ({ client }) =>
    client.request(`query ($source: String!) { markdownPreview(source: $source) }`, { source: '**Sveiki**' }),
  'comment.read': async ({ client }) => {
    const { initiative } = await commentFixture();
    return client.request(
      `query ($id: ID) { initiative(id: $id) { comments(first: 5) { totalCount edges { node { body author { displayName } } } } } }`,
      { id: initiative.id },
    );
  },
  'comment.write': async ({ client }) => {
    const { initiative } = await commentFixture();
    return client.request(`mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }`, {
      input: { initiativeId: initiative.id, body: 'Puiki mintis' },
    });
  },
  'comment.speakFor': async ({ client }, target) => {
    const { initiative } = await commentFixture();
    return client.request(`mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }`, {
      input: { initiativeId: initiative.id, body: 'Mūsų organizacija pritaria', asOrganisationId: target.id },
    });
  },
  'comment.flag': async ({ client }) => {
    const { comment } = await commentFixture();
    return client.request(`mutation ($id: ID!) { flagComment(id: $id, reason: "Įžeidus komentaras") { id } }`, {
      id: comment.id,
    });
  },
  'comment.moderate': async ({ client }) => {
    const { comment } = await commentFixture();
    return client.request(`mutation ($id: ID!) { hideComment(id: $id, reason: "Netinkamas turinys") { isHidden } }`, {
      id: comment.id,
    });
  },
  'initiative.follow': async ({ client }, target) => {
    const initiative = await factory.initiative(target);
    return client.request(`mutation ($id: ID!) { followInitiative(initiativeId: $id) { viewerFollows } }`, {
      id: initiative.id,
    });
  },
  'notification.read': ({ client }) =>
    client.request(`{ notifications(first: 5) { edges { node { id } } } unreadNotificationCount }`),
  'notification.configure': ({ client }) =>
    client.request(`mutation { setNotificationPreference(kind: NEW_COMMENT, delivery: WEEKLY) { delivery } }`),
  'notification.unsubscribe': async ({ client }) => {
    const user = await factory.user();
    const token = newToken();
    await app.orm.em.fork().execute(
      `insert into outgoing_mail (id, recipient, sender, subject, text_body, html_body, unsubscribe_token_hash,
         unsubscribe_user_id, unsubscribe_scope)
       values (gen_random_uuid(), ?, 'telka@example.test', 'Naujas komentaras', '-', '-', ?, ?, 'NEW_COMMENT')`,
      [user.email, hashToken(token), user.id],
    );
    return client.request(`mutation ($t: String!) { unsubscribe(token: $t) { done } }`, { t: token });
  },
  'partnership.read': async ({ client }) => {
    const partnership = await partnershipFixture();
    return client.request(
      `query ($id: ID) { partnership(id: $id) { title parties { organisation { name } } } partnerships(first: 5) { totalCount } }`,
      { id: partnership.id },
    );
  },
  'partnership.readInternal': async ({ client }) => {
    const partnership = await partnershipFixture();
    return client.request(
      `query ($id: ID) { partnership(id: $id) { internalNotes activities { id } contacts { id } } }`,
      { id: partnership.id },
    );
  },
  'partnership.manage': async ({ client }) => {
    const partnership = await partnershipFixture();
    return client.request(`mutation ($input: UpdatePartnershipInput!) { updatePartnership(input: $input) { id } }`, {
      input: { id: partnership.id, version: 1, publicDescription: 'Atnaujinta' },
    });
  },
  'partnership.logActivity': async ({ client }) => {
    const partnership = await partnershipFixture();
    return client.request(`mutation ($input: LogActivityInput!) { logPartnershipActivity(input: $input) { id } }`, {
      input: { partnershipId: partnership.id, kind: 'CALL', occurredOn: '2026-01-05', summary: 'Paskambinome' },
    });
  },
  'partnership.export': async ({ client }) => {
    const response = await fetch(`${app.url}/exports/partnerships.csv`, {
      headers: client.cookie ? { cookie: client.cookie } : {},
    });
    if (response.ok) return { data: { exported: true } };
    const code =
      response.status === 401 ? 'UNAUTHENTICATED' : response.status === 403 ? 'FORBIDDEN' : String(response.status);
    return { errors: [{ message: 'refused', extensions: { code } }] };
  },
  'call.read': async ({ client }) => {
    const call = await factory.call({}, { measures: [await factory.measure()] });
    return client.request(
      `query ($number: Int!) { call(number: $number) { title phase measures { code } criteria { title } amendments { reason } } calls(first: 5) { totalCount } }`,
      { number: call.number },
    );
  },
  'call.readDraft': async ({ client }) => {
    const draft = await factory.call({ status: CallStatus.DRAFT });
    const result = await client.request(`query ($number: Int!) { call(number: $number) { title } }`, {
      number: draft.number,
    });
    // A draft the viewer may not see does not exist for them: null, the refusal here.
    if (result.data?.call !== null) return result;
    return { errors: [{ message: 'hidden', extensions: { code: client.cookie ? 'FORBIDDEN' : 'UNAUTHENTICATED' } }] };
  },
  'call.manage': async ({ client }) => {
    const measure = await factory.measure();
    return client.request(`mutation ($input: CallInput!) { createCall(input: $input) { id phase } }`, {
      input: callInput(measure.id),
    });
  },
  'file.upload': async ({ client }) => {
    const response = await uploadFile(app.url, client.cookie, sampleFiles.pdf(), 'Paraiškos priedas.pdf');
    const body = (await response.json()) as GraphQLResponse;
    return response.status === 201 ? { data: body } : body;
  },
  'user.setRole': async ({ client }) => {
    const user = await factory.user();
    return client.request(`mutation ($id: ID!) { setUserRole(userId: $id, role: STAFF) { role } }`, { id: user.id });
  },
};

/** Something the viewer may not know exists (NOT_FOUND) is their refusal here. */
function hiddenAsRefused(client: GraphQLClient, result: GraphQLResponse): GraphQLResponse {
  if (result.errors?.[0]?.extensions?.code !== 'NOT_FOUND') return result;
  return { errors: [{ message: 'hidden', extensions: { code: client.cookie ? 'FORBIDDEN' : 'UNAUTHENTICATED' } }] };
}

let openCall: Promise<{ id: string; measureId: string; themeCode: string }> | undefined;

/** One open call admitting associations besides members, with the measure and a theme complete drafts use. */
function callFixture(): Promise<{ id: string; measureId: string; themeCode: string }> {
  openCall ??= (async () => {
    const [measure, theme] = await Promise.all([applicationFactory.measure(), applicationFactory.theme()]);
    const call = await applicationFactory.call({ measures: [measure], eligibleKinds: [OrganisationKind.ASSOCIATION] });
    return { id: call.id, measureId: measure.id, themeCode: theme.code };
  })();
  return openCall;
}

/**
 * A complete DRAFT application ready to submit: led by `target` when it is a member or `lead` is
 * asked, else by a member with `target` co-proposing (accepted), as partners most often take part.
 */
async function applicationOf(target: Organisation, { lead = false } = {}): Promise<{ id: string; version: number }> {
  const call = await callFixture();
  const leads = lead || target.membership === Membership.MEMBER;
  const initiative = await factory.initiative(
    leads ? target : await factory.organisation(),
    {
      status: InitiativeStatus.DRAFT,
      summary: 'Santrauka',
      body: 'Aprašymas',
      measure: call.measureId as never,
      estimatedBudgetCents: 1_000_000,
      requestedSupportCents: 500_000,
    },
    leads ? [] : [{ organisation: target, status: CoProposerStatus.ACCEPTED }],
  );
  await app.orm.em
    .getKnex()
    .raw(`insert into initiative_theme (initiative_id, theme_id) select ?, id from theme where code = ?`, [
      initiative.id,
      call.themeCode,
    ]);
  const application = await applicationFactory.application(call, initiative, {
    status: ApplicationStatus.DRAFT,
    eligibleCostsCents: 1_000_000,
  });
  return { id: application.id, version: application.version };
}

/** A SUBMITTED application of a submitted initiative that `target` leads or co-proposes, in the staff's check. */
async function submittedApplicationOf(target: Organisation): Promise<{ id: string; callId: string }> {
  const { id } = await applicationOf(target);
  await app.orm.em.getKnex()('application').where({ id }).update({ status: ApplicationStatus.SUBMITTED });
  const [row] = await app.orm.em.getKnex()('application').select('call_id').where({ id });
  return { id, callId: row.call_id };
}

/** A submitted initiative with one comment by someone else. */
async function commentFixture(): Promise<{ initiative: { id: string }; comment: { id: string } }> {
  const initiative = await factory.initiative(await factory.organisation());
  const { addComment } = await staff.data(`mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }`, {
    input: { initiativeId: initiative.id, body: 'Pirmasis komentaras' },
  });
  return { initiative, comment: addComment };
}

/** An ACTIVE partnership (visible to the public) made by staff. */
async function partnershipFixture(): Promise<{ id: string }> {
  const { createPartnership } = await staff.data(
    `mutation ($input: CreatePartnershipInput!) { createPartnership(input: $input) { id } }`,
    {
      input: {
        title: `Bendradarbiavimas ${Math.random().toString(36).slice(2)}`,
        kind: 'MEMORANDUM',
        scope: 'LOCAL',
        status: 'ACTIVE',
        internalNotes: 'Vidinės pastabos',
      },
    },
  );
  return createPartnership;
}

beforeAll(async () => {
  app = await createTestApp();
  factory = new Factory(app.orm);
  applicationFactory = new ApplicationFactory(app.orm);
  staff = await factory.signedIn(app, { role: PlatformRole.STAFF });
});

const table = readTable();

describe('docs/authorization.md', () => {
  it('lists exactly the operations of the policy', () => {
    expect([...table.keys()].sort()).toEqual(Object.keys(policy).sort());
  });
});

describe.each([...table.entries()])('%s', (operation, cells) => {
  it.each(roles.map((role) => [role, cells[role]] as const))('%s: %s', async (role, cell) => {
    const actor = await actorFor(role);
    const targets: [Organisation, boolean][] =
      cell === 'own'
        ? [
            [actor.organisation!, true],
            [await factory.organisation(), false],
          ]
        : [[actor.organisation ?? (await factory.organisation()), cell === 'yes']];
    for (const [target, allowed] of targets) {
      const result = await probes[operation](actor, target);
      const code = result.errors?.[0]?.extensions?.code;
      if (allowed) {
        expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
      } else {
        expect(code).toBe(role === 'visitor' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
      }
    }
  });
});

describe('hidden fields', () => {
  it('never offers a person’s e-mail address or password through the public Person type', async () => {
    const email = await app
      .visitor()
      .request(`{ organisations(first: 1) { edges { node { representatives { person { email } } } } } }`);
    expect(email.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const hash = await staff.request(`{ users(first: 1) { passwordHash } }`);
    expect(hash.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
