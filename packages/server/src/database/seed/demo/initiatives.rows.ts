import { seedId } from '../ids.js';
import { INITIATIVES, type DemoInitiative, type DemoStatusChange } from './initiatives.js';
import { cents, ids, storedMarkdown, type DemoRows, type Row, type RowContext } from './row-context.js';

/** Initiatives with their themes, co-proposers, status histories and endorsements. */
export function initiativeRows({ clock, reference, eldership }: RowContext): DemoRows {
  const initiatives: Row[] = [];
  const themes: Row[] = [];
  const coProposers: Row[] = [];
  const statusChanges: Row[] = [];
  const endorsements: Row[] = [];
  for (const i of INITIATIVES) {
    const id = ids.initiative(i.slug);
    const initiative: DemoInitiative = i;
    const history: readonly DemoStatusChange[] = initiative.history;
    const created = clock.at(i.created);
    const latest = history.at(-1);
    const submitted = history.find((h) => h.to === 'SUBMITTED');
    const updated = latest ? clock.at(latest.at) : created;
    initiatives.push({
      id,
      slug: i.slug,
      title: i.title,
      summary: i.summary,
      ...storedMarkdown(i.body),
      lead_organisation_id: ids.organisation(i.lead),
      created_by_id: ids.user(i.author),
      measure_id: initiative.measure === undefined ? null : ids.measure(initiative.measure),
      eldership_id: eldership(initiative.eldership),
      estimated_budget_cents: cents(i.estimatedEur),
      requested_support_cents: cents(i.requestedEur),
      status: latest?.to ?? 'DRAFT',
      version: 1 + history.length,
      submitted_at: submitted ? clock.at(submitted.at) : null,
      created_at: created,
      updated_at: updated,
      last_activity_at: updated,
    });
    for (const theme of i.themes) {
      themes.push({ initiative_id: id, theme_id: reference.themes.get(theme) ?? null });
    }
    let from = 'DRAFT';
    history.forEach((change, index) => {
      statusChanges.push({
        id: seedId('status_change', `${i.slug}/${index}`),
        initiative_id: id,
        from_status: from,
        to_status: change.to,
        changed_by_id: ids.user(change.by),
        reason: change.reason,
        created_at: clock.at(change.at),
      });
      from = change.to;
    });
    for (const co of initiative.coProposers ?? []) {
      coProposers.push({
        initiative_id: id,
        organisation_id: ids.organisation(co.organisation),
        status: co.status,
        invited_by_id: ids.user(co.invitedBy),
        invited_at: clock.at(co.invited),
        responded_by_id: co.respondedBy === undefined ? null : ids.user(co.respondedBy),
        responded_at: co.responded === undefined ? null : clock.at(co.responded),
      });
    }
    for (const e of initiative.endorsements ?? []) {
      endorsements.push({
        id: seedId('endorsement', `${i.slug}/${e.organisation}`),
        initiative_id: id,
        organisation_id: ids.organisation(e.organisation),
        endorsed_by_id: ids.user(e.by),
        note: e.note ?? null,
        created_at: clock.at(e.at),
      });
    }
  }
  return [
    ['initiative', initiatives],
    ['initiative_theme', themes],
    ['co_proposer', coProposers],
    ['status_change', statusChanges],
    ['endorsement', endorsements],
  ];
}
