import { isAppLocale, recall, remember, setLocale, type AppLocale } from '@/i18n';

/**
 * Set while a language picked in the header has not reached a profile yet (picked by a visitor,
 * or the saving failed). Only a pick counts: the language a browser merely remembers may be the
 * last person's at that computer.
 */
const unsavedChoiceKey = 'telka.locale.unsaved';

const hasUnsavedChoice = () => recall(unsavedChoiceKey) !== null;
const setUnsavedChoice = (unsaved: boolean) => remember(unsavedChoiceKey, unsaved ? '1' : null);

// The saving (a GraphQL mutation) loads when a language is picked, so it adds nothing to the first load.
const saving = () => import('./saveLanguageChoice');

/** A pick in the header: shown at once, kept in the profile now when signed in, or at the next sign-in. */
export async function chooseLocale(locale: AppLocale): Promise<void> {
  await setLocale(locale);
  setUnsavedChoice(true);
  if (await (await saving()).saveLanguageChoice()) setUnsavedChoice(false);
}

/**
 * Just signed in, with the profile's language: a pick made in the header before is kept and
 * saved to the profile; otherwise the interface takes the profile's language.
 */
export async function settleLocaleAfterSignIn(profileLocale: unknown): Promise<void> {
  if (hasUnsavedChoice()) {
    if (await (await saving()).saveLanguageChoice(profileLocale)) setUnsavedChoice(false);
  } else if (isAppLocale(profileLocale)) await setLocale(profileLocale);
}
