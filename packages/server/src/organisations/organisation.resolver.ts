import type { Locale } from '../accounts/account.enums.js';
import { LanguageArg, localized } from '../common/localized.js';
import { Arg, Args, FieldResolver, Int, Mutation, ObjectType, Field, Info, Query, Resolver, Root } from 'type-graphql';
import { idOrSlug, IdOrSlugArgs } from '../common/id-or-slug.js';
import { Requires } from '../authorization/requires.js';
import { Invitation } from '../accounts/invitation.entity.js';
import { Person, Representative } from '../accounts/account.types.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import type { GraphQLResolveInfo } from 'graphql';
import { prefetched } from '../common/json-list.js';
import { pageSelection } from '../common/selected-fields.js';
import { checkFirst, ConnectionType, PageArgs, type Connection } from '../common/pagination.js';
import { InvitationService } from '../accounts/invitation.service.js';
import { OrganisationLoaders } from './organisation-loaders.js';
import { OrganisationService } from './organisation.service.js';
import type { RequestScope } from '../request-scope.js';
import { Eldership } from './eldership.entity.js';
import { Organisation } from './organisation.entity.js';
import type { OrganisationView } from './organisation-read.js';
import { OrganisationOrder } from './organisation.enums.js';
import { SectorCount } from './sector-count.type.js';
import {
  ChangeMembershipInput,
  CreateOrganisationInput,
  OrganisationFilter,
  UpdateOrganisationInput,
} from './organisation.inputs.js';

@ObjectType({ description: 'A page of the member directory.' })
class OrganisationConnection extends ConnectionType(Organisation, 'Organisation') {}

@ObjectType({ description: 'Figures of the member directory.' })
class DirectoryStats {
  @Field(() => [SectorCount], { description: 'Members (membership MEMBER) per sector, every sector listed.' })
  membersBySector!: SectorCount[];

  @Field(() => Int, { description: 'All members.' })
  memberCount!: number;
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  constructor(private readonly scope: RequestScope) {}

  private get invitationService() {
    return this.scope.get(InvitationService);
  }

  private get organisationService() {
    return this.scope.get(OrganisationService);
  }

  @Query(() => OrganisationConnection, { description: 'The member directory: filtered, ordered, paginated.' })
  organisations(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => OrganisationFilter, { nullable: true, description: 'Filters; all must hold.' })
    filter: OrganisationFilter | undefined,
    @Arg('orderBy', () => OrganisationOrder, { defaultValue: OrganisationOrder.NAME, description: 'Ordering.' })
    orderBy: OrganisationOrder,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<OrganisationView>> {
    return this.organisationService.directory(
      { filter, order: orderBy, first: page.first, after: page.after },
      pageSelection(info),
    );
  }

  @Query(() => Organisation, { nullable: true, description: 'One organisation by id or by slug.' })
  organisation(@Args(() => IdOrSlugArgs) where: IdOrSlugArgs): Promise<OrganisationView | null> {
    return this.organisationService.find(idOrSlug(where));
  }

  @Query(() => [Eldership], { description: 'The municipality’s elderships, by name.' })
  elderships(): Promise<Eldership[]> {
    return this.organisationService.elderships();
  }

  @Query(() => DirectoryStats, { description: 'Figures of the member directory.' })
  async directoryStats(): Promise<DirectoryStats> {
    const membersBySector = await this.organisationService.membersBySector();
    return { membersBySector, memberCount: membersBySector.reduce((sum, s) => sum + s.count, 0) };
  }

  @FieldResolver(() => [Representative], { description: 'People who act on its behalf.' })
  representatives(@Root() organisation: Pick<Organisation, 'id'>): Representative[] | Promise<Representative[]> {
    return (
      prefetched<Representative[]>(organisation, 'representatives') ??
      this.scope.get(OrganisationLoaders).representativesByOrganisation.load(organisation.id)
    );
  }

  @FieldResolver(() => String, { description: 'What the organisation does, plain text.' })
  description(
    @Root() organisation: Pick<Organisation, 'description' | 'descriptionEn'>,
    @LanguageArg() language: Locale,
  ): string {
    return localized(language, organisation.description, organisation.descriptionEn);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the viewer may edit this profile.' })
  viewerCanEdit(@Root() organisation: Pick<Organisation, 'id'>): boolean {
    return this.organisationService.canEdit(organisation);
  }

  @FieldResolver(() => [Invitation], { description: 'Open invitations (staff only).' })
  @Requires('organisation.readInvitations')
  invitations(@Root() organisation: Pick<Organisation, 'id'>): Promise<Invitation[]> {
    return this.invitationService.openInvitations(organisation.id);
  }

  @FieldResolver(() => [AuditEntry], { description: 'Changes to this organisation, newest first (staff only).' })
  @Requires('organisation.readAuditTrail')
  auditTrail(
    @Root() organisation: Pick<Organisation, 'id'>,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many, 1–100.' }) first: number,
  ): Promise<AuditEntry[]> {
    return this.organisationService.auditTrail(organisation, checkFirst(first));
  }

  @Mutation(() => Organisation, { description: 'Adds an organisation to the register (staff).' })
  createOrganisation(
    @Arg('input', () => CreateOrganisationInput) input: CreateOrganisationInput,
  ): Promise<Organisation> {
    return this.organisationService.create(input);
  }

  @Mutation(() => Organisation, {
    description: 'Edits a profile (staff, or its representatives); needs the current version.',
  })
  updateOrganisation(
    @Arg('input', () => UpdateOrganisationInput) input: UpdateOrganisationInput,
  ): Promise<Organisation> {
    return this.organisationService.update(input);
  }

  @Mutation(() => Organisation, { description: 'Changes membership of the LAG (staff); audited with the reason.' })
  changeMembership(@Arg('input', () => ChangeMembershipInput) input: ChangeMembershipInput): Promise<Organisation> {
    return this.organisationService.changeMembership(input);
  }
}

@Resolver(() => AuditEntry)
export class AuditEntryResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'Who made the change; null for the system.' })
  actor(@Root() entry: AuditEntry): Person | null {
    return entry.actor ? Person.of(entry.actor) : null;
  }
}
