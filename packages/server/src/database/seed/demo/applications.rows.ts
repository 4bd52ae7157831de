import { seedId } from '../ids.js';
import { APPLICATIONS } from './applications.js';
import { cents, ids, type DemoRows, type Row, type RowContext } from './row-context.js';

/** The id of the application of `initiative` to the call `call` (calls.ts keys). */
export const applicationId = (call: string, initiative: string) => seedId('application', `${call}/${initiative}`);

/**
 * Applications with their answers and frozen versions. A version's snapshot is written empty here
 * and frozen by the database from the rows it describes (`freezeDemoVersions`), as a submission
 * freezes it, so the demo's versions have exactly the shape the server gives them.
 */
export function applicationRows({ clock }: RowContext): DemoRows {
  const applications: Row[] = [];
  const answers: Row[] = [];
  const versions: Row[] = [];
  for (const application of APPLICATIONS) {
    const id = applicationId(application.call, application.initiative);
    const first = application.submissions[0];
    const last = application.submissions.at(-1);
    applications.push({
      id,
      call_id: seedId('call_for_proposals', application.call),
      initiative_id: ids.initiative(application.initiative),
      status: application.status,
      eligible_costs_cents: application.eligibleCostsEur === undefined ? null : cents(application.eligibleCostsEur),
      created_by_id: ids.user(application.by),
      first_submitted_at: first ? clock.at(first.at) : null,
      last_submitted_at: last ? clock.at(last.at) : null,
      created_at: clock.at(application.started),
      updated_at: clock.at(last?.at ?? application.started),
    });
    for (const [position, value] of Object.entries(application.answers)) {
      answers.push({
        application_id: id,
        question_id: seedId('call_question', `${application.call}/${position}`),
        value: JSON.stringify(value),
        updated_at: clock.at(first?.at ?? application.started),
      });
    }
    application.submissions.forEach((submission, index) => {
      versions.push({
        id: seedId('application_version', `${application.call}/${application.initiative}/${index + 1}`),
        application_id: id,
        number: index + 1,
        snapshot: '{}',
        submitted_by_id: ids.user(submission.by),
        submitted_at: clock.at(submission.at),
      });
    });
  }
  return [
    ['application', applications],
    ['application_answer', answers],
    ['application_version', versions],
  ];
}
