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
import { Requires } from '../authorization/requires.js';
import type { GraphQLResolveInfo } from 'graphql';
import { Person } from '../accounts/account.types.js';
import { ConnectionType, PageArgs, type Connection } from '../common/pagination.js';
import { pageSelection } from '../common/selected-fields.js';
import { LocalDate } from '../common/scalars.js';
import { PartnershipLoaders } from './partnership-loaders.js';
import { isOverdue, PartnershipService } from './partnership.service.js';
import type { RequestScope } from '../request-scope.js';
import type { InitiativeView } from '../initiatives/initiative-read.js';
import { Initiative } from '../initiatives/initiative.entity.js';
import { cardOrWhole } from '../organisations/organisation-card.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Scope } from '../organisations/organisation.enums.js';
import type { ActivityView, ContactView, PartnershipView, PartyView } from './partnership-read.js';
import { Partnership, PartnershipActivity, PartnershipContact, PartnershipParty } from './partnership.entity.js';
import { PartnershipOrder, PartnershipStatus } from './partnership.enums.js';
import {
  ChangePartnershipStatusInput,
  CreatePartnershipInput,
  LogActivityInput,
  PartnershipFilter,
  UpdateActivityInput,
  UpdatePartnershipInput,
} from './partnership.inputs.js';
import type { TimelineEntry as TimelineEntryData } from './partnership.service.js';

/** Pages and lists resolve read views; mutations, the timeline and the figures resolve entities. */
type PartnershipRoot = PartnershipView | Partnership;

@ObjectType({ description: 'A page of partnerships.' })
class PartnershipConnection extends ConnectionType(Partnership, 'Partnership') {}

@ObjectType({ description: 'How many partnerships have a status.' })
class PartnershipStatusCount {
  @Field(() => PartnershipStatus, { description: 'The status.' })
  status!: PartnershipStatus;

  @Field(() => Int, { description: 'Partnerships with it.' })
  count!: number;
}

@ObjectType({ description: 'How many partnerships have a scope.' })
class PartnershipScopeCount {
  @Field(() => Scope, { description: 'The scope.' })
  scope!: Scope;

  @Field(() => Int, { description: 'Partnerships with it.' })
  count!: number;
}

@ObjectType({ description: 'The cooperation pipeline at a glance (staff).' })
class PartnershipFigures {
  @Field(() => [PartnershipStatusCount], { description: 'Partnerships per status, every status listed.' })
  byStatus!: PartnershipStatusCount[];

  @Field(() => [PartnershipScopeCount], { description: 'Partnerships per scope, every scope listed.' })
  byScope!: PartnershipScopeCount[];

  @Field(() => [Partnership], {
    description: 'Open partnerships whose follow-up date has passed, longest overdue first.',
  })
  overdue!: Partnership[];
}

@ObjectType({ description: 'One entry of a partner’s timeline: a partnership starting, or an activity.' })
class TimelineEntry {
  @Field(() => LocalDate, { description: 'When.' })
  on!: string;

  @Field(() => Partnership, { description: 'The partnership.' })
  partnership!: Partnership;

  @Field(() => PartnershipActivity, { nullable: true, description: 'The activity; null for the partnership’s start.' })
  activity!: PartnershipActivity | null;
}

@Resolver(() => Partnership)
export class PartnershipResolver {
  constructor(private readonly scope: RequestScope) {}

  private get partnershipService() {
    return this.scope.get(PartnershipService);
  }

  @Query(() => PartnershipConnection, {
    description: 'Partnerships; the public sees active and past ones, staff all of them.',
  })
  partnerships(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => PartnershipFilter, { nullable: true, description: 'Filters; all must hold.' })
    filter: PartnershipFilter | undefined,
    @Arg('orderBy', () => PartnershipOrder, {
      defaultValue: PartnershipOrder.NEWEST,
      description: 'Ordering; NEXT_FOLLOW_UP is for staff.',
    })
    orderBy: PartnershipOrder,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<PartnershipView>> {
    return this.partnershipService.list(
      { filter, order: orderBy, first: page.first, after: page.after },
      pageSelection(info),
    );
  }

  @Query(() => Partnership, {
    nullable: true,
    description: 'One partnership by id or slug; null if unknown or not public.',
  })
  partnership(@Args(() => IdOrSlugArgs) where: IdOrSlugArgs): Promise<PartnershipView | null> {
    return this.partnershipService.find(idOrSlug(where));
  }

  @Query(() => PartnershipFigures, {
    description: 'Partnerships by status and scope, and the overdue follow-ups (staff).',
  })
  partnershipFigures(): Promise<PartnershipFigures> {
    return this.partnershipService.figures();
  }

  @Query(() => [TimelineEntry], {
    description: 'Every partnership and activity with one organisation, newest first (staff).',
  })
  partnerTimeline(
    @Arg('organisationId', () => ID, { description: 'The partner organisation.' }) organisationId: string,
  ): Promise<TimelineEntryData[]> {
    return this.partnershipService.timeline(organisationId);
  }

  @FieldResolver(() => [PartnershipParty], { description: 'The organisations taking part.' })
  parties(@Root() partnership: Pick<PartnershipRoot, 'parties'>): PartyView[] | PartnershipParty[] {
    return Array.isArray(partnership.parties) ? partnership.parties : partnership.parties.getItems();
  }

  @FieldResolver(() => [Initiative], { description: 'Related initiatives (drafts only for staff).' })
  relatedInitiatives(@Root() partnership: Pick<Partnership, 'id'>): Promise<InitiativeView[]> {
    return this.partnershipService.initiatives(partnership);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'The staff member who looks after it (staff only).' })
  @Requires('partnership.readInternal')
  owner(@Root() partnership: Pick<PartnershipRoot, 'owner'>): Person | null {
    return Person.ofOptional(partnership.owner);
  }

  @FieldResolver(() => LocalDate, { nullable: true, description: 'When to get back to the partner (staff only).' })
  @Requires('partnership.readInternal')
  nextFollowUpOn(@Root() partnership: Pick<Partnership, 'nextFollowUpOn'>): string | null {
    return partnership.nextFollowUpOn ?? null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description: 'Whether the follow-up date has passed while it is open (staff only).',
  })
  @Requires('partnership.readInternal')
  isOverdue(@Root() partnership: Pick<Partnership, 'nextFollowUpOn' | 'status'>): boolean {
    return isOverdue(partnership);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Notes for staff only.' })
  @Requires('partnership.readInternal')
  internalNotes(@Root() partnership: Pick<Partnership, 'internalNotes'>): string {
    return partnership.internalNotes;
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When something last happened (staff only).' })
  @Requires('partnership.readInternal')
  lastActivityAt(@Root() partnership: Pick<PartnershipRoot, 'lastActivityAt'>): Date | string {
    return partnership.lastActivityAt;
  }

  @FieldResolver(() => [PartnershipActivity], {
    nullable: true,
    description: 'What happened, newest first (staff only).',
  })
  @Requires('partnership.readInternal')
  activities(@Root() partnership: Pick<Partnership, 'id'>): Promise<ActivityView[]> {
    return this.partnershipService.activities(partnership);
  }

  @FieldResolver(() => [PartnershipContact], { nullable: true, description: 'Contact people (staff only).' })
  @Requires('partnership.readInternal')
  contacts(@Root() partnership: Pick<Partnership, 'id'>): Promise<ContactView[]> {
    return this.partnershipService.contacts(partnership);
  }

  @Mutation(() => Partnership, { description: 'Starts tracking a partnership (staff).' })
  createPartnership(@Arg('input', () => CreatePartnershipInput) input: CreatePartnershipInput): Promise<Partnership> {
    return this.partnershipService.create(input);
  }

  @Mutation(() => Partnership, { description: 'Edits a partnership (staff); needs the current version.' })
  updatePartnership(@Arg('input', () => UpdatePartnershipInput) input: UpdatePartnershipInput): Promise<Partnership> {
    return this.partnershipService.update(input);
  }

  @Mutation(() => Partnership, { description: 'Changes the status (staff); COMPLETED or ENDED close it.' })
  changePartnershipStatus(
    @Arg('input', () => ChangePartnershipStatusInput) input: ChangePartnershipStatusInput,
  ): Promise<Partnership> {
    return this.partnershipService.changeStatus(input);
  }

  @Mutation(() => PartnershipActivity, {
    description: 'Logs an activity, optionally setting the next follow-up (staff).',
  })
  logPartnershipActivity(@Arg('input', () => LogActivityInput) input: LogActivityInput): Promise<PartnershipActivity> {
    return this.partnershipService.logActivity(input);
  }

  @Mutation(() => PartnershipActivity, { description: 'Corrects a logged activity (staff).' })
  updatePartnershipActivity(
    @Arg('input', () => UpdateActivityInput) input: UpdateActivityInput,
  ): Promise<PartnershipActivity> {
    return this.partnershipService.updateActivity(input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a logged activity (staff); the audit trail keeps it.' })
  deletePartnershipActivity(@Arg('id', () => ID, { description: 'The activity.' }) id: string): Promise<boolean> {
    return this.partnershipService.deleteActivity(id);
  }
}

@Resolver(() => PartnershipActivity)
export class PartnershipActivityResolver {
  constructor(private readonly scope: RequestScope) {}

  @FieldResolver(() => Person, { nullable: true, description: 'Who wrote it down.' })
  createdBy(@Root() activity: Pick<ActivityView | PartnershipActivity, 'createdBy'>): Person | null {
    return Person.ofOptional(activity.createdBy);
  }

  @FieldResolver(() => Partnership, { description: 'The partnership.' })
  async partnership(@Root() activity: { partnership: { id: string } }): Promise<PartnershipView> {
    const partnership = await this.scope.get(PartnershipLoaders).partnershipById.load(activity.partnership.id);
    if (!partnership) throw new Error(`partnership ${activity.partnership.id} of an activity is missing`);
    return partnership;
  }
}

@Resolver(() => PartnershipParty)
export class PartnershipPartyResolver {
  constructor(private readonly scope: RequestScope) {}

  @FieldResolver(() => Organisation, { description: 'The organisation.' })
  organisation(
    @Root() party: Pick<PartyView | PartnershipParty, 'organisation'>,
    @Info() info: GraphQLResolveInfo,
  ): ReturnType<typeof cardOrWhole> {
    return cardOrWhole(party.organisation, info, this.scope);
  }
}

@Resolver(() => PartnershipContact)
export class PartnershipContactResolver {
  constructor(private readonly scope: RequestScope) {}

  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation the person works for.' })
  organisation(
    @Root() contact: Pick<ContactView | PartnershipContact, 'organisation'>,
    @Info() info: GraphQLResolveInfo,
  ): ReturnType<typeof cardOrWhole> | null {
    if (!contact.organisation) return null;
    return cardOrWhole(contact.organisation, info, this.scope);
  }
}
