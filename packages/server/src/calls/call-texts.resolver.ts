import { FieldResolver, Resolver, Root } from 'type-graphql';
import type { Locale } from '../accounts/account.enums.js';
import { LanguageArg, localized } from '../common/localized.js';
import type { AnnexView, CriterionView, QuestionView } from './call-read.js';
import { CallAnnex, CallCriterion, CallQuestion } from './call.entity.js';

/**
 * The texts of a call's criteria, annexes and questions in the language asked for
 * (common/localized.ts), and which of them have no English, so an English page can mark those
 * as Lithuanian. The call's own texts are in call.resolver.ts.
 */
const untranslatedDescription =
  'Its texts given in Lithuanian only (field names, e.g. `description`): asked in English they answer in Lithuanian, which a page marks as such.';

@Resolver(() => CallCriterion)
export class CallCriterionTextsResolver {
  @FieldResolver(() => String, { description: 'Title.' })
  title(@Root() criterion: Pick<CriterionView, 'title' | 'titleEn'>, @LanguageArg() language: Locale): string {
    return localized(language, criterion.title, criterion.titleEn);
  }

  @FieldResolver(() => String, { description: 'What it looks at and how points are given.' })
  description(
    @Root() criterion: Pick<CriterionView, 'description' | 'descriptionEn'>,
    @LanguageArg() language: Locale,
  ): string {
    return localized(language, criterion.description, criterion.descriptionEn);
  }

  @FieldResolver(() => [String], { description: untranslatedDescription })
  untranslated(@Root() criterion: Pick<CriterionView, 'untranslated'>): string[] {
    return criterion.untranslated;
  }
}

@Resolver(() => CallAnnex)
export class CallAnnexTextsResolver {
  @FieldResolver(() => String, { description: 'Title, e.g. “Sąmata” (“Budget”).' })
  title(@Root() annex: Pick<AnnexView, 'title' | 'titleEn'>, @LanguageArg() language: Locale): string {
    return localized(language, annex.title, annex.titleEn);
  }

  @FieldResolver(() => String, { description: 'What it must contain.' })
  description(
    @Root() annex: Pick<AnnexView, 'description' | 'descriptionEn'>,
    @LanguageArg() language: Locale,
  ): string {
    return localized(language, annex.description, annex.descriptionEn);
  }

  @FieldResolver(() => [String], { description: untranslatedDescription })
  untranslated(@Root() annex: Pick<AnnexView, 'untranslated'>): string[] {
    return annex.untranslated;
  }
}

@Resolver(() => CallQuestion)
export class CallQuestionTextsResolver {
  @FieldResolver(() => String, { description: 'The question.' })
  text(@Root() question: Pick<QuestionView, 'text' | 'textEn'>, @LanguageArg() language: Locale): string {
    return localized(language, question.text, question.textEn);
  }

  @FieldResolver(() => String, { description: 'Guidance for answering.' })
  description(
    @Root() question: Pick<QuestionView, 'description' | 'descriptionEn'>,
    @LanguageArg() language: Locale,
  ): string {
    return localized(language, question.description, question.descriptionEn);
  }

  @FieldResolver(() => [String], {
    description:
      'The choices of a single- or multiple-choice question. An answer names its choice by the Lithuanian (asked without `language`); in English each choice is at the same place in the list.',
  })
  options(@Root() question: Pick<QuestionView, 'options' | 'optionsEn'>, @LanguageArg() language: Locale): string[] {
    return localized(language, question.options, question.optionsEn);
  }

  @FieldResolver(() => [String], { description: untranslatedDescription })
  untranslated(@Root() question: Pick<QuestionView, 'untranslated'>): string[] {
    return question.untranslated;
  }
}
