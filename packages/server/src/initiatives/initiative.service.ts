import type { EntityManager } from '@mikro-orm/postgresql';
import type { IdOrSlug } from '../common/id-or-slug.js';
import { authorize, isAllowed } from '../authorization/policy.js';
import { NotFoundError } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { prefetched, withJsonLists, type JsonList } from '../common/json-list.js';
import { keysetConnection } from '../common/keyset.js';
import type { Connection } from '../common/pagination.js';
import type { PageSelection } from '../common/selected-fields.js';
import type { RequestScope } from '../request-scope.js';
import { InitiativeLoaders } from './initiative-loaders.js';
import {
  coProposersList,
  endorsementsList,
  statusHistoryList,
  supportBySectorList,
  themesList,
  type CoProposerView,
  type EndorsementView,
  type SectorSupport,
} from './initiative-lists-read.js';
import type { EndorsementCounts } from './initiative-read.js';
import { buildInitiativeQueries } from './initiative-query.js';
import { initiativeQuery, type InitiativeView } from './initiative-read.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Membership } from '../organisations/organisation.enums.js';
import { OrganisationLoaders } from '../organisations/organisation-loaders.js';
import type { OrganisationView } from '../organisations/organisation-read.js';
import { Initiative } from './initiative.entity.js';
import { CoProposerStatus, EndorsementRefusal, InitiativeOrder } from './initiative.enums.js';
import {
  canEdit,
  endorsementRefusal,
  rightsNeedCoProposers,
  type CoProposerAnswers,
  type InitiativeRightsRoot,
} from './initiative-rights.js';
import type { InitiativeFilter } from './initiative.inputs.js';

export type { SectorSupport };

/** An organisation the viewer represents, and whether it may support the initiative now; if not, why. */
export type EndorsementOption = {
  organisation: OrganisationView;
  canEndorse: boolean;
  refusal: EndorsementRefusal | null;
};

/** The lists an initiative's own statement reads when the page shows them (json-list.ts). */
const listsOfInitiative: Record<string, JsonList<unknown>> = {
  themes: themesList,
  coProposers: coProposersList,
  endorsements: endorsementsList,
  statusHistory: statusHistoryList,
  supportBySector: supportBySectorList,
};

/** Reading initiatives: the list, one initiative, and what is shown with it. */
export class InitiativeService {
  constructor(private readonly scope: RequestScope) {}

  /** The request's EntityManager, for writes and entity reads (read queries use `scope.knex`). */
  private get em(): EntityManager {
    return this.scope.em;
  }

  /** A page of initiatives in one statement, with the lists and the count it shows. */
  list(
    request: { filter: InitiativeFilter | undefined; order: InitiativeOrder; first: number; after?: string | null },
    selection: PageSelection,
  ): Promise<Connection<InitiativeView>> {
    authorize(this.scope.viewer, 'initiative.read');
    const queries = buildInitiativeQueries(this.scope.knex, this.scope.viewer, request, selection.node);
    return keysetConnection(queries, request, selection, { parentId: 'i.id', read: listsOfInitiative });
  }

  /**
   * One initiative by id or slug, with the fields and lists among `shown` (every field and no
   * list when absent), in one statement; null when unknown or a draft the viewer may not see.
   */
  async find(where: IdOrSlug, shown?: ReadonlySet<string>): Promise<InitiativeView | null> {
    authorize(this.scope.viewer, 'initiative.read');
    if ('id' in where && !isUuid(where.id)) return null;
    const query = initiativeQuery(this.scope.knex, this.scope.viewer, where, shown);
    const convertLists = withJsonLists(query, 'i.id', listsOfInitiative, shown ?? new Set());
    const initiative = (await query) as InitiativeView | undefined;
    if (!initiative) return null;
    convertLists([initiative]);
    return initiative;
  }

  /**
   * Whether the viewer may propose an initiative: lead one for an organisation they may act for
   * that is a member of the LAG (the rule `create` checks), which staff may for any member.
   */
  async viewerCanPropose(): Promise<boolean> {
    const { viewer } = this.scope;
    if (!viewer.isSignedIn) return false;
    if (viewer.isStaff) return true;
    const represented = viewer.affiliations
      .map((affiliation) => affiliation.organisationId)
      .filter((organisationId) => isAllowed(viewer, 'initiative.lead', organisationId));
    if (!represented.length) return false;
    return (await this.em.count(Organisation, { id: { $in: represented }, membership: Membership.MEMBER })) > 0;
  }

  /**
   * The entity of an initiative the viewer may see, for a write to change; NOT_FOUND where `find`
   * answers null. Its lead, measure and eldership come loaded, as a mutation's answer shows them.
   */
  async findForWrite(id: string): Promise<Initiative> {
    // A draft the viewer may not see does not exist for them.
    if (!(await this.find({ id }))) throw new NotFoundError('Initiative');
    return this.em.findOneOrFail(Initiative, { id }, { populate: ['leadOrganisation', 'measure', 'eldership'] });
  }

  /**
   * Co-proposers: the public sees those who accepted; authors and staff see every answer; an
   * invited organisation's representatives see its own invitation, so they can answer it.
   */
  coProposers(initiative: {
    id: string;
    leadOrganisation: { id: string };
  }): CoProposerView[] | Promise<CoProposerView[]> {
    const all = this.allCoProposers(initiative);
    return Array.isArray(all)
      ? this.visibleCoProposers(initiative, all)
      : all.then((read) => this.visibleCoProposers(initiative, read));
  }

  /** Whether the viewer may edit the draft: its lead's and accepted co-proposers' representatives, staff. */
  viewerCanEdit(initiative: InitiativeRightsRoot & { id: string }): boolean | Promise<boolean> {
    return this.withCoProposers(initiative, (coProposers) => canEdit(this.scope.viewer, initiative, coProposers));
  }

  /**
   * Each organisation the viewer represents, by name, with whether it may support the initiative
   * now and why not (`endorsementRefusal`, the rule endorseInitiative enforces). The co-proposers
   * and supporters come as the page read them or through the loaders, the organisations through
   * theirs: a page of initiatives costs the same few statements as one.
   */
  async viewerEndorsementOptions(initiative: InitiativeRightsRoot & { id: string }): Promise<EndorsementOption[]> {
    const { viewer } = this.scope;
    const represented = [...new Set(viewer.affiliations.map((affiliation) => affiliation.organisationId))].filter(
      (organisationId) => isAllowed(viewer, 'initiative.endorse', organisationId),
    );
    if (!represented.length) return [];
    const organisationLoader = this.scope.get(OrganisationLoaders).organisationView;
    const [coProposers, endorsements, organisations] = await Promise.all([
      this.allCoProposers(initiative),
      this.endorsements(initiative),
      Promise.all(represented.map((id) => organisationLoader.load(id))),
    ]);
    const supporters = new Set(endorsements.map((endorsement) => endorsement.organisation.id));
    return organisations
      .filter((organisation) => organisation !== null)
      .sort((a, b) => a.name.localeCompare(b.name, 'lt'))
      .map((organisation) => {
        const refusal = endorsementRefusal(initiative, coProposers, organisation, supporters.has(organisation.id));
        return { organisation, canEndorse: refusal === null, refusal };
      });
  }

  /** Supporting organisations, oldest first, as read with the initiative's page or by the loader. */
  endorsements(initiative: { id: string }): EndorsementView[] | Promise<EndorsementView[]> {
    return (
      prefetched<EndorsementView[]>(initiative, 'endorsements') ??
      this.scope.get(InitiativeLoaders).endorsementsByInitiative.load(initiative.id)
    );
  }

  /** A right that may depend on the co-proposers, read only when it does (`rightsNeedCoProposers`). */
  private withCoProposers<T>(
    initiative: InitiativeRightsRoot & { id: string },
    right: (coProposers: CoProposerAnswers) => T,
  ): T | Promise<T> {
    if (!rightsNeedCoProposers(this.scope.viewer, initiative)) return right([]);
    const all = this.allCoProposers(initiative);
    return Array.isArray(all) ? right(all) : all.then(right);
  }

  /** Every co-proposer with its answer, as read with the initiative's page or by the loader. */
  private allCoProposers(initiative: { id: string }): CoProposerView[] | Promise<CoProposerView[]> {
    return (
      prefetched<CoProposerView[]>(initiative, 'coProposers') ??
      this.scope.get(InitiativeLoaders).coProposersByInitiative.load(initiative.id)
    );
  }

  /** How many supporters are LAG members, and how many are not (partners and others), counted in SQL. */
  endorsementCounts(initiative: { id: string }): Promise<EndorsementCounts> {
    return this.scope.get(InitiativeLoaders).endorsementCountsByInitiative.load(initiative.id);
  }

  private visibleCoProposers(
    initiative: { leadOrganisation: { id: string } },
    all: CoProposerView[],
  ): CoProposerView[] {
    const { viewer } = this.scope;
    const insider = viewer.isStaff || viewer.represents(initiative.leadOrganisation.id);
    return insider
      ? all
      : all.filter((c) => c.status === CoProposerStatus.ACCEPTED || viewer.represents(c.organisation.id));
  }

  supportBySector(initiative: { id: string }): SectorSupport | Promise<SectorSupport> {
    return (
      prefetched<SectorSupport>(initiative, 'supportBySector') ??
      this.scope.get(InitiativeLoaders).supportBySectorByInitiative.load(initiative.id)
    );
  }
}
