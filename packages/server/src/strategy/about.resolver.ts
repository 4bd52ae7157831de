import { Arg, Ctx, Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { Locale } from '../accounts/account.enums.js';
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
  async about(
    @Ctx() { em, viewer }: RequestScope,
    @Arg('language', () => Locale, {
      defaultValue: Locale.lt,
      description: 'The language of the texts: English where the LAG gives them, Lithuanian otherwise.',
    })
    language: Locale,
  ): Promise<About> {
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
    return language === Locale.en
      ? inEnglish({ lag, strategy: strategy ?? null, milestones, boardSize })
      : { lag, strategy: strategy ?? null, milestones, boardSize };
  }
}

/**
 * The LAG's texts in English where it gives them, each text on its own: a goal without a
 * translation stays Lithuanian rather than leaving a hole. Copies, so no managed entity changes.
 */
function inEnglish(about: About): About {
  const english = (lithuanian: string, translation: string | null | undefined) => translation || lithuanian;
  const { lag, strategy, milestones } = about;
  return {
    ...about,
    lag:
      lag &&
      Object.assign(Object.create(Organisation.prototype) as Organisation, lag, {
        description: english(lag.description, lag.descriptionEn),
      }),
    strategy:
      strategy &&
      Object.assign(Object.create(Strategy.prototype) as Strategy, strategy, {
        title: english(strategy.title, strategy.titleEn),
        vision: english(strategy.vision, strategy.visionEn),
        mission: english(strategy.mission, strategy.missionEn),
        priorities: strategy.priorities.getItems().map((priority) => ({
          ...priority,
          title: english(priority.title, priority.titleEn),
          description: english(priority.description, priority.descriptionEn),
        })),
        measures: strategy.measures
          .getItems()
          .map((measure) => ({ ...measure, title: english(measure.title, measure.titleEn) })),
      }),
    milestones: milestones.map((milestone) => ({
      ...milestone,
      title: english(milestone.title, milestone.titleEn),
      description: english(milestone.description, milestone.descriptionEn),
    })),
  };
}
