import { Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { authorize } from '../authorization/policy.js';
import type { RequestScope } from '../request-scope.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Membership, OrganisationKind, Scope } from '../organisations/organisation.enums.js';
import { Milestone } from './milestone.entity.js';
import { Strategy } from './strategy.entity.js';

/** Seats on the board, elected by the general meeting (seed.txt: "13 narių valdyba"). */
const boardSize = 13;

@ObjectType({ description: 'The LAG at a glance: who it is, where it goes, where it came from.' })
class About {
  @Field(() => Organisation, { nullable: true, description: 'The LAG itself.' })
  lag!: Organisation | null;

  @Field(() => Strategy, { nullable: true, description: 'The current Local Development Strategy.' })
  strategy!: Strategy | null;

  @Field(() => [Milestone], { description: 'Its history, oldest first.' })
  milestones!: Milestone[];

  @Field(() => Int, { description: 'Seats on the board.' })
  boardSize!: number;
}

@Resolver()
export class AboutResolver {
  @Query(() => About, { description: 'The LAG at a glance, for the home page.' })
  async about(@Ctx() { em, viewer }: RequestScope): Promise<About> {
    authorize(viewer, 'about.read');
    const [lag, [strategy], milestones] = await Promise.all([
      em.findOne(
        Organisation,
        // The host: the local LAG that is a member of itself; partner LAGs are national or foreign.
        { kind: OrganisationKind.LAG, scope: Scope.LOCAL, membership: Membership.MEMBER },
        { orderBy: { createdAt: 'asc' }, populate: ['eldership'] },
      ),
      em.find(Strategy, {}, { orderBy: { periodStart: 'desc' }, limit: 1, populate: ['priorities', 'measures'] }),
      em.find(Milestone, {}, { orderBy: { occurredOn: 'asc' } }),
    ]);
    return { lag, strategy: strategy ?? null, milestones, boardSize };
  }
}
