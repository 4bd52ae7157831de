import { seedId } from '../ids.js';
import { applicationId } from './applications.rows.js';
import { COMPLIANCE } from './compliance.js';
import { ids, type DemoRows, type Row, type RowContext } from './row-context.js';

/** The staff's checklist findings and completion rounds of the demo applications. */
export function complianceRows({ clock }: RowContext): DemoRows {
  const checks: Row[] = [];
  const rounds: Row[] = [];
  for (const compliance of COMPLIANCE) {
    const application = applicationId(compliance.call, compliance.initiative);
    for (const check of compliance.checks) {
      checks.push({
        application_id: application,
        item: check.item,
        result: check.result,
        note: check.note ?? '',
        checked_by_id: ids.user(check.by),
        checked_at: clock.at(check.at),
      });
    }
    compliance.rounds.forEach((round, index) => {
      rounds.push({
        id: seedId('completion_request', `${compliance.call}/${compliance.initiative}/${index + 1}`),
        application_id: application,
        round: index + 1,
        items: round.items,
        message: round.message,
        reply_by: clock.on(...round.replyBy),
        requested_by_id: ids.user(round.by),
        created_at: clock.at(round.at),
      });
    });
  }
  return [
    ['compliance_check', checks],
    ['completion_request', rounds],
  ];
}
