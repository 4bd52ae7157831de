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
