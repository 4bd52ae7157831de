import {
  Arg,
  Args,
  Field,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { idOrSlug, IdOrSlugArgs } from '../common/id-or-slug.js';
import { fieldsToSubmit } from './initiative-lifecycle.js';
import {
  canDeleteDraft,
  transitionsFor,
  transitionsNeedApplication,
  type InitiativeRightsRoot,
} from './initiative-rights.js';
import type { GraphQLResolveInfo } from 'graphql';
import { Person } from '../accounts/account.types.js';
import { ConnectionType, PageArgs, type Connection } from '../common/pagination.js';
import { prefetched } from '../common/json-list.js';
import { pageSelection, selectedFields } from '../common/selected-fields.js';
import { InitiativeLoaders } from './initiative-loaders.js';
import { InitiativeService, type EndorsementOption } from './initiative.service.js';
import { InitiativeWorkflowService } from './initiative-workflow.service.js';
import type { RequestScope } from '../request-scope.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { SectorCount } from '../organisations/sector-count.type.js';
import { Theme } from '../strategy/theme.entity.js';
import { CoProposer, Endorsement, Initiative, StatusChange } from './initiative.entity.js';
import { EndorsementRefusal, InitiativeOrder, InitiativeStatus } from './initiative.enums.js';
import {
  CreateInitiativeInput,
  EndorseInput,
  InitiativeFilter,
  TransitionInitiativeInput,
  UpdateInitiativeInput,
  WithdrawInitiativeArgs,
} from './initiative.inputs.js';
import type {
  CoProposerView,
  EndorsementView,
  SectorSupport as SectorSupportData,
  StatusChangeView,
} from './initiative-lists-read.js';
import type { InitiativeView } from './initiative-read.js';
import { cardOrWhole } from '../organisations/organisation-card.js';

@ObjectType({ description: 'A page of initiatives.' })
class InitiativeConnection extends ConnectionType(Initiative, 'Initiative') {}

@ObjectType({ description: 'Who supports an initiative, by LEADER sector.' })
class SectorSupport {
  @Field(() => [SectorCount], { description: 'Supporting organisations per sector, every sector listed.' })
  bySector!: SectorCount[];

  @Field(() => Boolean, { description: 'Whether NGOs, businesses and public bodies all support it.' })
  allSectors!: boolean;
}

@ObjectType('EndorsementOption', {
  description: 'An organisation the viewer represents, and whether it may support an initiative now.',
})
class EndorsementOptionType {
  @Field(() => Organisation, { description: 'The organisation.' })
  organisation!: Organisation;

  @Field(() => Boolean, { description: 'Whether it may support the initiative now: endorseInitiative accepts it.' })
  canEndorse!: boolean;

  @Field(() => EndorsementRefusal, { nullable: true, description: 'Why it may not; null when it may.' })
  refusal!: EndorsementRefusal | null;
}

/** What the field resolvers of an initiative read: a read view (queries) or an entity (mutations). */
type InitiativeRoot = InitiativeView | Initiative;

@Resolver(() => Initiative)
export class InitiativeResolver {
  constructor(private readonly scope: RequestScope) {}

  private get initiativeService() {
    return this.scope.get(InitiativeService);
  }

  @Query(() => InitiativeConnection, {
    description: 'Initiatives: submitted ones for everyone, drafts for their authors, co-proposers and staff.',
  })
  initiatives(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => InitiativeFilter, { nullable: true, description: 'Filters; all must hold.' })
    filter: InitiativeFilter | undefined,
    @Arg('orderBy', () => InitiativeOrder, { defaultValue: InitiativeOrder.NEWEST, description: 'Ordering.' })
    orderBy: InitiativeOrder,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<InitiativeView>> {
    return this.initiativeService.list(
      { filter, order: orderBy, first: page.first, after: page.after },
      pageSelection(info),
    );
  }

  @Query(() => Boolean, {
    description: 'Whether the viewer may propose an initiative: staff, or a representative of a member organisation.',
  })
  viewerCanPropose(): Promise<boolean> {
    return this.initiativeService.viewerCanPropose();
  }

  @Query(() => [String], {
    description:
      'The input fields a draft must have before submitInitiative accepts it (a draft is saved with its title alone), so forms can mark them.',
  })
  initiativeFieldsToSubmit(): string[] {
    return fieldsToSubmit();
  }

  @Query(() => Initiative, {
    nullable: true,
    description: 'One initiative by id or slug; null if unknown or a draft the viewer may not see.',
  })
  initiative(
    @Args(() => IdOrSlugArgs) where: IdOrSlugArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<InitiativeView | null> {
    return this.initiativeService.find(idOrSlug(where), selectedFields(info));
  }

  @FieldResolver(() => String, { description: 'The full proposal as Markdown source.' })
  body(@Root() initiative: InitiativeRoot): string | Promise<string> {
    // Read views leave the Markdown out: only this field asks for it.
    return 'body' in initiative
      ? initiative.body
      : this.scope.get(InitiativeLoaders).bodyByInitiative.load(initiative.id);
  }

  @FieldResolver(() => String, {
    description: 'The body rendered from Markdown to HTML that is safe to show (sanitised).',
  })
  bodyHtml(@Root() initiative: Pick<Initiative, 'bodyHtml'>): string {
    return initiative.bodyHtml;
  }

  @FieldResolver(() => Organisation, { description: 'The organisation that leads it.' })
  leadOrganisation(
    @Root() initiative: InitiativeRoot,
    @Info() info: GraphQLResolveInfo,
  ): ReturnType<typeof cardOrWhole> {
    return cardOrWhole(initiative.leadOrganisation, info, this.scope);
  }

  @FieldResolver(() => [Theme], { description: 'Its themes.' })
  themes(@Root() initiative: Pick<Initiative, 'id'>): Theme[] | Promise<Theme[]> {
    return (
      prefetched<Theme[]>(initiative, 'themes') ??
      this.scope.get(InitiativeLoaders).themesByInitiative.load(initiative.id)
    );
  }

  @FieldResolver(() => [CoProposer], {
    description: 'Co-proposing organisations (the public sees those who accepted).',
  })
  coProposers(@Root() initiative: InitiativeRoot): CoProposerView[] | Promise<CoProposerView[]> {
    return this.initiativeService.coProposers(initiative);
  }

  @FieldResolver(() => [StatusChange], { description: 'Every move after the draft, oldest first, with its reason.' })
  statusHistory(@Root() initiative: Pick<Initiative, 'id'>): StatusChangeView[] | Promise<StatusChangeView[]> {
    return (
      prefetched<StatusChangeView[]>(initiative, 'statusHistory') ??
      this.scope.get(InitiativeLoaders).statusHistoryByInitiative.load(initiative.id)
    );
  }

  @FieldResolver(() => [Endorsement], { description: 'Supporting organisations, oldest first.' })
  endorsements(@Root() initiative: Pick<Initiative, 'id'>): EndorsementView[] | Promise<EndorsementView[]> {
    return this.initiativeService.endorsements(initiative);
  }

  @FieldResolver(() => Int, { description: 'How many of its supporters are members of the LAG.' })
  memberEndorsementCount(@Root() initiative: InitiativeRoot): number | Promise<number> {
    if ('memberEndorsementCount' in initiative && initiative.memberEndorsementCount !== undefined)
      return initiative.memberEndorsementCount;
    return this.initiativeService.endorsementCounts(initiative).then((counts) => counts.members);
  }

  @FieldResolver(() => Int, {
    description: 'How many of its supporters are not members of the LAG (partners and other organisations).',
  })
  partnerEndorsementCount(@Root() initiative: InitiativeRoot): number | Promise<number> {
    if ('partnerEndorsementCount' in initiative && initiative.partnerEndorsementCount !== undefined)
      return initiative.partnerEndorsementCount;
    return this.initiativeService.endorsementCounts(initiative).then((counts) => counts.partners);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the viewer may edit this draft’s text and figures: representatives of its lead and of co-proposers who accepted, and staff. Inviting co-proposers and submitting are the lead’s (`viewerTransitions`).',
  })
  viewerCanEdit(@Root() initiative: InitiativeRightsRoot & { id: string }): boolean | Promise<boolean> {
    return this.initiativeService.viewerCanEdit(initiative);
  }

  @FieldResolver(() => [String], {
    description:
      'The input fields (summary, body, measureId, estimatedBudgetCents, requestedSupportCents, themeCodes) this draft still needs before the viewer may submit it, by the rule submitInitiative enforces; empty when nothing is missing or the viewer may not submit it.',
  })
  viewerSubmissionProblems(@Root() initiative: InitiativeRightsRoot & { id: string }): Promise<string[]> {
    return this.scope.get(InitiativeWorkflowService).submissionProblems(initiative);
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether the viewer may delete this draft: its authors, before submission.',
  })
  viewerCanDelete(@Root() initiative: InitiativeRightsRoot): boolean {
    return canDeleteDraft(this.scope.viewer, initiative);
  }

  @FieldResolver(() => [EndorsementOptionType], {
    description:
      'Each organisation the viewer represents, by name, with whether it may support this initiative now and, if not, why: the rule endorseInitiative enforces. Empty for those who represent none.',
  })
  viewerEndorsementOptions(@Root() initiative: InitiativeRightsRoot & { id: string }): Promise<EndorsementOption[]> {
    return this.initiativeService.viewerEndorsementOptions(initiative);
  }

  @FieldResolver(() => [InitiativeStatus], {
    description:
      'The statuses the viewer may move it to now: SUBMITTED and WITHDRAWN for its authors, the review moves for staff. While it applies to a call, its application decides submission and the compliance check the moves after it: only WITHDRAWN stays.',
  })
  async viewerTransitions(@Root() initiative: InitiativeRightsRoot & { id: string }): Promise<InitiativeStatus[]> {
    const led =
      transitionsNeedApplication(this.scope.viewer, initiative) &&
      (await this.scope.get(InitiativeLoaders).ledByApplication.load(initiative));
    return transitionsFor(this.scope.viewer, initiative, led);
  }

  @FieldResolver(() => SectorSupport, { description: 'Support by sector, and whether all three sectors back it.' })
  supportBySector(@Root() initiative: Pick<Initiative, 'id'>): SectorSupportData | Promise<SectorSupportData> {
    return this.initiativeService.supportBySector(initiative);
  }
}

@Resolver()
export class InitiativeWorkflowResolver {
  constructor(private readonly scope: RequestScope) {}

  private get workflowService() {
    return this.scope.get(InitiativeWorkflowService);
  }

  @Mutation(() => Initiative, { description: 'Starts a draft led by an organisation the viewer represents.' })
  createInitiative(@Arg('input', () => CreateInitiativeInput) input: CreateInitiativeInput): Promise<Initiative> {
    return this.workflowService.create(input);
  }

  @Mutation(() => Initiative, {
    description:
      'Edits a draft (its lead’s and accepted co-proposers’ representatives, or staff); a stale version gets CONFLICT.',
  })
  updateInitiative(@Arg('input', () => UpdateInitiativeInput) input: UpdateInitiativeInput): Promise<Initiative> {
    return this.workflowService.update(input);
  }

  @Mutation(() => CoProposer, { description: 'Invites another organisation to propose the draft together.' })
  inviteCoProposer(
    @Arg('initiativeId', () => ID, { description: 'The draft.' }) initiativeId: string,
    @Arg('organisationId', () => ID, { description: 'The invited organisation.' }) organisationId: string,
  ): Promise<CoProposer> {
    return this.workflowService.inviteCoProposer(initiativeId, organisationId);
  }

  @Mutation(() => CoProposer, {
    description: 'Accepts or declines an invitation to co-propose, as the invited organisation.',
  })
  respondToCoProposal(
    @Arg('initiativeId', () => ID, { description: 'The initiative.' }) initiativeId: string,
    @Arg('organisationId', () => ID, { description: 'The invited organisation, one the viewer represents.' })
    organisationId: string,
    @Arg('accept', () => Boolean, { description: 'true to accept, false to decline.' }) accept: boolean,
  ): Promise<CoProposer> {
    return this.workflowService.respondToCoProposal(initiativeId, organisationId, accept);
  }

  @Mutation(() => ID, {
    description: 'Deletes a draft for good, with its co-proposer invitations (its authors); answers its id.',
  })
  deleteInitiativeDraft(@Arg('id', () => ID, { description: 'The draft.' }) id: string): Promise<string> {
    return this.workflowService.deleteDraft(id);
  }

  @Mutation(() => Initiative, { description: 'Submits a complete draft for review.' })
  submitInitiative(
    @Arg('id', () => ID, { description: 'The draft.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you reviewed.' }) version: number,
  ): Promise<Initiative> {
    return this.workflowService.submit(id, version);
  }

  @Mutation(() => Initiative, { description: 'Withdraws an initiative before the board decides (its authors).' })
  withdrawInitiative(@Args(() => WithdrawInitiativeArgs) { id, reason }: WithdrawInitiativeArgs): Promise<Initiative> {
    return this.workflowService.withdraw(id, reason);
  }

  @Mutation(() => Initiative, { description: 'Moves an initiative along the review flow with a reason (staff).' })
  transitionInitiative(
    @Arg('input', () => TransitionInitiativeInput) input: TransitionInitiativeInput,
  ): Promise<Initiative> {
    return this.workflowService.transition(input);
  }

  @Mutation(() => Endorsement, {
    description: 'Supports an initiative as an organisation the viewer represents (once per organisation).',
  })
  endorseInitiative(@Arg('input', () => EndorseInput) input: EndorseInput): Promise<Endorsement> {
    return this.workflowService.endorse(input);
  }

  @Mutation(() => Initiative, { description: 'Withdraws an organisation’s support.' })
  withdrawEndorsement(
    @Arg('initiativeId', () => ID, { description: 'The initiative.' }) initiativeId: string,
    @Arg('organisationId', () => ID, { description: 'The supporting organisation, one the viewer represents.' })
    organisationId: string,
  ): Promise<Initiative> {
    return this.workflowService.withdrawEndorsement(initiativeId, organisationId);
  }
}

@Resolver(() => StatusChange)
export class StatusChangeResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'Who moved it.' })
  changedBy(@Root() change: { changedBy?: { id: string; displayName: string } | null }): Person | null {
    return Person.ofOptional(change.changedBy);
  }
}

@Resolver(() => CoProposer)
export class CoProposerResolver {
  constructor(private readonly scope: RequestScope) {}

  @FieldResolver(() => Organisation, { description: 'The organisation.' })
  organisation(
    @Root() coProposer: Pick<CoProposerView, 'organisation'> | Pick<CoProposer, 'organisation'>,
    @Info() info: GraphQLResolveInfo,
  ): ReturnType<typeof cardOrWhole> {
    return cardOrWhole(coProposer.organisation, info, this.scope);
  }
}

@Resolver(() => Endorsement)
export class EndorsementResolver {
  constructor(private readonly scope: RequestScope) {}

  @FieldResolver(() => Initiative, {
    description: 'The supported initiative as it stands now, so a client can show the new support at once.',
  })
  async initiative(
    @Root() endorsement: Pick<EndorsementView, 'initiativeId'> | Pick<Endorsement, 'initiative'>,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Initiative | InitiativeView> {
    // The answer of endorseInitiative carries the entity, refreshed after the write.
    if ('initiative' in endorsement) return endorsement.initiative;
    // Read through an initiative the viewer sees, so it is found.
    const initiative = await this.scope
      .get(InitiativeService)
      .find({ id: endorsement.initiativeId }, selectedFields(info));
    if (!initiative) throw new Error(`initiative ${endorsement.initiativeId} of a shown endorsement is not visible`);
    return initiative;
  }

  @FieldResolver(() => Organisation, { description: 'The supporting organisation.' })
  organisation(
    @Root() endorsement: Pick<EndorsementView, 'organisation'> | Pick<Endorsement, 'organisation'>,
    @Info() info: GraphQLResolveInfo,
  ): ReturnType<typeof cardOrWhole> {
    return cardOrWhole(endorsement.organisation, info, this.scope);
  }
}
