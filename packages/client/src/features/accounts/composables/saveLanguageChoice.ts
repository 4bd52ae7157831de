import { UpdateProfileMutation } from './updateProfile';
import { MeQuery } from '@/composables/useMe';
import { i18n } from '@/i18n';
import { client } from '@/urql';

/**
 * Saves the language on screen to the signed-in person's profile, unless it holds it already;
 * `profileLocale` is the profile's language when the caller knows it (a sign-in's answer).
 * Answers whether the profile now holds it: never for a visitor, who has no profile yet.
 */
export async function saveLanguageChoice(profileLocale?: unknown): Promise<boolean> {
  const saved = profileLocale ?? (await client.value.query(MeQuery, {}).toPromise()).data?.me?.locale;
  if (saved === undefined || saved === null) return false;
  const locale = i18n.global.locale.value;
  if (saved === locale) return true;
  const result = await client.value.mutation(UpdateProfileMutation, { input: { locale } }).toPromise();
  return !result.error;
}
