import { renderMarkdown } from '../../../common/markdown.js';
import { seedId } from '../ids.js';
import { CALLS_EN } from './calls.en.js';
import { CALLS } from './calls.js';
import type { DemoClock } from './clock.js';
import type { When } from './events.js';
import { cents, ids, type DemoRows, type Row, type RowContext } from './row-context.js';

/** An amendment's value as the application records it (call-changes.ts): instants as ISO 8601, the rest as given. */
function recorded(clock: DemoClock, value: When | string | null): string | null {
  return typeof value === 'string' || value === null ? value : clock.on(...value).toISOString();
}

/** The id of the annex at `position` (from 1) of the call `call` (calls.ts keys). */
export const callAnnexId = (call: string, position: number) => seedId('call_annex', `${call}/${position}`);

/**
 * Calls for proposals with their measures, territory, criteria, annexes, questions and
 * amendments, and the board's scores (applications: applications.ts).
 */
export function callRows({ clock, eldership }: RowContext): DemoRows {
  const calls: Row[] = [];
  const measures: Row[] = [];
  const elderships: Row[] = [];
  const criteria: Row[] = [];
  const annexes: Row[] = [];
  const questions: Row[] = [];
  const amendments: Row[] = [];
  const evaluations: Row[] = [];
  for (const call of CALLS) {
    const id = seedId('call_for_proposals', call.key);
    const criterionId = (position: number) => seedId('call_criterion', `${call.key}/${position}`);
    const published = call.published ? clock.at(call.published) : null;
    const lastChange = call.amendments?.at(-1)?.at;
    const english = CALLS_EN[call.key];
    calls.push({
      id,
      number: call.number,
      title: call.title,
      title_en: english?.title ?? null,
      body: call.body,
      body_en: english?.body ?? null,
      body_html: renderMarkdown(call.body).html,
      body_html_en: english ? renderMarkdown(english.body).html : null,
      opens_at: clock.on(...call.opens),
      closes_at: clock.on(...call.closes),
      budget_cents: cents(call.budgetEur),
      min_support_cents: call.minSupportEur === undefined ? null : cents(call.minSupportEur),
      max_support_cents: call.maxSupportEur === undefined ? null : cents(call.maxSupportEur),
      max_intensity_percent: call.maxIntensityPercent ?? null,
      eligible_kinds: call.eligibleKinds,
      status: call.status,
      published_at: published,
      created_by_id: ids.user('rasa'),
      created_at: clock.at(call.created),
      updated_at: clock.at(lastChange ?? call.published ?? call.created),
    });
    for (const code of call.measures) measures.push({ call_id: id, measure_id: ids.measure(code) });
    for (const code of call.elderships) elderships.push({ call_id: id, eldership_id: eldership(code) });
    call.criteria.forEach((criterion, index) => {
      criteria.push({
        id: criterionId(index + 1),
        call_id: id,
        position: index + 1,
        title: criterion.title,
        title_en: english?.criteria[index]?.title ?? null,
        description: criterion.description,
        description_en: english?.criteria[index]?.description ?? null,
        max_score: criterion.maxScore,
        weight: criterion.weight,
      });
    });
    call.annexes.forEach((annex, index) => {
      annexes.push({
        id: callAnnexId(call.key, index + 1),
        call_id: id,
        position: index + 1,
        title: annex.title,
        title_en: english?.annexes[index]?.title ?? null,
        description: annex.description,
        description_en: english?.annexes[index]?.description ?? null,
        required: annex.required,
      });
    });
    call.questions.forEach((question, index) => {
      questions.push({
        id: seedId('call_question', `${call.key}/${index + 1}`),
        call_id: id,
        position: index + 1,
        text: question.text,
        text_en: english?.questions[index]?.text ?? null,
        description: question.description ?? '',
        description_en: english?.questions[index]?.description ?? null,
        kind: question.kind,
        options: question.options ?? [],
        options_en: english?.questions[index]?.options ?? [],
        required: question.required,
      });
    });
    (call.amendments ?? []).forEach((amendment, index) => {
      amendments.push({
        id: seedId('call_amendment', `${call.key}/${index + 1}`),
        call_id: id,
        number: index + 1,
        reason: amendment.reason,
        changes: JSON.stringify(
          amendment.changes.map((change) => ({
            field: change.field,
            from: recorded(clock, change.from),
            to: recorded(clock, change.to),
          })),
        ),
        created_by_id: ids.user('rasa'),
        created_at: clock.at(amendment.at),
      });
    });
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
    ['call_eldership', elderships],
    ['call_criterion', criteria],
    ['call_annex', annexes],
    ['call_question', questions],
    ['call_amendment', amendments],
    ['evaluation', evaluations],
  ];
}
