import { randomBytes } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { Affiliation } from '../src/accounts/affiliation.entity.js';
import { AffiliationRole, PlatformRole } from '../src/accounts/account.enums.js';
import { hashPassword } from '../src/accounts/passwords.js';
import { Session } from '../src/accounts/session.entity.js';
import { sessionCookieName } from '../src/accounts/sessions.js';
import { hashToken, newToken } from '../src/common/tokens.js';
import { User } from '../src/accounts/user.entity.js';
import { slugify } from '../src/common/slug.js';
import { Call, CallAnnex, CallCriterion, CallQuestion } from '../src/calls/call.entity.js';
import { CallQuestionKind, CallStatus } from '../src/calls/call.enums.js';
import { Measure, Strategy } from '../src/strategy/strategy.entity.js';
import { CoProposer, Initiative } from '../src/initiatives/initiative.entity.js';
import { CoProposerStatus, InitiativeStatus } from '../src/initiatives/initiative.enums.js';
import { Eldership } from '../src/organisations/eldership.entity.js';
import { Organisation } from '../src/organisations/organisation.entity.js';
import { Membership, OrganisationKind, Scope, Sector } from '../src/organisations/organisation.enums.js';
import type { GraphQLClient } from './graphql-client.js';
import type { TestApp } from './test-app.js';

export const testPassword = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

const unique = () => randomBytes(4).toString('hex');

const day = 86_400_000;
/** Call numbers are unique; each test process counts from its own start within the input's 1–9999. */
let callNumber = 1 + Math.floor(Math.random() * 5000);
export const nextCallNumber = () => callNumber++;

/**
 * A complete call as `createCall` takes it: open from yesterday for a month, one measure, a
 * criterion, an annex and a question. `measureId` is required: calls fund measures.
 */
export function callInput(measureId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    number: nextCallNumber(),
    title: `Kvietimas ${unique()}`,
    body: 'Kvietimo **tekstas**.',
    measureIds: [measureId],
    budgetCents: 10_000_000,
    minSupportCents: 500_000,
    maxSupportCents: 4_000_000,
    maxIntensityPercent: 80,
    eligibleKinds: ['RURAL_COMMUNITY'],
    eldershipIds: [],
    opensAt: new Date(Date.now() - day).toISOString(),
    closesAt: new Date(Date.now() + 30 * day).toISOString(),
    criteria: [
      {
        title: 'Atitiktis VPS prioritetams',
        description: 'Kaip projektas atitinka prioritetus.',
        maxScore: 20,
        weight: 1.5,
      },
    ],
    annexes: [{ title: 'Sąmata', description: 'Išlaidų sąmata.', required: true }],
    questions: [{ text: 'Kiek gyventojų naudosis?', description: '', kind: 'NUMBER', options: [], required: true }],
    ...overrides,
  };
}

/** Test data written straight to the database, so each test states only what matters to it. */
export class Factory {
  constructor(private readonly orm: MikroORM) {}

  async eldership(overrides: Partial<Eldership> = {}): Promise<Eldership> {
    const em = this.orm.em.fork();
    const code = overrides.code ?? `e-${unique().replace(/[0-9]/g, 'x')}`;
    const eldership = em.create(Eldership, { code, name: `${code} seniūnija`, ...overrides });
    await em.flush();
    return eldership;
  }

  async organisation(overrides: Partial<Organisation> = {}): Promise<Organisation> {
    const em = this.orm.em.fork();
    const name = overrides.name ?? `Bandomoji organizacija ${unique()}`;
    const organisation = em.create(Organisation, {
      slug: slugify(name),
      name,
      sector: Sector.NGO,
      kind: OrganisationKind.ASSOCIATION,
      scope: Scope.LOCAL,
      membership: Membership.MEMBER,
      ...overrides,
    });
    await em.flush();
    return organisation;
  }

  async user(
    options: {
      role?: PlatformRole;
      represents?: Organisation[];
      memberOf?: Organisation[];
      displayName?: string;
      /** Whether the address is confirmed, as every account made before verification was. */
      verified?: boolean;
    } = {},
  ): Promise<User> {
    passwordHash ??= hashPassword(testPassword);
    const em = this.orm.em.fork();
    const user = em.create(User, {
      email: `person-${unique()}@example.test`,
      displayName: options.displayName ?? `Asmuo ${unique()}`,
      passwordHash: await passwordHash,
      role: options.role ?? PlatformRole.USER,
      emailVerifiedAt: options.verified === false ? null : new Date(),
    });
    for (const organisation of options.represents ?? []) {
      em.create(Affiliation, {
        user,
        organisation: em.getReference(Organisation, organisation.id),
        role: AffiliationRole.REPRESENTATIVE,
      });
    }
    for (const organisation of options.memberOf ?? []) {
      em.create(Affiliation, {
        user,
        organisation: em.getReference(Organisation, organisation.id),
        role: AffiliationRole.MEMBER,
      });
    }
    await em.flush();
    return user;
  }

  async initiative(
    lead: Organisation,
    overrides: Partial<Initiative> = {},
    coProposers: { organisation: Organisation; status?: CoProposerStatus }[] = [],
  ): Promise<Initiative> {
    const em = this.orm.em.fork();
    const title = overrides.title ?? `Iniciatyva ${unique()}`;
    const initiative = em.create(Initiative, {
      slug: slugify(title),
      title,
      status: InitiativeStatus.SUBMITTED,
      leadOrganisation: em.getReference(Organisation, lead.id),
      ...overrides,
    });
    for (const { organisation, status } of coProposers) {
      em.create(CoProposer, {
        initiative,
        organisation: em.getReference(Organisation, organisation.id),
        status: status ?? CoProposerStatus.INVITED,
      });
    }
    await em.flush();
    return initiative;
  }

  /** A strategy measure (with a strategy of its own). */
  async measure(overrides: Partial<Measure> = {}): Promise<Measure> {
    const em = this.orm.em.fork();
    const strategy = em.create(Strategy, {
      title: 'VPS',
      periodStart: '2023-01-01',
      periodEnd: '2029-12-31',
      vision: 'Vizija',
      mission: 'Misija',
    });
    const measure = em.create(Measure, {
      strategy,
      code: `VPS-${unique()}`,
      title: 'Bendruomenių viešosios erdvės',
      budgetCents: 50_000_000,
      ...overrides,
    });
    await em.flush();
    return measure;
  }

  /**
   * A call written straight to the database: published and open from yesterday for a month by
   * default, funding `measures` (none unless given), with two criteria, an annex and a question.
   */
  async call(overrides: Partial<Call> = {}, options: { measures?: Measure[] } = {}): Promise<Call> {
    const em = this.orm.em.fork();
    const status = overrides.status ?? CallStatus.PUBLISHED;
    const call = em.create(Call, {
      number: nextCallNumber(),
      title: `Kvietimas ${unique()}`,
      body: 'Kvietimo tekstas.',
      opensAt: new Date(Date.now() - day),
      closesAt: new Date(Date.now() + 30 * day),
      budgetCents: 10_000_000,
      publishedAt: status === CallStatus.DRAFT ? null : new Date(Date.now() - 2 * day),
      ...overrides,
      status,
    });
    for (const measure of options.measures ?? []) call.measures.add(em.getReference(Measure, measure.id));
    em.create(CallCriterion, { call, position: 1, title: 'Atitiktis VPS prioritetams', maxScore: 20, weight: 1.5 });
    em.create(CallCriterion, { call, position: 2, title: 'Nauda gyventojams', maxScore: 30, weight: 1 });
    em.create(CallAnnex, { call, position: 1, title: 'Sąmata' });
    em.create(CallQuestion, { call, position: 1, text: 'Ar projektas tęsis?', kind: CallQuestionKind.YES_NO });
    await em.flush();
    return call;
  }

  /**
   * A client with a session made straight in the database, for tests whose server refuses the
   * work a sign-in over HTTP takes (a deadline of a few hundred milliseconds).
   */
  async withSession(app: TestApp, options: Parameters<Factory['user']>[0] = {}): Promise<GraphQLClient> {
    const user = await this.user(options);
    const em = this.orm.em.fork();
    const token = newToken();
    const now = new Date();
    em.create(Session, {
      user: em.getReference(User, user.id),
      tokenHash: hashToken(token),
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + 60 * 60 * 1000),
    });
    await em.flush();
    const client = app.client();
    client.cookie = `${sessionCookieName}=${token}`;
    return client;
  }

  /** A signed-in client for a new user with these options. */
  async signedIn(app: TestApp, options: Parameters<Factory['user']>[0] = {}): Promise<GraphQLClient> {
    const user = await this.user(options);
    return app.client().signIn(user.email, testPassword);
  }
}
