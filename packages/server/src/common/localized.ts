import { Arg } from 'type-graphql';
import { Locale } from '../accounts/account.enums.js';

/**
 * The `language` argument of a text the LAG may give in English beside the Lithuanian. An
 * argument of the field rather than of the query, so a client's cache keeps both languages apart.
 */
export function LanguageArg(): ReturnType<typeof Arg> {
  return Arg('language', () => Locale, {
    defaultValue: Locale.lt,
    description: 'The language wanted: English where it is given, Lithuanian (the text of record) otherwise.',
  });
}

/**
 * The text (or list of texts, a question's choices) in `language`: the English where it is
 * given, the Lithuanian otherwise; an empty text or list is none given.
 */
export function localized<T extends string | readonly string[]>(
  language: Locale,
  lithuanian: T,
  english: T | null | undefined,
): T {
  return language === Locale.en && english?.length ? english : lithuanian;
}
