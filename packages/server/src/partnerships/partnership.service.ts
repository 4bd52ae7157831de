import type { EntityManager } from '@mikro-orm/postgresql';
import type { IdOrSlug } from '../common/id-or-slug.js';
import { PlatformRole } from '../accounts/account.enums.js';
import { User } from '../accounts/user.entity.js';
import { diff } from '../audit/diff.js';
import { Writer } from '../audit/writer.js';
import { authorize, isAllowed } from '../authorization/policy.js';
import { today, vilniusDay } from '../common/dates.js';
import { isUuid } from '../common/ids.js';
import { BadUserInputError, type FieldProblem } from '../common/errors.js';
import { keysetConnection } from '../common/keyset.js';
import type { PageSelection } from '../common/selected-fields.js';
import type { Connection } from '../common/pagination.js';
import { freeSlug } from '../common/slug.js';
import type { RequestScope } from '../request-scope.js';
import { PartnershipLoaders } from './partnership-loaders.js';
import { Initiative } from '../initiatives/initiative.entity.js';
import { InitiativeStatus } from '../initiatives/initiative.enums.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Scope } from '../organisations/organisation.enums.js';
import type { InitiativeView } from '../initiatives/initiative-read.js';
import { buildPartnershipQueries } from './partnership-query.js';
import { readPartnership, type ActivityView, type ContactView, type PartnershipView } from './partnership-read.js';
import { Partnership, PartnershipActivity, PartnershipContact, PartnershipParty } from './partnership.entity.js';
import { closedStatuses, PartnershipOrder, PartnershipStatus, publicStatuses } from './partnership.enums.js';
import type {
  ChangePartnershipStatusInput,
  CreatePartnershipInput,
  LogActivityInput,
  PartnershipFilter,
  UpdateActivityInput,
  UpdatePartnershipInput,
} from './partnership.inputs.js';

export type TimelineEntry = { on: string; partnership: Partnership; activity: PartnershipActivity | null };
export type StatusCount = { status: PartnershipStatus; count: number };
export type ScopeCount = { scope: Scope; count: number };

/** The cooperation tracker (staff) and the public cooperation overview. */
export class PartnershipService {
  constructor(private readonly scope: RequestScope) {}

  /** The request's EntityManager, for writes and entity reads (read queries use `scope.knex`). */
  private get em(): EntityManager {
    return this.scope.em;
  }

  private get writer(): Writer {
    return this.scope.get(Writer);
  }

  private get isStaff(): boolean {
    return isAllowed(this.scope.viewer, 'partnership.readInternal');
  }

  list(
    request: { filter: PartnershipFilter | undefined; order: PartnershipOrder; first: number; after?: string | null },
    selection: PageSelection,
  ): Promise<Connection<PartnershipView>> {
    authorize(this.scope.viewer, 'partnership.read');
    if (
      request.filter?.ownerId ||
      request.filter?.followUpDueBefore ||
      request.order === PartnershipOrder.NEXT_FOLLOW_UP
    ) {
      authorize(this.scope.viewer, 'partnership.readInternal');
    }
    const queries = buildPartnershipQueries(this.scope.knex, {
      ...request,
      visibleStatuses: this.isStaff ? null : publicStatuses,
    });
    return keysetConnection(queries, request, selection);
  }

  async find(where: IdOrSlug): Promise<PartnershipView | null> {
    authorize(this.scope.viewer, 'partnership.read');
    if ('id' in where && !isUuid(where.id)) return null;
    const partnership = await readPartnership(this.scope.knex, where);
    // Prospects and negotiations do not exist for the public.
    if (partnership && !this.isStaff && !publicStatuses.includes(partnership.status)) return null;
    return partnership;
  }

  /** Related initiatives; drafts are private to their authors and staff. */
  async initiatives(partnership: Pick<Partnership, 'id'>): Promise<InitiativeView[]> {
    const initiatives = await this.scope.get(PartnershipLoaders).initiativesByPartnership.load(partnership.id);
    return initiatives.filter((i) => this.isStaff || i.status !== InitiativeStatus.DRAFT);
  }

  async create(input: CreatePartnershipInput): Promise<Partnership> {
    authorize(this.scope.viewer, 'partnership.manage');
    checkDates({ startDate: input.startDate, endDate: input.endDate, nextFollowUpOn: input.nextFollowUpOn });
    const owner = await this.ownerOrNull(input.ownerId);
    const partnership = await this.writer.write('partnership.create', async ({ em, audit }) => {
      const created = em.create(Partnership, {
        slug: await freeSlug(em, 'partnership', input.title, 'partneryste'),
        title: input.title.trim(),
        kind: input.kind,
        scope: input.scope,
        status: input.status,
        startDate: input.startDate ?? null,
        endDate: input.endDate ?? null,
        owner: owner ?? this.scope.viewer.user,
        nextFollowUpOn: input.nextFollowUpOn ?? null,
        publicDescription: input.publicDescription?.trim() ?? '',
        internalNotes: input.internalNotes?.trim() ?? '',
      });
      await this.replaceLinks(em, created, input);
      audit(created.id, { title: created.title, status: created.status });
      return created;
    });
    return partnership;
  }

  async update(input: UpdatePartnershipInput): Promise<Partnership> {
    authorize(this.scope.viewer, 'partnership.manage');
    const partnership = await this.em.findOneOrFail(
      Partnership,
      { id: input.id },
      { populate: ['parties.organisation', 'contacts', 'initiatives', 'owner'] },
    );

    const changes: Partial<Partnership> = {};
    for (const field of ['kind', 'scope', 'startDate', 'endDate', 'nextFollowUpOn'] as const) {
      if (input[field] !== undefined) Object.assign(changes, { [field]: input[field] });
    }
    for (const field of ['title', 'publicDescription', 'internalNotes'] as const) {
      if (input[field] !== undefined) changes[field] = input[field]!.trim();
    }
    checkDates({
      startDate: changes.startDate === undefined ? partnership.startDate : changes.startDate,
      endDate: changes.endDate === undefined ? partnership.endDate : changes.endDate,
      nextFollowUpOn: input.nextFollowUpOn,
    });
    if (input.ownerId !== undefined) changes.owner = await this.ownerOrNull(input.ownerId);
    const recorded = diff<Partnership>(partnership, changes);

    return this.writer.write(
      'partnership.update',
      async ({ em, audit }) => {
        em.assign(partnership, changes);
        const links = await this.replaceLinks(em, partnership, input);
        // Parties, contacts and initiatives are part of what was edited: the version moves too.
        if (Object.keys(links).length) partnership.updatedAt = new Date();
        audit(partnership.id, { ...recorded, ...links });
        return partnership;
      },
      { version: { record: partnership, seen: input.version } },
    );
  }

  async changeStatus(input: ChangePartnershipStatusInput): Promise<Partnership> {
    authorize(this.scope.viewer, 'partnership.manage');
    const partnership = await this.em.findOneOrFail(
      Partnership,
      { id: input.id },
      { populate: ['parties.organisation', 'owner'] },
    );
    if (partnership.status === input.status)
      throw BadUserInputError.field('status', 'UNCHANGED', 'the partnership already has this status');
    const closing = closedStatuses.includes(input.status);
    const changes: Partial<Partnership> = { status: input.status };
    if (closing) {
      changes.endDate = input.endDate ?? partnership.endDate ?? today();
      // Nothing is left to follow up on a closed partnership.
      changes.nextFollowUpOn = null;
    } else if (input.endDate !== undefined) {
      changes.endDate = input.endDate;
    }
    checkDates({ startDate: partnership.startDate, endDate: changes.endDate ?? partnership.endDate });
    const recorded = diff<Partnership>(partnership, changes);
    return this.writer.write('partnership.changeStatus', async ({ em, audit }) => {
      em.assign(partnership, changes);
      audit(partnership.id, { ...recorded, reason: input.reason ?? null });
      return partnership;
    });
  }

  async logActivity(input: LogActivityInput): Promise<PartnershipActivity> {
    authorize(this.scope.viewer, 'partnership.logActivity');
    const partnership = await this.em.findOneOrFail(Partnership, { id: input.partnershipId });
    checkActivityDate(input.occurredOn);
    checkDates({ nextFollowUpOn: input.nextFollowUpOn });
    return this.writer.write('partnership.logActivity', async ({ em, audit }) => {
      const activity = em.create(PartnershipActivity, {
        partnership,
        kind: input.kind,
        occurredOn: input.occurredOn,
        summary: input.summary.trim(),
        peoplePresent: input.peoplePresent?.trim() ?? '',
        createdBy: this.scope.viewer.user,
      });
      partnership.lastActivityAt = new Date();
      if (input.nextFollowUpOn !== undefined) partnership.nextFollowUpOn = input.nextFollowUpOn;
      audit(partnership.id, {
        activityId: activity.id,
        kind: activity.kind,
        occurredOn: activity.occurredOn,
        nextFollowUpOn: input.nextFollowUpOn ?? null,
      });
      return activity;
    });
  }

  async updateActivity(input: UpdateActivityInput): Promise<PartnershipActivity> {
    authorize(this.scope.viewer, 'partnership.logActivity');
    const activity = await this.em.findOneOrFail(PartnershipActivity, { id: input.id });
    if (input.occurredOn !== undefined) checkActivityDate(input.occurredOn);
    const changes: Partial<PartnershipActivity> = {};
    if (input.kind !== undefined) changes.kind = input.kind;
    if (input.occurredOn !== undefined) changes.occurredOn = input.occurredOn;
    if (input.summary !== undefined) changes.summary = input.summary.trim();
    if (input.peoplePresent !== undefined) changes.peoplePresent = input.peoplePresent.trim();
    const recorded = diff<PartnershipActivity>(activity, changes);
    return this.writer.write('partnership.updateActivity', async ({ em, audit }) => {
      em.assign(activity, changes);
      audit(activity.partnership.id, { activityId: activity.id, ...recorded });
      return activity;
    });
  }

  async deleteActivity(id: string): Promise<boolean> {
    authorize(this.scope.viewer, 'partnership.logActivity');
    const activity = await this.em.findOneOrFail(PartnershipActivity, { id });
    await this.writer.write('partnership.deleteActivity', async ({ em, audit }) => {
      em.remove(activity);
      audit(activity.partnership.id, {
        activityId: activity.id,
        kind: activity.kind,
        occurredOn: activity.occurredOn,
        summary: activity.summary,
      });
    });
    return true;
  }

  async activities(partnership: Pick<Partnership, 'id'>): Promise<ActivityView[]> {
    return this.scope.get(PartnershipLoaders).activitiesByPartnership.load(partnership.id);
  }

  async contacts(partnership: Pick<Partnership, 'id'>): Promise<ContactView[]> {
    return this.scope.get(PartnershipLoaders).contactsByPartnership.load(partnership.id);
  }

  /** Every partnership and activity with one organisation, newest first (staff). */
  async timeline(organisationId: string): Promise<TimelineEntry[]> {
    authorize(this.scope.viewer, 'partnership.readInternal');
    const partnerships = await this.em.find(
      Partnership,
      { parties: { organisation: organisationId } },
      { populate: ['parties.organisation', 'owner'] },
    );
    const activities = await this.em.find(PartnershipActivity, { partnership: { $in: partnerships } });
    const entries: TimelineEntry[] = [
      ...partnerships.map((partnership) => ({
        on: partnership.startDate ?? vilniusDay(partnership.createdAt),
        partnership,
        activity: null,
      })),
      ...activities.map((activity) => ({ on: activity.occurredOn, partnership: activity.partnership, activity })),
    ];
    return entries.sort((a, b) => (a.on === b.on ? (a.activity ? -1 : 1) : a.on < b.on ? 1 : -1));
  }

  async figures(): Promise<{ byStatus: StatusCount[]; byScope: ScopeCount[]; overdue: Partnership[] }> {
    authorize(this.scope.viewer, 'partnership.readInternal');
    const knex = this.scope.knex;
    const [statusRows, scopeRows, overdue] = await Promise.all([
      knex('partnership').select('status').count({ count: '*' }).groupBy('status') as Promise<
        { status: PartnershipStatus; count: string }[]
      >,
      knex('partnership').select('scope').count({ count: '*' }).groupBy('scope') as Promise<
        { scope: Scope; count: string }[]
      >,
      this.overdue(),
    ]);
    return {
      byStatus: Object.values(PartnershipStatus).map((status) => ({
        status,
        count: Number(statusRows.find((r) => r.status === status)?.count ?? 0),
      })),
      byScope: Object.values(Scope).map((scope) => ({
        scope,
        count: Number(scopeRows.find((r) => r.scope === scope)?.count ?? 0),
      })),
      overdue,
    };
  }

  /**
   * Open partnerships whose follow-up date has passed, the longest overdue first. The owner is
   * populated (as in changeStatus and timeline): unpopulated it is a bare reference with no name,
   * which only worked when the owner's account was already loaded, i.e. for the owner themself.
   */
  overdue(): Promise<Partnership[]> {
    return this.em.find(
      Partnership,
      { nextFollowUpOn: { $lt: today() }, status: { $nin: closedStatuses } },
      { orderBy: { nextFollowUpOn: 'asc', id: 'asc' }, populate: ['parties.organisation', 'owner'], limit: 100 },
    );
  }

  private async ownerOrNull(id: string | null | undefined): Promise<User | null> {
    if (!id) return null;
    const owner = await this.em.findOne(User, { id, role: { $in: [PlatformRole.STAFF, PlatformRole.ADMIN] } });
    if (!owner) throw BadUserInputError.field('ownerId', 'NOT_STAFF', 'must be a staff member');
    return owner;
  }

  /** Replaces the parties, contacts and related initiatives that the input lists. */
  private async replaceLinks(
    em: EntityManager,
    partnership: Partnership,
    input: Pick<CreatePartnershipInput, 'parties' | 'contacts' | 'initiativeIds'>,
  ): Promise<Record<string, unknown>> {
    const recorded: Record<string, unknown> = {};
    if (input.parties) {
      const ids = input.parties.map((p) => p.organisationId);
      if (new Set(ids).size !== ids.length)
        throw BadUserInputError.field('parties', 'DUPLICATE_ITEM', 'an organisation is listed twice');
      const organisations = await em.find(Organisation, { id: { $in: ids } });
      const missing = ids.filter((id) => !organisations.some((o) => o.id === id));
      if (missing.length)
        throw BadUserInputError.field('parties', 'UNKNOWN_REFERENCE', `no such organisation: ${missing.join(', ')}`);
      // Removed explicitly: a party's key includes the partnership, so it cannot be set aside, only deleted.
      await em.populate(partnership, ['parties']);
      for (const party of partnership.parties.getItems()) {
        const kept = input.parties.find((p) => p.organisationId === party.organisation.id);
        if (kept) party.role = kept.role;
        else em.remove(party);
      }
      for (const p of input.parties) {
        if (partnership.parties.getItems().some((party) => party.organisation.id === p.organisationId)) continue;
        partnership.parties.add(
          em.create(PartnershipParty, {
            partnership,
            organisation: organisations.find((o) => o.id === p.organisationId)!,
            role: p.role,
          }),
        );
      }
      recorded.parties = input.parties;
    }
    if (input.contacts) {
      const problems: FieldProblem[] = [];
      const organisationIds = input.contacts.map((c) => c.organisationId).filter((id): id is string => Boolean(id));
      const organisations = organisationIds.length ? await em.find(Organisation, { id: { $in: organisationIds } }) : [];
      input.contacts.forEach((c, i) => {
        if (c.organisationId && !organisations.some((o) => o.id === c.organisationId))
          problems.push({
            field: `contacts.${i}.organisationId`,
            code: 'UNKNOWN_REFERENCE',
            message: 'no such organisation',
          });
      });
      if (problems.length) throw new BadUserInputError(problems);
      await em.populate(partnership, ['contacts']);
      for (const contact of partnership.contacts.getItems()) em.remove(contact);
      for (const c of input.contacts) {
        em.create(PartnershipContact, {
          partnership,
          name: c.name.trim(),
          position: c.position?.trim() || null,
          email: c.email?.trim() || null,
          phone: c.phone?.trim() || null,
          organisation: organisations.find((o) => o.id === c.organisationId) ?? null,
        });
      }
      recorded.contacts = input.contacts.length;
    }
    if (input.initiativeIds) {
      const initiatives = await em.find(Initiative, { id: { $in: input.initiativeIds } });
      if (initiatives.length !== new Set(input.initiativeIds).size)
        throw BadUserInputError.field('initiativeIds', 'UNKNOWN_REFERENCE', 'no such initiative');
      partnership.initiatives.set(initiatives);
      recorded.initiativeIds = input.initiativeIds;
    }
    return recorded;
  }
}

function checkDates(dates: {
  startDate?: string | null;
  endDate?: string | null;
  nextFollowUpOn?: string | null;
}): void {
  const problems: FieldProblem[] = [];
  if (dates.startDate && dates.endDate && dates.endDate < dates.startDate) {
    problems.push({ field: 'endDate', code: 'DATE_ORDER', message: 'must not be before the start date' });
  }
  if (dates.nextFollowUpOn && dates.nextFollowUpOn < today()) {
    problems.push({ field: 'nextFollowUpOn', code: 'DATE_IN_PAST', message: 'must not be in the past' });
  }
  if (problems.length) throw new BadUserInputError(problems);
}

function checkActivityDate(occurredOn: string): void {
  if (occurredOn > today()) throw BadUserInputError.field('occurredOn', 'DATE_IN_FUTURE', 'must not be in the future');
}

/** Whether the follow-up date has passed while the partnership is open. */
export function isOverdue(partnership: Pick<Partnership, 'nextFollowUpOn' | 'status'>): boolean {
  return Boolean(
    partnership.nextFollowUpOn && partnership.nextFollowUpOn < today() && !closedStatuses.includes(partnership.status),
  );
}
