import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLError } from 'graphql';
import { Application } from '../applications/application.entity.js';
import { ApplicationStatus } from '../applications/application.enums.js';
import { diff } from '../audit/diff.js';
import { Writer } from '../audit/writer.js';
import { authorize } from '../authorization/policy.js';
import { BadUserInputError, ConflictError, ForbiddenError, type FieldProblem } from '../common/errors.js';
import { freeSlug } from '../common/slug.js';
import type { AuditAction } from '../audit/audit-actions.js';
import type { RequestScope } from '../request-scope.js';
import { Eldership } from '../organisations/eldership.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Membership } from '../organisations/organisation.enums.js';
import { follow, notify } from '../notifications/notify.js';
import { ledByApplication } from './initiative-applications.js';
import { Measure } from '../strategy/strategy.entity.js';
import { Theme } from '../strategy/theme.entity.js';
import {
  editableStatuses,
  missingForSubmission,
  moveInitiative,
  staffTransitions,
  withdrawableStatuses,
} from './initiative-lifecycle.js';
import { CoProposer, Endorsement, Initiative } from './initiative.entity.js';
import { CoProposerStatus, EndorsementRefusal, InitiativeStatus } from './initiative.enums.js';
import { adjustCounters } from './initiative-counters.js';
import { canLead, endorsementRefusal, isAuthor, type InitiativeRightsRoot } from './initiative-rights.js';
import { InitiativeService } from './initiative.service.js';
import type {
  CreateInitiativeInput,
  EndorseInput,
  TransitionInitiativeInput,
  UpdateInitiativeInput,
} from './initiative.inputs.js';

/**
 * Writing initiatives: drafting with co-proposers, submission, withdrawal, staff review, and
 * endorsements. Every write is authorised, validated, transactional and audited.
 */
export class InitiativeWorkflowService {
  constructor(private readonly scope: RequestScope) {}

  /** The request's EntityManager, for writes and entity reads (read queries use `scope.knex`). */
  private get em(): EntityManager {
    return this.scope.em;
  }

  private get writer(): Writer {
    return this.scope.get(Writer);
  }

  async create(input: CreateInitiativeInput): Promise<Initiative> {
    authorize(this.scope.viewer, 'initiative.lead', input.asOrganisationId);
    const lead = await this.em.findOne(Organisation, { id: input.asOrganisationId });
    if (!lead) throw BadUserInputError.field('asOrganisationId', 'UNKNOWN_REFERENCE', 'no such organisation');
    if (lead.membership !== Membership.MEMBER)
      throw new ForbiddenError('Only member organisations of the LAG lead proposals.');
    const links = await this.draftLinks(input);
    checkAmounts(input.estimatedBudgetCents, input.requestedSupportCents);
    return this.writer.write('initiative.create', async ({ em, audit }) => {
      const initiative = em.create(Initiative, {
        slug: await freeSlug(em, 'initiative', input.title, 'iniciatyva'),
        title: input.title.trim(),
        summary: input.summary?.trim() ?? '',
        body: input.body ?? '',
        leadOrganisation: lead,
        createdBy: this.scope.viewer.user,
        measure: links.measure ?? null,
        eldership: links.eldership ?? null,
        estimatedBudgetCents: input.estimatedBudgetCents ?? null,
        requestedSupportCents: input.requestedSupportCents ?? null,
      });
      if (links.themes) initiative.themes.set(links.themes);
      audit(initiative.id, { title: initiative.title, leadOrganisationId: lead.id });
      // Its author follows it from the start; the row needs the initiative written first.
      await em.flush();
      await follow(em, this.scope.viewer.user!.id, initiative.id);
      return initiative;
    });
  }

  async update(input: UpdateInitiativeInput): Promise<Initiative> {
    const initiative = await this.draftForWriter(input.id);
    const links = await this.draftLinks(input);
    const changes: Partial<Initiative> = {};
    if (input.title !== undefined) changes.title = input.title.trim();
    if (input.summary !== undefined) changes.summary = input.summary.trim();
    if (input.body !== undefined) changes.body = input.body;
    if (input.measureId !== undefined) changes.measure = links.measure ?? null;
    if (input.eldershipId !== undefined) changes.eldership = links.eldership ?? null;
    if (input.estimatedBudgetCents !== undefined) changes.estimatedBudgetCents = input.estimatedBudgetCents;
    if (input.requestedSupportCents !== undefined) changes.requestedSupportCents = input.requestedSupportCents;
    checkAmounts(
      changes.estimatedBudgetCents === undefined ? initiative.estimatedBudgetCents : changes.estimatedBudgetCents,
      changes.requestedSupportCents === undefined ? initiative.requestedSupportCents : changes.requestedSupportCents,
    );
    const recorded: Record<string, unknown> = diff<Initiative>(initiative, changes);
    return this.writer.write(
      'initiative.update',
      async ({ em, audit }) => {
        em.assign(initiative, { ...changes, lastActivityAt: new Date() });
        if (links.themes) {
          await em.populate(initiative, ['themes']);
          initiative.themes.set(links.themes);
          recorded.themeCodes = input.themeCodes;
        }
        audit(initiative.id, recorded);
        return initiative;
      },
      { version: { record: initiative, seen: input.version } },
    );
  }

  async inviteCoProposer(initiativeId: string, organisationId: string): Promise<CoProposer> {
    const initiative = await this.draftForAuthor(initiativeId);
    const organisation = await this.em.findOne(Organisation, { id: organisationId });
    if (!organisation) throw BadUserInputError.field('organisationId', 'UNKNOWN_REFERENCE', 'no such organisation');
    if (organisation.id === initiative.leadOrganisation.id) {
      throw BadUserInputError.field(
        'organisationId',
        'LEAD_ITSELF',
        'the lead organisation cannot co-propose its own initiative',
      );
    }
    if (await this.em.count(CoProposer, { initiative, organisation })) {
      throw BadUserInputError.field('organisationId', 'DUPLICATE_ITEM', 'this organisation is already invited');
    }
    return this.writer.write('initiative.inviteCoProposer', async ({ em, audit }) => {
      const coProposer = em.create(CoProposer, { initiative, organisation, status: CoProposerStatus.INVITED });
      audit(initiative.id, { organisationId });
      await notify(em, {
        type: 'coProposerInvited',
        initiativeId: initiative.id,
        organisationId,
        actorId: this.scope.viewer.user?.id ?? null,
      });
      return coProposer;
    });
  }

  async respondToCoProposal(initiativeId: string, organisationId: string, accept: boolean): Promise<CoProposer> {
    authorize(this.scope.viewer, 'initiative.respondCoProposal', organisationId);
    const coProposer = await this.em.findOneOrFail(
      CoProposer,
      { initiative: initiativeId, organisation: organisationId },
      { populate: ['organisation', 'initiative'] },
    );
    if (coProposer.status !== CoProposerStatus.INVITED)
      throw BadUserInputError.field('accept', 'UNCHANGED', 'the invitation was already answered');
    return this.writer.write('initiative.respondCoProposal', async ({ em, audit }) => {
      coProposer.status = accept ? CoProposerStatus.ACCEPTED : CoProposerStatus.DECLINED;
      coProposer.respondedAt = new Date();
      audit(initiativeId, { organisationId, status: coProposer.status });
      // Who accepts for their organisation becomes one of its authors, and follows it like one.
      if (accept) await follow(em, this.scope.viewer.user!.id, initiativeId);
      return coProposer;
    });
  }

  async submit(id: string, version: number): Promise<Initiative> {
    const initiative = await this.draftForAuthor(id);
    const missing = await this.missingOf(initiative);
    if (missing.length) {
      throw new BadUserInputError(
        missing.map((field): FieldProblem => ({
          field,
          code: 'REQUIRED_TO_SUBMIT',
          message: 'is needed before submitting',
        })),
      );
    }
    if ((await ledByApplication(this.scope.knex, [initiative])).has(initiative.id)) {
      throw BadUserInputError.field(
        'id',
        'SUBMIT_WITH_APPLICATION',
        'the initiative applies to a call: it is submitted with its application',
      );
    }
    return this.move(initiative, InitiativeStatus.SUBMITTED, '', 'initiative.submit', version);
  }

  /**
   * What the draft still needs before the viewer may submit it, by the rule `submit` enforces;
   * nothing for an initiative the viewer may not submit (not a draft, or not theirs).
   */
  async submissionProblems(initiative: InitiativeRightsRoot & { id: string }): Promise<string[]> {
    if (!canLead(this.scope.viewer, initiative)) return [];
    return this.missingOf(await this.em.findOneOrFail(Initiative, { id: initiative.id }));
  }

  /**
   * Deletes a draft with its co-proposer invitations and themes (the database cascades them):
   * only its authors, the representatives of its lead organisation, and only before submission.
   */
  async deleteDraft(id: string): Promise<string> {
    const initiative = await this.find(id);
    authorize(this.scope.viewer, 'initiative.deleteDraft', initiative.leadOrganisation.id);
    if (initiative.status !== InitiativeStatus.DRAFT) {
      throw BadUserInputError.field('id', 'NOT_A_DRAFT', 'only a draft can be deleted');
    }
    await this.writer.write('initiative.deleteDraft', async ({ em, audit }) => {
      audit(initiative.id, { title: initiative.title, leadOrganisationId: initiative.leadOrganisation.id });
      em.remove(initiative);
    });
    return initiative.id;
  }

  async withdraw(id: string, reason: string): Promise<Initiative> {
    const initiative = await this.find(id);
    authorize(this.scope.viewer, 'initiative.lead', initiative.leadOrganisation.id);
    if (!withdrawableStatuses.includes(initiative.status)) {
      throw BadUserInputError.field(
        'id',
        'ILLEGAL_TRANSITION',
        `an initiative in status ${initiative.status} cannot be withdrawn`,
      );
    }
    return this.move(initiative, InitiativeStatus.WITHDRAWN, reason.trim(), 'initiative.withdraw', undefined, {
      // Its application to a call goes with it, for the same reason: nothing stays in a call for nobody.
      alsoInTransaction: async (em) => {
        const application = await em.findOne(Application, {
          initiative,
          status: { $nin: [ApplicationStatus.INELIGIBLE, ApplicationStatus.WITHDRAWN] },
        });
        if (!application) return {};
        const from = application.status;
        application.status = ApplicationStatus.WITHDRAWN;
        application.statusReason = reason.trim();
        return { application: { id: application.id, status: { from, to: application.status } } };
      },
    });
  }

  async transition(input: TransitionInitiativeInput): Promise<Initiative> {
    authorize(this.scope.viewer, 'initiative.transition');
    const initiative = await this.find(input.id);
    if (!staffTransitions[initiative.status as InitiativeStatus].includes(input.to)) {
      throw BadUserInputError.field('to', 'ILLEGAL_TRANSITION', `cannot move from ${initiative.status} to ${input.to}`);
    }
    if ((await ledByApplication(this.scope.knex, [initiative])).has(initiative.id)) {
      throw BadUserInputError.field(
        'to',
        'THROUGH_COMPLIANCE',
        'the initiative applies to a call: its application is declared ineligible or passed to evaluation in the compliance check',
      );
    }
    return this.move(initiative, input.to, input.reason.trim(), 'initiative.transition');
  }

  async endorse(input: EndorseInput): Promise<Endorsement> {
    authorize(this.scope.viewer, 'initiative.endorse', input.organisationId);
    const initiative = await this.find(input.initiativeId);
    const [organisation, coProposers, supportsIt] = await Promise.all([
      this.em.findOne(Organisation, { id: input.organisationId }),
      this.em.find(CoProposer, { initiative }),
      this.em.count(Endorsement, { initiative, organisation: input.organisationId }).then((count) => count > 0),
    ]);
    if (!organisation) throw BadUserInputError.field('organisationId', 'UNKNOWN_REFERENCE', 'no such organisation');
    const refusal = endorsementRefusal(initiative, coProposers, organisation, supportsIt);
    if (refusal) throw refused(refusal, initiative);
    const endorsement = await this.writer.write(
      'initiative.endorse',
      async ({ em, audit }) => {
        const created = em.create(Endorsement, {
          initiative,
          organisation,
          endorsedBy: this.scope.viewer.user,
          note: input.note?.trim() || null,
        });
        await adjustCounters(em, initiative.id, { endorsements: +1 });
        audit(initiative.id, { organisationId: input.organisationId });
        await notify(em, { type: 'endorsed', endorsementId: created.id, actorId: this.scope.viewer.user?.id ?? null });
        return created;
      },
      // Another request may have recorded the same support meanwhile.
      { duplicate: () => refused(EndorsementRefusal.ALREADY_SUPPORTS, initiative) },
    );
    this.announce(initiative);
    // The answer may select the initiative: its counters moved in SQL, so read them back.
    await this.em.refresh(initiative);
    return endorsement;
  }

  async withdrawEndorsement(initiativeId: string, organisationId: string): Promise<Initiative> {
    authorize(this.scope.viewer, 'initiative.endorse', organisationId);
    const initiative = await this.find(initiativeId);
    const endorsement = await this.em.findOneOrFail(Endorsement, { initiative, organisation: organisationId });
    await this.writer.write('initiative.withdrawEndorsement', async ({ em, audit }) => {
      em.remove(endorsement);
      await adjustCounters(em, initiative.id, { endorsements: -1 });
      audit(initiative.id, { organisationId });
    });
    this.announce(initiative);
    return (await this.em.refresh(initiative))!;
  }

  /**
   * Records the move with who, why and when, in the same transaction as the status, with what
   * `alsoInTransaction` changes along with it (its answer joins the audit entry).
   */
  private async move(
    initiative: Initiative,
    to: InitiativeStatus,
    reason: string,
    action: AuditAction,
    seenVersion?: number,
    { alsoInTransaction }: { alsoInTransaction?: (em: EntityManager) => Promise<Record<string, unknown>> } = {},
  ): Promise<Initiative> {
    await this.writer.write(
      action,
      async ({ em, audit }) => {
        const moved = await moveInitiative(em, initiative, to, { reason, actor: this.scope.viewer.user });
        const along = alsoInTransaction ? await alsoInTransaction(em) : {};
        audit(initiative.id, { status: moved, reason, ...along });
      },
      { version: { record: initiative, seen: seenVersion } },
    );
    this.announce(initiative);
    return initiative;
  }

  /** Tells live subscribers that the initiative's status or support changed. */
  private announce(initiative: Initiative): void {
    this.scope.app.pubSub.publish('INITIATIVE_CHANGED', initiative.id, { initiativeId: initiative.id });
  }

  /** The initiative, as far as the viewer may know it exists. */
  private find(id: string): Promise<Initiative> {
    return this.scope.get(InitiativeService).findForWrite(id);
  }

  /** A draft its authors (or staff) may change. */
  private async draftForAuthor(id: string): Promise<Initiative> {
    const initiative = await this.find(id);
    authorize(this.scope.viewer, 'initiative.lead', initiative.leadOrganisation.id);
    if (initiative.status !== InitiativeStatus.DRAFT) {
      throw BadUserInputError.field('id', 'NOT_A_DRAFT', 'only a draft can be changed');
    }
    return initiative;
  }

  /**
   * A draft (or one being completed) its writers may change: the representatives of its lead (or
   * staff) and of its co-proposers who accepted, who write it together.
   */
  private async draftForWriter(id: string): Promise<Initiative> {
    const initiative = await this.find(id);
    const { viewer } = this.scope;
    const coProposers = viewer.affiliations.length
      ? await this.em.find(CoProposer, { initiative, status: CoProposerStatus.ACCEPTED })
      : [];
    if (!isAuthor(viewer, initiative, coProposers))
      authorize(viewer, 'initiative.lead', initiative.leadOrganisation.id);
    if (!editableStatuses.includes(initiative.status)) {
      throw BadUserInputError.field(
        'id',
        'NOT_A_DRAFT',
        'only a draft, or one returned for completion, can be changed',
      );
    }
    return initiative;
  }

  /** The fields `initiative` lacks for submission, its themes counted. */
  private async missingOf(initiative: Initiative): Promise<string[]> {
    await this.em.populate(initiative, ['themes']);
    return missingForSubmission({ ...initiative, themeCount: initiative.themes.count() });
  }

  private async draftLinks(input: { themeCodes?: string[]; measureId?: string | null; eldershipId?: string | null }) {
    const problems: FieldProblem[] = [];
    const [themes, measure, eldership] = await Promise.all([
      input.themeCodes ? this.em.find(Theme, { code: { $in: input.themeCodes } }) : undefined,
      input.measureId ? this.em.findOne(Measure, { id: input.measureId }) : undefined,
      input.eldershipId ? this.em.findOne(Eldership, { id: input.eldershipId }) : undefined,
    ]);
    if (themes && themes.length !== new Set(input.themeCodes).size)
      problems.push({ field: 'themeCodes', code: 'UNKNOWN_REFERENCE', message: 'no such theme' });
    if (input.measureId && !measure)
      problems.push({ field: 'measureId', code: 'UNKNOWN_REFERENCE', message: 'no such measure' });
    if (input.eldershipId && !eldership)
      problems.push({ field: 'eldershipId', code: 'UNKNOWN_REFERENCE', message: 'no such eldership' });
    if (problems.length) throw new BadUserInputError(problems);
    return { themes, measure, eldership };
  }
}

function checkAmounts(estimated: number | null | undefined, requested: number | null | undefined): void {
  if (estimated != null && requested != null && requested > estimated) {
    throw BadUserInputError.field('requestedSupportCents', 'OVER_BUDGET', 'must not exceed the estimated budget');
  }
}

/** The error endorseInitiative answers `refusal` with (docs/errors.md). */
function refused(refusal: EndorsementRefusal, initiative: InitiativeRightsRoot): GraphQLError {
  switch (refusal) {
    case EndorsementRefusal.ALREADY_SUPPORTS:
      return new ConflictError('This organisation already supports the initiative.');
    case EndorsementRefusal.LEAD_ITSELF:
      return BadUserInputError.field(
        'organisationId',
        'LEAD_ITSELF',
        'an organisation cannot support its own initiative',
      );
    case EndorsementRefusal.CO_PROPOSER_ITSELF:
      return BadUserInputError.field(
        'organisationId',
        'CO_PROPOSER_ITSELF',
        'an organisation cannot support an initiative it is invited to co-propose or co-proposes',
      );
    case EndorsementRefusal.NOT_MEMBER_OR_PARTNER:
      return BadUserInputError.field(
        'organisationId',
        'NOT_MEMBER_OR_PARTNER',
        'only LAG members and partners support initiatives',
      );
    case EndorsementRefusal.NOT_ENDORSABLE:
      return BadUserInputError.field(
        'initiativeId',
        'NOT_ENDORSABLE',
        `an initiative in status ${initiative.status} cannot be supported`,
      );
  }
}
