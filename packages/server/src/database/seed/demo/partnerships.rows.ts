import { seedId } from '../ids.js';
import { PARTNERSHIPS, type DayRef } from './partnerships.js';
import { ids, type DemoRows, type Row, type RowContext } from './row-context.js';

/** Partnerships with their parties, initiatives, contacts and activity log. */
export function partnershipRows({ clock }: RowContext): DemoRows {
  const day = (ref: DayRef | undefined) => (ref === undefined ? null : typeof ref === 'number' ? clock.date(ref) : ref);
  const partnerships: Row[] = [];
  const parties: Row[] = [];
  const initiatives: Row[] = [];
  const contacts: Row[] = [];
  const activities: Row[] = [];
  for (const p of PARTNERSHIPS) {
    const id = seedId('partnership', p.slug);
    const created = clock.at(p.created);
    const lastRecorded = Math.max(created.getTime(), ...p.activities.map((a) => clock.at(a.recorded).getTime()));
    partnerships.push({
      id,
      slug: p.slug,
      title: p.title,
      kind: p.kind,
      scope: p.scope,
      status: p.status,
      start_date: day(p.start),
      end_date: day(p.end),
      owner_id: ids.user(p.owner),
      next_follow_up_on: day(p.followUp),
      public_description: p.publicDescription,
      internal_notes: p.internalNotes,
      created_at: created,
      updated_at: new Date(lastRecorded),
      last_activity_at: new Date(lastRecorded),
    });
    for (const party of p.parties) {
      parties.push({ partnership_id: id, organisation_id: ids.organisation(party.organisation), role: party.role });
    }
    for (const initiative of p.initiatives ?? []) {
      initiatives.push({ partnership_id: id, initiative_id: ids.initiative(initiative) });
    }
    for (const contact of p.contacts) {
      contacts.push({
        id: seedId('partnership_contact', `${p.slug}/${contact.key}`),
        partnership_id: id,
        organisation_id: contact.organisation === undefined ? null : ids.organisation(contact.organisation),
        name: contact.name,
        position: contact.position ?? null,
        email: contact.email ?? null,
        phone: contact.phone ?? null,
      });
    }
    for (const activity of p.activities) {
      const recorded = clock.at(activity.recorded);
      activities.push({
        id: seedId('partnership_activity', `${p.slug}/${activity.key}`),
        partnership_id: id,
        kind: activity.kind,
        occurred_on: day(activity.on),
        summary: activity.summary,
        people_present: activity.peoplePresent ?? '',
        created_by_id: ids.user(activity.by),
        created_at: recorded,
        updated_at: recorded,
      });
    }
  }
  return [
    ['partnership', partnerships],
    ['partnership_party', parties],
    ['partnership_initiative', initiatives],
    ['partnership_contact', contacts],
    ['partnership_activity', activities],
  ];
}
