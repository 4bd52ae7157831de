import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { Locale } from '../accounts/account.enums.js';
import { LanguageArg, localized } from '../common/localized.js';
import { Milestone } from './milestone.entity.js';
import { Measure, Strategy, StrategyPriority } from './strategy.entity.js';

/** The strategy's texts in the language asked for (common/localized.ts). */
@Resolver(() => Strategy)
export class StrategyTextsResolver {
  @FieldResolver(() => String, { description: 'Title.' })
  title(@Root() strategy: Strategy, @LanguageArg() language: Locale): string {
    return localized(language, strategy.title, strategy.titleEn);
  }

  @FieldResolver(() => String, { description: 'The LAG’s vision.' })
  vision(@Root() strategy: Strategy, @LanguageArg() language: Locale): string {
    return localized(language, strategy.vision, strategy.visionEn);
  }

  @FieldResolver(() => String, { description: 'The LAG’s mission.' })
  mission(@Root() strategy: Strategy, @LanguageArg() language: Locale): string {
    return localized(language, strategy.mission, strategy.missionEn);
  }
}

@Resolver(() => StrategyPriority)
export class StrategyPriorityTextsResolver {
  @FieldResolver(() => String, { description: 'The goal.' })
  title(@Root() priority: StrategyPriority, @LanguageArg() language: Locale): string {
    return localized(language, priority.title, priority.titleEn);
  }

  @FieldResolver(() => String, { description: 'Longer explanation, may be empty.' })
  description(@Root() priority: StrategyPriority, @LanguageArg() language: Locale): string {
    return localized(language, priority.description, priority.descriptionEn);
  }
}

@Resolver(() => Measure)
export class MeasureTextsResolver {
  @FieldResolver(() => String, { description: 'Title.' })
  title(@Root() measure: Measure, @LanguageArg() language: Locale): string {
    return localized(language, measure.title, measure.titleEn);
  }
}

@Resolver(() => Milestone)
export class MilestoneTextsResolver {
  @FieldResolver(() => String, { description: 'What happened, briefly.' })
  title(@Root() milestone: Milestone, @LanguageArg() language: Locale): string {
    return localized(language, milestone.title, milestone.titleEn);
  }

  @FieldResolver(() => String, { description: 'Details.' })
  description(@Root() milestone: Milestone, @LanguageArg() language: Locale): string {
    return localized(language, milestone.description, milestone.descriptionEn);
  }
}
