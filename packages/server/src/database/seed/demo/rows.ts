import { renderMarkdown } from '../../../common/markdown.js';
import type { EldershipCode, ReferenceIds } from '../reference.js';
import { seedId } from '../ids.js';
import { AFFILIATIONS, PEOPLE, type PersonKey } from './accounts.js';
import { BOARD, BOARD_TERM } from './board.js';
import type { DemoClock } from './clock.js';
import { COMMENTS } from './discussion.js';
import { CALLS, EVENTS } from './events.js';
import { INITIATIVES, type DemoInitiative, type DemoStatusChange, type InitiativeKey } from './initiatives.js';
import { MEASURES, MILESTONES, PRIORITIES, STRATEGY, type MeasureCode } from './lag.js';
import { ORGANISATIONS, type DemoOrganisation, type OrgKey } from './organisations.js';
import { PARTNERSHIPS, type DayRef } from './partnerships.js';

export type Row = Record<string, string | number | Date | null>;
/** Tables in the order their foreign keys allow, each with its rows. */
export type DemoRows = [table: string, rows: Row[]][];

export const ids = {
  organisation: (slug: OrgKey) => seedId('organisation', slug),
  user: (key: PersonKey) => seedId('app_user', key),
  initiative: (slug: InitiativeKey) => seedId('initiative', slug),
  measure: (code: MeasureCode) => seedId('measure', code),
  strategy: () => seedId('strategy', STRATEGY.key),
  comment: (key: string) => seedId('comment', key),
  boardSeat: (seat: number) => seedId('board_seat', `${BOARD_TERM.start}/${seat}`),
};

const cents = (eur: number) => Math.round(eur * 100);

/** A body with the rendering the application stores beside it (common/markdown.ts). */
function storedMarkdown(body: string): Row {
  const { html, text } = renderMarkdown(body);
  return { body, body_html: html, body_text: text };
}

/** Every demo row, with ids derived from the story's keys and times from the clock. */
export function buildDemoRows(clock: DemoClock, passwordHash: string, reference: ReferenceIds): DemoRows {
  const day = (ref: DayRef | undefined) => (ref === undefined ? null : typeof ref === 'number' ? clock.date(ref) : ref);
  const eldership = (code: EldershipCode | undefined) =>
    code === undefined ? null : (reference.elderships.get(code) ?? null);
  const strategyCreated = clock.at([420, '09:00']);

  const organisations: Row[] = ORGANISATIONS.map((o) => {
    const created = clock.at([o.added, '09:00']);
    const org: DemoOrganisation = o;
    return {
      id: ids.organisation(o.slug),
      slug: o.slug,
      name: o.name,
      sector: o.sector,
      kind: o.kind,
      scope: o.scope,
      country: org.country ?? 'LT',
      eldership_id: eldership(org.eldership),
      membership: o.membership,
      member_since: org.memberSince ?? null,
      member_until: org.memberUntil ?? null,
      email: org.email ?? null,
      phone: org.phone ?? null,
      address: org.address ?? null,
      website: org.website ?? null,
      description: o.description,
      founded_on: org.foundedOn ?? null,
      registered_on: org.registeredOn ?? null,
      created_at: created,
      updated_at: created,
    };
  });

  const users: Row[] = PEOPLE.map((p) => {
    const created = clock.at([p.joined, '08:00']);
    return {
      id: ids.user(p.key),
      email: p.email,
      display_name: p.displayName,
      password_hash: passwordHash,
      role: p.role,
      locale: 'locale' in p ? p.locale : 'lt',
      created_at: created,
      updated_at: created,
    };
  });

  const affiliations: Row[] = AFFILIATIONS.map((a) => {
    // Linked once both the person and the organisation were in Telka.
    const joined = PEOPLE.find((p) => p.key === a.person)?.joined ?? 1;
    const added = ORGANISATIONS.find((o) => o.slug === a.organisation)?.added ?? 1;
    return {
      id: seedId('affiliation', `${a.person}/${a.organisation}`),
      user_id: ids.user(a.person),
      organisation_id: ids.organisation(a.organisation),
      role: a.role,
      title: a.title ?? null,
      created_at: clock.at([Math.min(joined, added), '09:30']),
    };
  });

  const strategies: Row[] = [
    {
      id: ids.strategy(),
      title: STRATEGY.title,
      period_start: STRATEGY.periodStart,
      period_end: STRATEGY.periodEnd,
      vision: STRATEGY.vision,
      mission: STRATEGY.mission,
      created_at: strategyCreated,
    },
  ];
  const priorities: Row[] = PRIORITIES.map((title, index) => ({
    id: seedId('strategy_priority', String(index + 1)),
    strategy_id: ids.strategy(),
    position: index + 1,
    title,
    description: '',
  }));
  const measures: Row[] = MEASURES.map((m) => ({
    id: ids.measure(m.code),
    strategy_id: ids.strategy(),
    priority_id: seedId('strategy_priority', String(m.priority)),
    code: m.code,
    title: m.title,
    budget_cents: cents(m.budgetEur),
  }));
  const milestones: Row[] = MILESTONES.map((m) => ({
    id: seedId('milestone', m.key),
    occurred_on: m.occurredOn,
    title: m.title,
    description: m.description,
  }));

  const initiatives: Row[] = [];
  const initiativeThemes: Row[] = [];
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
      initiativeThemes.push({ initiative_id: id, theme_id: reference.themes.get(theme) ?? null });
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

  const comments: Row[] = [];
  const revisions: Row[] = [];
  const flags: Row[] = [];
  for (const c of COMMENTS) {
    comments.push({
      id: ids.comment(c.key),
      initiative_id: ids.initiative(c.initiative),
      parent_id: c.parent === undefined ? null : ids.comment(c.parent),
      author_id: ids.user(c.author),
      organisation_id: c.as === undefined ? null : ids.organisation(c.as),
      ...storedMarkdown(c.body),
      created_at: clock.at(c.at),
      edited_at: c.edited ? clock.at(c.edited.at) : null,
      deleted_at: c.deleted ? clock.at(c.deleted) : null,
      hidden_at: c.hidden ? clock.at(c.hidden.at) : null,
      hidden_by_id: c.hidden ? ids.user(c.hidden.by) : null,
      hidden_reason: c.hidden?.reason ?? null,
      version: c.edited ? 2 : 1,
    });
    if (c.edited) {
      // A revision keeps the text an edit replaced, stamped with the time of the edit.
      revisions.push({
        id: seedId('comment_revision', c.key),
        comment_id: ids.comment(c.key),
        body: c.edited.previousBody,
        created_at: clock.at(c.edited.at),
      });
    }
    for (const f of c.flags ?? []) {
      flags.push({
        id: seedId('comment_flag', `${c.key}/${f.by}`),
        comment_id: ids.comment(c.key),
        user_id: ids.user(f.by),
        reason: f.reason,
        created_at: clock.at(f.at),
        resolved_at: f.resolved ? clock.at(f.resolved.at) : null,
        resolved_by_id: f.resolved ? ids.user(f.resolved.by) : null,
      });
    }
  }

  const partnerships: Row[] = [];
  const parties: Row[] = [];
  const partnershipInitiatives: Row[] = [];
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
      partnershipInitiatives.push({ partnership_id: id, initiative_id: ids.initiative(initiative) });
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

  const boardSeats: Row[] = BOARD.map((seat) => ({
    id: ids.boardSeat(seat.seat),
    seat_number: seat.seat,
    user_id: ids.user(seat.person),
    organisation_id: ids.organisation(seat.organisation),
    sector: seat.sector,
    term_start: BOARD_TERM.start,
    term_end: BOARD_TERM.end,
  }));

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

  const calls: Row[] = [];
  const criteria: Row[] = [];
  const applications: Row[] = [];
  const evaluations: Row[] = [];
  for (const call of CALLS) {
    const id = seedId('call_for_proposals', call.key);
    const criterionId = (position: number) => seedId('call_criterion', `${call.key}/${position}`);
    calls.push({
      id,
      title: call.title,
      strategy_id: ids.strategy(),
      measure_id: ids.measure(call.measure),
      opens_at: clock.on(...call.opens),
      closes_at: clock.on(...call.closes),
      budget_cents: cents(call.budgetEur),
      status: call.status,
      created_at: clock.at(call.created),
    });
    call.criteria.forEach((criterion, index) => {
      criteria.push({
        id: criterionId(index + 1),
        call_id: id,
        position: index + 1,
        title: criterion.title,
        max_score: criterion.maxScore,
        weight: criterion.weight,
      });
    });
    for (const application of call.applications) {
      applications.push({
        call_id: id,
        initiative_id: ids.initiative(application.initiative),
        created_at: clock.at(application.at),
      });
    }
    for (const evaluation of call.evaluations ?? []) {
      evaluation.scores.forEach((score, index) => {
        evaluations.push({
          id: seedId('evaluation', `${call.key}/${evaluation.initiative}/${evaluation.seat}/${index + 1}`),
          call_id: id,
          initiative_id: ids.initiative(evaluation.initiative),
          board_seat_id: ids.boardSeat(evaluation.seat),
          criterion_id: criterionId(index + 1),
          score,
          comment: index === 0 ? (evaluation.comment ?? null) : null,
          created_at: clock.at(evaluation.at),
        });
      });
    }
  }

  return [
    ['organisation', organisations],
    ['app_user', users],
    ['affiliation', affiliations],
    ['strategy', strategies],
    ['strategy_priority', priorities],
    ['measure', measures],
    ['milestone', milestones],
    ['initiative', initiatives],
    ['initiative_theme', initiativeThemes],
    ['co_proposer', coProposers],
    ['status_change', statusChanges],
    ['endorsement', endorsements],
    ['comment', comments],
    ['comment_revision', revisions],
    ['comment_flag', flags],
    ['partnership', partnerships],
    ['partnership_party', parties],
    ['partnership_initiative', partnershipInitiatives],
    ['partnership_contact', contacts],
    ['partnership_activity', activities],
    ['board_seat', boardSeats],
    ['event', events],
    ['event_registration', registrations],
    ['call_for_proposals', calls],
    ['call_criterion', criteria],
    ['call_application', applications],
    ['evaluation', evaluations],
  ];
}
