import type { PersonKey } from './accounts.js';
import type { Moment } from './clock.js';
import { COMMENTS } from './discussion.js';
import { INITIATIVES, type DemoInitiative, type InitiativeKey } from './initiatives.js';

/**
 * Who follows an initiative without being one of its authors (authors follow theirs as the
 * product makes them: from its creation, or from accepting to co-propose it): people who took
 * part in its discussion or support and chose to keep up with it, from when they first did. The
 * resident does not follow the hill-fort trail: the e2e test of following starts from there.
 */
export const FOLLOWS: readonly { person: PersonKey; initiative: InitiativeKey }[] = [
  // Asked whether the bakery's classes run at weekends, and waits for more news of them.
  { person: 'mantas', initiative: 'vievio-duonos-kelias' },
  { person: 'ieva', initiative: 'kazokiskiu-sporto-aikstyno-atnaujinimas' },
  // The partner's VVG supports the trail and wants to join its cycling route to it.
  { person: 'dainius', initiative: 'semeliskiu-piliakalnio-pazintinis-takas' },
  { person: 'dainius', initiative: 'vievio-duonos-kelias' },
  { person: 'egle', initiative: 'semeliskiu-piliakalnio-pazintinis-takas' },
];

/**
 * How the demo's notifications were read: when their recipient next did something on the
 * initiative they tell of (commented, supported, moved or checked it…), or, for what is older
 * than this many days, the day after it came. The rest waits in the bell, unread.
 */
export const READ_WITHIN_DAYS = 30;

/** When `person` first commented on or supported `initiative`; undefined when they never did. */
export function firstTookPart(person: PersonKey, initiative: InitiativeKey): Moment | undefined {
  const initiatives: readonly DemoInitiative[] = INITIATIVES;
  const endorsements = initiatives.find((i) => i.slug === initiative)?.endorsements ?? [];
  const moments: Moment[] = [
    ...COMMENTS.filter((c) => c.initiative === initiative && c.author === person).map((c) => c.at),
    ...endorsements.filter((e) => e.by === person).map((e) => e.at),
  ];
  // Days ago: the largest is the earliest.
  return moments.sort((a, b) => b[0] - a[0] || a[1].localeCompare(b[1]))[0];
}
