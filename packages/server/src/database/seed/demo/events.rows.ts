import { seedId } from '../ids.js';
import { EVENTS } from './events.js';
import { ids, type DemoRows, type Row, type RowContext } from './row-context.js';

/** Events with the people registered for them. */
export function eventRows({ clock }: RowContext): DemoRows {
  const events: Row[] = [];
  const registrations: Row[] = [];
  for (const e of EVENTS) {
    const id = seedId('event', e.key);
    events.push({
      id,
      title: e.title,
      description: e.description,
      kind: e.kind,
      starts_at: clock.on(...e.starts),
      ends_at: clock.on(...e.ends),
      location: e.location,
      capacity: e.capacity ?? null,
      created_at: clock.at(e.created),
    });
    for (const r of e.registrations) {
      registrations.push({
        event_id: id,
        user_id: ids.user(r.person),
        organisation_id: r.as === undefined ? null : ids.organisation(r.as),
        created_at: clock.at(r.at),
      });
    }
  }
  return [
    ['event', events],
    ['event_registration', registrations],
  ];
}
