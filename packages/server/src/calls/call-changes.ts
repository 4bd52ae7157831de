import type { CallChangeRecord } from './call.entity.js';

/**
 * What changes when a call is edited, field by field, with the values as display text: what an
 * amendment shows applicants and what the audit trail keeps. Fields are named as the `Call` type
 * names them; an item of a list as `criteria.2.maxScore` (its position from 1), and an item
 * added or removed as `criteria.2`, with its title as `to` or `from`.
 */

type ListItem = { id?: string | null; position?: number } & Record<string, unknown>;

/** A call as it is, or as an edit would make it: references by what they are shown as. */
export type CallSnapshot = {
  number: number;
  title: string;
  titleEn: string | null;
  body: string;
  bodyEn: string | null;
  measures: readonly { id: string; code: string }[];
  budgetCents: number;
  minSupportCents: number | null;
  maxSupportCents: number | null;
  maxIntensityPercent: number | null;
  eligibleKinds: readonly string[];
  elderships: readonly { id: string; name: string }[];
  opensAt: Date;
  closesAt: Date;
  criteria: readonly ListItem[];
  annexes: readonly ListItem[];
  questions: readonly ListItem[];
};

/** The shown properties of each list's items, and the one that names an item. */
const lists = {
  criteria: { label: 'title', props: ['title', 'titleEn', 'description', 'descriptionEn', 'maxScore', 'weight'] },
  annexes: { label: 'title', props: ['title', 'titleEn', 'description', 'descriptionEn', 'required'] },
  questions: {
    label: 'text',
    props: ['text', 'textEn', 'description', 'descriptionEn', 'kind', 'options', 'optionsEn', 'required'],
  },
} as const;

/** A value as display text: ISO 8601 for instants, lists joined with commas, null for none (an empty list too). */
export function displayText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.length ? value.map((item) => displayText(item)).join(', ') : null;
  return String(value);
}

const inLithuanianOrder = (a: string, b: string) => a.localeCompare(b, 'lt');

/** Every field that differs between `before` and `after`, in the order of the call's form. */
export function callChanges(before: CallSnapshot, after: CallSnapshot): CallChangeRecord[] {
  const changes: CallChangeRecord[] = [];
  const compare = (field: string, from: unknown, to: unknown) => {
    const [shownFrom, shownTo] = [displayText(from), displayText(to)];
    if (shownFrom !== shownTo) changes.push({ field, from: shownFrom, to: shownTo });
  };
  compare('number', before.number, after.number);
  compare('title', before.title, after.title);
  compare('titleEn', before.titleEn, after.titleEn);
  compare('body', before.body, after.body);
  compare('bodyEn', before.bodyEn, after.bodyEn);
  compare(
    'measures',
    before.measures.map((m) => m.code).sort(inLithuanianOrder),
    after.measures.map((m) => m.code).sort(inLithuanianOrder),
  );
  for (const field of ['budgetCents', 'minSupportCents', 'maxSupportCents', 'maxIntensityPercent'] as const) {
    compare(field, before[field], after[field]);
  }
  compare('eligibleKinds', [...before.eligibleKinds].sort(), [...after.eligibleKinds].sort());
  compare(
    'elderships',
    before.elderships.map((e) => e.name).sort(inLithuanianOrder),
    after.elderships.map((e) => e.name).sort(inLithuanianOrder),
  );
  compare('opensAt', before.opensAt, after.opensAt);
  compare('closesAt', before.closesAt, after.closesAt);
  for (const name of ['criteria', 'annexes', 'questions'] as const) {
    changes.push(...listChanges(name, before[name], after[name]));
  }
  return changes;
}

/**
 * The changes of one list: for each item of the new list, in order, whether it is new, moved or
 * changed in any property (kept items are matched by id); then the items that are gone.
 */
function listChanges(name: keyof typeof lists, before: readonly ListItem[], after: readonly ListItem[]) {
  const { label, props } = lists[name];
  const changes: CallChangeRecord[] = [];
  after.forEach((item, index) => {
    const position = index + 1;
    const old = item.id ? before.find((candidate) => candidate.id === item.id) : undefined;
    if (!old) {
      changes.push({ field: `${name}.${position}`, from: null, to: displayText(item[label]) });
      return;
    }
    const oldPosition = before.indexOf(old) + 1;
    if (oldPosition !== position) {
      changes.push({ field: `${name}.${position}.position`, from: String(oldPosition), to: String(position) });
    }
    for (const prop of props) {
      const [from, to] = [displayText(old[prop]), displayText(item[prop])];
      if (from !== to) changes.push({ field: `${name}.${position}.${prop}`, from, to });
    }
  });
  before.forEach((old, index) => {
    if (!after.some((item) => item.id === old.id)) {
      changes.push({ field: `${name}.${index + 1}`, from: displayText(old[label]), to: null });
    }
  });
  return changes;
}
