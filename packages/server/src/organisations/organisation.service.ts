import type { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { IdOrSlug } from '../common/id-or-slug.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import { diff } from '../audit/diff.js';
import { Writer } from '../audit/writer.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { authorize, isAllowed } from '../authorization/policy.js';
import { today } from '../common/dates.js';
import { BadUserInputError } from '../common/errors.js';
import type { Connection } from '../common/pagination.js';
import { freeSlug } from '../common/slug.js';
import type { RequestScope } from '../request-scope.js';
import { Eldership } from './eldership.entity.js';
import { keysetConnection } from '../common/keyset.js';
import type { PageSelection } from '../common/selected-fields.js';
import { buildDirectoryQueries, type DirectoryRequest } from './directory-query.js';
import { readOrganisation, representativesList, type OrganisationView } from './organisation-read.js';
import { Organisation } from './organisation.entity.js';
import { Membership, Sector } from './organisation.enums.js';
import type { ChangeMembershipInput, CreateOrganisationInput, UpdateOrganisationInput } from './organisation.inputs.js';

/** Fields only staff may change; representatives keep the rest of their own profile. */
const staffOnlyFields = ['sector', 'kind', 'scope', 'legalCode'] as const;

export type SectorCount = { sector: Sector; count: number };

/** The member directory and the member register. */
export class OrganisationService {
  constructor(private readonly scope: RequestScope) {}

  /** The request's EntityManager, for writes and entity reads (read queries use `scope.knex`). */
  private get em(): EntityManager {
    return this.scope.em;
  }

  private get writer(): Writer {
    return this.scope.get(Writer);
  }

  /** A page of the directory in one statement, with the representatives and the count if shown. */
  directory(request: DirectoryRequest, selection: PageSelection): Promise<Connection<OrganisationView>> {
    authorize(this.scope.viewer, 'directory.read');
    const queries = buildDirectoryQueries(this.scope.knex, request, selection.node);
    return keysetConnection(queries, request, selection, {
      parentId: 'o.id',
      read: { representatives: representativesList },
    });
  }

  async find(where: IdOrSlug): Promise<OrganisationView | null> {
    authorize(this.scope.viewer, 'organisation.read');
    return readOrganisation(this.scope.knex, where);
  }

  async elderships(): Promise<Eldership[]> {
    authorize(this.scope.viewer, 'directory.read');
    return this.em.find(Eldership, {}, { orderBy: { name: 'asc' } });
  }

  async membersBySector(): Promise<SectorCount[]> {
    authorize(this.scope.viewer, 'directory.read');
    const rows: { sector: Sector; count: string }[] = await this.scope
      .knex('organisation')
      .select('sector')
      .count({ count: '*' })
      .where('membership', Membership.MEMBER)
      .groupBy('sector');
    return Object.values(Sector).map((sector) => ({
      sector,
      count: Number(rows.find((row) => row.sector === sector)?.count ?? 0),
    }));
  }

  async create(input: CreateOrganisationInput): Promise<Organisation> {
    authorize(this.scope.viewer, 'organisation.create');
    const eldership = await this.eldershipOrNull(input.eldershipId);
    checkMembershipDates(input.memberSince, null);
    return this.writer.write(
      'organisation.create',
      async ({ em, audit }) => {
        const organisation = em.create(Organisation, {
          ...pickProfile(input),
          slug: await freeSlug(em, 'organisation', input.name, 'organisation'),
          name: input.name.trim(),
          sector: input.sector,
          kind: input.kind,
          scope: input.scope,
          membership: input.membership,
          memberSince: input.memberSince ?? null,
          eldership,
        });
        audit(
          organisation.id,
          diff({}, { name: organisation.name, sector: organisation.sector, membership: organisation.membership }),
        );
        return organisation;
      },
      { duplicate: takenField },
    );
  }

  async update(input: UpdateOrganisationInput): Promise<Organisation> {
    const organisation = await this.em.findOneOrFail(Organisation, { id: input.id }, { populate: ['eldership'] });
    authorize(this.scope.viewer, 'organisation.updateProfile', organisation.id);
    if (!this.scope.viewer.isStaff) {
      const forbidden = staffOnlyFields.filter(
        (field) => input[field] !== undefined && input[field] !== organisation[field],
      );
      if (forbidden.length) {
        throw new BadUserInputError(
          forbidden.map((field) => ({ field, code: 'STAFF_ONLY', message: 'only LAG staff may change this' })),
        );
      }
    }

    const changes: Partial<Organisation> = { ...pickProfile(input) };
    if (input.name !== undefined) changes.name = input.name.trim();
    for (const field of ['sector', 'kind', 'scope'] as const) {
      if (input[field] !== undefined) Object.assign(changes, { [field]: input[field] });
    }
    if (input.eldershipId !== undefined) changes.eldership = await this.eldershipOrNull(input.eldershipId);

    const recorded = diff<Organisation>(organisation, changes);
    const version = { record: organisation, seen: input.version };
    if (Object.keys(recorded).length === 0) {
      this.writer.assertCurrent('organisation.update', version);
      return organisation;
    }
    return this.writer.write(
      'organisation.update',
      async ({ em, audit }) => {
        em.assign(organisation, changes);
        audit(organisation.id, recorded);
        return organisation;
      },
      { version, duplicate: takenField },
    );
  }

  async changeMembership(input: ChangeMembershipInput): Promise<Organisation> {
    authorize(this.scope.viewer, 'organisation.changeMembership');
    const organisation = await this.em.findOneOrFail(Organisation, { id: input.id }, { populate: ['eldership'] });
    const since = input.since ?? today();
    // A former member keeps the date it joined and gains the date it left.
    const until = input.membership === Membership.FORMER ? (input.until ?? today()) : null;
    const memberSince = input.membership === Membership.FORMER ? organisation.memberSince : since;
    checkMembershipDates(memberSince ?? null, until);
    const changes = { membership: input.membership, memberSince, memberUntil: until };
    const recorded = diff<Organisation>(organisation, changes);
    return this.writer.write('organisation.changeMembership', async ({ em, audit }) => {
      em.assign(organisation, changes);
      audit(organisation.id, { ...recorded, reason: input.reason ?? null });
      return organisation;
    });
  }

  canEdit(organisation: Pick<Organisation, 'id'>): boolean {
    return isAllowed(this.scope.viewer, 'organisation.updateProfile', organisation.id);
  }

  async auditTrail(organisation: Pick<Organisation, 'id'>, first: number): Promise<AuditEntry[]> {
    return this.em.find(
      AuditEntry,
      { entityType: 'organisation', entityId: organisation.id },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: first, populate: ['actor'] },
    );
  }

  private async eldershipOrNull(id: string | null | undefined): Promise<Eldership | null> {
    if (!id) return null;
    const eldership = await this.em.findOne(Eldership, { id });
    if (!eldership) throw BadUserInputError.field('eldershipId', 'UNKNOWN_REFERENCE', 'no such eldership');
    return eldership;
  }
}

/** A duplicate legal code, or a name whose slug is taken, is a field error. */
function takenField(error: UniqueConstraintViolationException): BadUserInputError {
  const field = /legal_code/.test(error.message) ? 'legalCode' : 'name';
  return BadUserInputError.field(field, 'TAKEN', 'another organisation already has this value');
}

function pickProfile(input: Partial<CreateOrganisationInput & UpdateOrganisationInput>): Partial<Organisation> {
  const profile: Partial<Organisation> = {};
  for (const field of [
    'legalCode',
    'country',
    'email',
    'phone',
    'address',
    'website',
    'description',
    'descriptionEn',
  ] as const) {
    const value = input[field];
    if (value === undefined) continue;
    const trimmed = typeof value === 'string' ? value.trim() : value;
    Object.assign(profile, { [field]: trimmed === '' && field !== 'description' ? null : trimmed });
  }
  return profile;
}

function checkMembershipDates(since: string | null | undefined, until: string | null): void {
  if (since && until && until < since) {
    throw BadUserInputError.field('until', 'DATE_ORDER', 'must not be before the membership start');
  }
}
