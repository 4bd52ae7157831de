import { Arg, Args, Ctx, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Person } from '../accounts/account.types.js';
import { ConnectionType, PageArgs, type Connection } from '../common/pagination.js';
import type { Context } from '../context.js';
import { SectorCount } from '../organisations/sector-count.type.js';
import { Theme } from '../strategy/theme.entity.js';
import { CoProposer, Endorsement, Initiative, StatusChange } from './initiative.entity.js';
import { InitiativeOrder } from './initiative.enums.js';
import { InitiativeFilter } from './initiative.inputs.js';
import type { SectorSupport as SectorSupportData } from './initiative.service.js';

@ObjectType({ description: 'A page of initiatives.' })
class InitiativeConnection extends ConnectionType(Initiative, 'Initiative') {}

@ObjectType({ description: 'Who supports an initiative, by LEADER sector.' })
class SectorSupport {
  @Field(() => [SectorCount], { description: 'Supporting organisations per sector, every sector listed.' })
  bySector!: SectorCount[];

  @Field(() => Boolean, { description: 'Whether NGOs, businesses and public bodies all support it.' })
  allSectors!: boolean;
}

@Resolver(() => Initiative)
export class InitiativeResolver {
  @Query(() => InitiativeConnection, {
    description: 'Initiatives: submitted ones for everyone, drafts for their authors, co-proposers and staff.',
  })
  initiatives(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => InitiativeFilter, { nullable: true, description: 'Filters; all must hold.' })
    filter: InitiativeFilter | undefined,
    @Arg('orderBy', () => InitiativeOrder, { defaultValue: InitiativeOrder.NEWEST, description: 'Ordering.' })
    orderBy: InitiativeOrder,
    @Ctx() { initiatives }: Context,
  ): Promise<Connection<Initiative>> {
    return initiatives.list({ filter, order: orderBy, first: page.first, after: page.after });
  }

  @Query(() => Initiative, {
    nullable: true,
    description: 'One initiative by id or slug; null if unknown or a draft the viewer may not see.',
  })
  initiative(
    @Arg('id', () => ID, { nullable: true, description: 'Its id.' }) id: string | undefined,
    @Arg('slug', () => String, { nullable: true, description: 'Its slug.' }) slug: string | undefined,
    @Ctx() { initiatives }: Context,
  ): Promise<Initiative | null> {
    return initiatives.find({ id, slug });
  }

  @FieldResolver(() => [Theme], { description: 'Its themes.' })
  themes(@Root() initiative: Initiative, @Ctx() { loaders }: Context): Promise<Theme[]> {
    return loaders.themesByInitiative.load(initiative.id);
  }

  @FieldResolver(() => [CoProposer], {
    description: 'Co-proposing organisations (the public sees those who accepted).',
  })
  coProposers(@Root() initiative: Initiative, @Ctx() { initiatives }: Context): Promise<CoProposer[]> {
    return initiatives.coProposers(initiative);
  }

  @FieldResolver(() => [StatusChange], { description: 'Every move after the draft, oldest first, with its reason.' })
  statusHistory(@Root() initiative: Initiative, @Ctx() { loaders }: Context): Promise<StatusChange[]> {
    return loaders.statusHistoryByInitiative.load(initiative.id);
  }

  @FieldResolver(() => [Endorsement], { description: 'Supporting organisations, oldest first.' })
  endorsements(@Root() initiative: Initiative, @Ctx() { loaders }: Context): Promise<Endorsement[]> {
    return loaders.endorsementsByInitiative.load(initiative.id);
  }

  @FieldResolver(() => SectorSupport, { description: 'Support by sector, and whether all three sectors back it.' })
  supportBySector(@Root() initiative: Initiative, @Ctx() { initiatives }: Context): Promise<SectorSupportData> {
    return initiatives.supportBySector(initiative);
  }
}

@Resolver(() => StatusChange)
export class StatusChangeResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'Who moved it.' })
  changedBy(@Root() change: StatusChange): Person | null {
    return change.changedBy
      ? Object.assign(new Person(), { id: change.changedBy.id, displayName: change.changedBy.displayName })
      : null;
  }
}
