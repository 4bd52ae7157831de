/**
 * The `lang` of one of a call's texts as a page shows it: Lithuanian where the call gives that
 * text in Lithuanian only (the API names it in `untranslated`), so a screen reader on an English
 * page reads it as Lithuanian; the page's own language otherwise.
 */
export function textLang(item: { untranslated: readonly string[] }, field: string): 'lt' | undefined {
  return item.untranslated.includes(field) ? 'lt' : undefined;
}
