import { useI18n } from 'vue-i18n';
import { useCallFormat } from './callFormat';
import { useEnumOptions } from '@/composables/useEnumOptions';
import { useFormat } from '@/composables/useFormat';

/** A change as the server names it: a field of the call, or `criteria.2.maxScore` of an item (from 1). */
export interface ParsedChange {
  /** the call's field (`closesAt`), or the list (`criteria`) */
  field: string;
  /** the item's position, for a change in a list */
  position?: number;
  /** the item's property (`maxScore`, `position`); none when the item was added or removed */
  property?: string;
}

const listItem = /^(criteria|annexes|questions)\.(\d+)(?:\.(\w+))?$/;

export function parseChange(field: string): ParsedChange {
  const match = listItem.exec(field);
  if (!match) return { field };
  return { field: match[1]!, position: Number(match[2]), property: match[3] };
}

/** Each list's words for an item ("Kriterijus 2") and for its properties. */
const listMessages: Record<string, { item: string; properties: Record<string, string> }> = {
  criteria: {
    item: 'calls.criteria.item',
    properties: {
      title: 'calls.fields.title',
      description: 'calls.criteria.description',
      maxScore: 'calls.criteria.maxScore',
      weight: 'calls.criteria.weight',
    },
  },
  annexes: {
    item: 'calls.annexes.item',
    properties: {
      title: 'calls.fields.title',
      description: 'calls.criteria.description',
      required: 'calls.annexes.requiredField',
    },
  },
  questions: {
    item: 'calls.questions.item',
    properties: {
      text: 'calls.questions.text',
      description: 'calls.questions.description',
      kind: 'calls.questions.kind',
      options: 'calls.options.title',
      required: 'calls.questions.requiredField',
    },
  },
};

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/** The call's own texts, written in Lithuanian; their English copies are named `titleEn`. */
const lithuanianTexts = new Set(['title', 'body', 'description', 'text', 'options']);

/** The text an English copy is of (`titleEn` → `title`); null for any other field. */
const originalOf = (name: string) =>
  name.endsWith('En') && lithuanianTexts.has(name.slice(0, -2)) ? name.slice(0, -2) : null;

/**
 * The language of a changed text's values, for their `lang`: English for an English copy,
 * Lithuanian for the text of record; none for figures, dates and words the reader's language gives.
 */
export function valueLang(change: ParsedChange): 'en' | 'lt' | undefined {
  const name = change.property ?? change.field;
  if (originalOf(name)) return 'en';
  return lithuanianTexts.has(name) ? 'lt' : undefined;
}

/**
 * The words for the changes of an amendment. The server sends each value as display text (ISO
 * instants, cents, lists joined with ", ", true/false): instants are shown in Vilnius, cents as
 * euro, shares as percent, kinds and yes/no in the reader's language, the rest as sent.
 */
export function useAmendmentText() {
  const { t, te } = useI18n();
  const { formatDateTime } = useFormat();
  const { formatEuro, formatPercent, formatNumber } = useCallFormat();
  const { label: enumLabel } = useEnumOptions();

  /** A field's words by `words`; an English copy's are its text's, in English: "Pavadinimas anglų kalba". */
  function named(name: string, words: (name: string) => string): string {
    const original = originalOf(name);
    return original ? t('calls.inEnglish', { label: words(original) }) : words(name);
  }

  /** "Kvietimo biudžetas", "Kriterijus 2 – Svoris", "Kriterijus 3" (added or removed). */
  function label(change: ParsedChange): string {
    const list = listMessages[change.field];
    if (!list || change.position === undefined) {
      return named(change.field, (field) => (te(`calls.fields.${field}`) ? t(`calls.fields.${field}`) : field));
    }
    const item = t(list.item, { n: change.position });
    if (!change.property) return item;
    const property =
      change.property === 'position'
        ? t('calls.amendments.position')
        : named(change.property, (name) => (list.properties[name] ? t(list.properties[name]!) : name));
    return `${item} – ${property}`;
  }

  function value(change: ParsedChange, text: string | null | undefined): string {
    if (text === null || text === undefined || text === '') return t('calls.amendments.empty');
    const name = change.property ?? change.field;
    const number = Number(text);
    if (name.endsWith('Cents') && Number.isFinite(number)) return formatEuro(number);
    if (name.endsWith('Percent') && Number.isFinite(number)) return formatPercent(number);
    if (['maxScore', 'weight', 'position'].includes(name) && Number.isFinite(number)) return formatNumber(number);
    if (name === 'required') return t(text === 'true' ? 'calls.amendments.yes' : 'calls.amendments.no');
    if (name === 'kind' && te(`calls.questions.kinds.${text}`)) return t(`calls.questions.kinds.${text}`);
    if (name === 'eligibleKinds')
      return text
        .split(', ')
        .map((kind) => enumLabel('kind', kind))
        .join(', ');
    if (isoInstant.test(text)) return `${formatDateTime(text)} (${t('calls.vilniusTime')})`;
    return text;
  }

  /**
   * One change as a sentence's parts: the label, and either both values (with their language, where
   * they are a text of the call's), or what happened to an item added or removed, or (for the call
   * text, which a page shows whole) only that it changed.
   */
  function describe(field: string, from: string | null | undefined, to: string | null | undefined) {
    const change = parseChange(field);
    const added = change.position !== undefined && !change.property;
    if (added && !from) return { label: label(change), event: t('calls.amendments.added', { item: to ?? '' }) };
    if (added && !to) return { label: label(change), event: t('calls.amendments.removed', { item: from ?? '' }) };
    if (change.field === 'body') return { label: label(change), event: t('calls.amendments.bodyChanged') };
    if (change.field === 'bodyEn') return { label: label(change), event: t('calls.amendments.bodyEnChanged') };
    return {
      label: label(change),
      from: value(change, from),
      to: value(change, to),
      fromLang: from ? valueLang(change) : undefined,
      toLang: to ? valueLang(change) : undefined,
    };
  }

  return { describe };
}
