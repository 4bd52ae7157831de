import { seedId } from '../ids.js';
import { CALLS, EVENTS } from './events.js';
import { cents, ids, type DemoRows, type Row, type RowContext } from './row-context.js';

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

/** Calls for proposals with their criteria, the initiatives that applied and the board's scores. */
export function callRows({ clock }: RowContext): DemoRows {
  const calls: Row[] = [];
  const measures: Row[] = [];
  const criteria: Row[] = [];
  const applications: Row[] = [];
  const evaluations: Row[] = [];
  for (const call of CALLS) {
    const id = seedId('call_for_proposals', call.key);
    const criterionId = (position: number) => seedId('call_criterion', `${call.key}/${position}`);
    calls.push({
      id,
      number: call.number,
      title: call.title,
      opens_at: clock.on(...call.opens),
      closes_at: clock.on(...call.closes),
      budget_cents: cents(call.budgetEur),
      status: call.status,
      published_at: call.status === 'DRAFT' ? null : clock.at(call.created),
      created_at: clock.at(call.created),
      updated_at: clock.at(call.created),
    });
    measures.push({ call_id: id, measure_id: ids.measure(call.measure) });
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
      const submitted = application.status === 'DRAFT' ? null : clock.at(application.at);
      applications.push({
        id: seedId('application', `${call.key}/${application.initiative}`),
        call_id: id,
        initiative_id: ids.initiative(application.initiative),
        status: application.status,
        first_submitted_at: submitted,
        last_submitted_at: submitted,
        created_at: clock.at(application.at),
        updated_at: clock.at(application.at),
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
    ['call_for_proposals', calls],
    ['call_measure', measures],
    ['call_criterion', criteria],
    ['application', applications],
    ['evaluation', evaluations],
  ];
}
