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

/** The text in `language`: the English where it is given, the Lithuanian otherwise. */
export function localized(language: Locale, lithuanian: string, english: string | null | undefined): string {
  return (language === Locale.en && english) || lithuanian;
}
