import type { EntityManager } from '@mikro-orm/postgresql';
import { authorize } from '../authorization/policy.js';
import { BadUserInputError } from '../common/errors.js';
import { keysetCursor, mapRow, type KeysetRow } from '../common/keyset.js';
import { toConnection, type Connection } from '../common/pagination.js';
import type { RequestScope } from '../context.js';
import { Sector } from '../organisations/organisation.enums.js';
import { buildInitiativeQueries, visibleTo } from './initiative-query.js';
import { CoProposer, Endorsement, Initiative } from './initiative.entity.js';
import { CoProposerStatus, InitiativeOrder } from './initiative.enums.js';
import type { InitiativeFilter } from './initiative.inputs.js';

export type SectorSupport = { bySector: { sector: Sector; count: number }[]; allSectors: boolean };

/** Reading initiatives: the list, one initiative, and what is shown with it. */
export class InitiativeService {
  private readonly em: EntityManager;

  constructor(private readonly scope: RequestScope) {
    this.em = scope.em;
  }

  async list(request: {
    filter: InitiativeFilter | undefined;
    order: InitiativeOrder;
    first: number;
    after?: string | null;
  }): Promise<Connection<Initiative>> {
    authorize(this.scope.viewer, 'initiative.read');
    const { page, count, ordering } = buildInitiativeQueries(this.em.getKnex(), this.scope.viewer, request);
    const [rows, [total]] = (await Promise.all([page, count])) as [KeysetRow[], { count: string }[]];
    const items = rows.map((row) => ({ node: mapRow(this.em, Initiative, row), cursor: keysetCursor(ordering, row) }));
    await this.em.populate(
      items.map((item) => item.node),
      ['leadOrganisation', 'measure', 'eldership'],
    );
    return toConnection(items, request, Number(total?.count ?? 0));
  }

  /** One initiative by id or slug; null when unknown or a draft the viewer may not see. */
  async find(where: { id?: string | null; slug?: string | null }): Promise<Initiative | null> {
    authorize(this.scope.viewer, 'initiative.read');
    if (!where.id === !where.slug) throw BadUserInputError.field('id', 'ID_OR_SLUG', 'give either id or slug');
    if (where.id && !/^[0-9a-f-]{36}$/i.test(where.id)) return null;
    const knex = this.em.getKnex();
    const query = knex('initiative as i')
      .select('i.id')
      .where(where.id ? { 'i.id': where.id } : { 'i.slug': where.slug });
    visibleTo(knex, query, this.scope.viewer);
    const [row] = (await query) as { id: string }[];
    if (!row) return null;
    return this.em.findOne(Initiative, { id: row.id }, { populate: ['leadOrganisation', 'measure', 'eldership'] });
  }

  /**
   * Co-proposers: the public sees those who accepted; authors and staff see every answer; an
   * invited organisation's representatives see its own invitation, so they can answer it.
   */
  async coProposers(initiative: Initiative): Promise<CoProposer[]> {
    const all = await this.scope.loaders.coProposersByInitiative.load(initiative.id);
    const { viewer } = this.scope;
    const insider = viewer.isStaff || viewer.represents(initiative.leadOrganisation.id);
    return insider
      ? all
      : all.filter((c) => c.status === CoProposerStatus.ACCEPTED || viewer.represents(c.organisation.id));
  }

  async supportBySector(initiative: Initiative): Promise<SectorSupport> {
    const endorsements: Endorsement[] = await this.scope.loaders.endorsementsByInitiative.load(initiative.id);
    const bySector = Object.values(Sector).map((sector) => ({
      sector,
      count: endorsements.filter((e) => e.organisation.sector === sector).length,
    }));
    return { bySector, allSectors: bySector.every((s) => s.count > 0) };
  }
}
