import type { PersonKey } from './accounts.js';
import type { Moment } from './clock.js';
import { INITIATIVES, type DemoInitiative, type InitiativeKey } from './initiatives.js';
import { FOLLOWS, firstTookPart } from './notifications.js';
import { ids, type DemoRows, type Row, type RowContext } from './row-context.js';

/**
 * Who follows which initiative, from when: its author from its creation and whoever accepted to
 * co-propose it from then, as the product makes them follow (initiative-workflow.service.ts), and
 * the story's other followers from when they first took part.
 */
export function followRows({ clock }: RowContext): DemoRows {
  const follows = new Map<string, Row>();
  const follow = (person: PersonKey, initiative: InitiativeKey, since: Moment) => {
    const row = { user_id: ids.user(person), initiative_id: ids.initiative(initiative), created_at: clock.at(since) };
    follows.set(`${row.user_id}/${row.initiative_id}`, row);
  };
  for (const f of FOLLOWS) follow(f.person, f.initiative, firstTookPart(f.person, f.initiative)!);
  for (const i of INITIATIVES) {
    const story: DemoInitiative = i;
    for (const co of story.coProposers ?? []) {
      if (co.status === 'ACCEPTED') follow(co.respondedBy!, i.slug, co.responded!);
    }
    follow(i.author, i.slug, i.created);
  }
  return [['initiative_follow', [...follows.values()]]];
}
