import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize } from '../authorization/policy.js';
import { BadUserInputError } from '../common/errors.js';
import { isUuid } from '../common/ids.js';
import { keysetItems, type KeysetRow } from '../common/keyset.js';
import { toConnection, type Connection } from '../common/pagination.js';
import type { RequestScope } from '../context.js';
import type { CoProposerView, SectorSupport } from './initiative-lists-read.js';
import { buildInitiativeQueries } from './initiative-query.js';
import { readInitiative, type InitiativeView } from './initiative-read.js';
import { Initiative } from './initiative.entity.js';
import { CoProposerStatus, InitiativeOrder } from './initiative.enums.js';
import type { InitiativeFilter } from './initiative.inputs.js';

export type { SectorSupport };

/** Reading initiatives: the list, one initiative, and what is shown with it. */
export class InitiativeService {
  private readonly em: EntityManager;

  constructor(private readonly scope: RequestScope) {
    this.em = scope.em;
  }

  /** A page of initiatives in one statement (and the count only if asked for). */
  async list(request: {
    filter: InitiativeFilter | undefined;
    order: InitiativeOrder;
    first: number;
    after?: string | null;
  }): Promise<Connection<InitiativeView>> {
    authorize(this.scope.viewer, 'initiative.read');
    const { page, count, ordering } = buildInitiativeQueries(this.em.getKnex(), this.scope.viewer, request);
    return toConnection(keysetItems<InitiativeView>(ordering, (await page) as KeysetRow[]), request, count);
  }

  /** One initiative by id or slug, in one statement; null when unknown or a draft the viewer may not see. */
  async find(where: { id?: string | null; slug?: string | null }): Promise<InitiativeView | null> {
    authorize(this.scope.viewer, 'initiative.read');
    if (!where.id === !where.slug) throw BadUserInputError.field('id', 'ID_OR_SLUG', 'give either id or slug');
    if (where.id && !isUuid(where.id)) return null;
    return readInitiative(this.em.getKnex(), this.scope.viewer, where.id ? { id: where.id } : { slug: where.slug! });
  }

  /**
   * The entity of an initiative the viewer may see, for a write to change; null like `find`.
   * Its lead, measure and eldership come loaded, as a mutation's answer shows them.
   */
  async findForWrite(id: string): Promise<Initiative | null> {
    if (!(await this.find({ id }))) return null;
    return this.em.findOne(Initiative, { id }, { populate: ['leadOrganisation', 'measure', 'eldership'] });
  }

  /**
   * Co-proposers: the public sees those who accepted; authors and staff see every answer; an
   * invited organisation's representatives see its own invitation, so they can answer it.
   */
  async coProposers(initiative: { id: string; leadOrganisation: { id: string } }): Promise<CoProposerView[]> {
    const all = await this.scope.loaders.coProposersByInitiative.load(initiative.id);
    const { viewer } = this.scope;
    const insider = viewer.isStaff || viewer.represents(initiative.leadOrganisation.id);
    return insider
      ? all
      : all.filter((c) => c.status === CoProposerStatus.ACCEPTED || viewer.represents(c.organisation.id));
  }

  supportBySector(initiative: { id: string }): Promise<SectorSupport> {
    return this.scope.loaders.supportBySectorByInitiative.load(initiative.id);
  }
}
