import { createHash } from 'node:crypto';
import { applicationFiles } from '../../../applications/application-files.js';
import type { AcceptedType } from '../../../files/file-types.js';
import { seedId } from '../ids.js';
import { APPLICATIONS, type DemoAnnex, type DemoApplication } from './applications.js';
import { CALLS } from './calls.js';
import { callAnnexId } from './calls.rows.js';
import { INITIATIVES } from './initiatives.js';
import { ORGANISATIONS } from './organisations.js';
import { textPdf } from './pdf.js';
import { cents, ids, type DemoRows, type Row, type RowContext } from './row-context.js';

/** The id of the application of `initiative` to the call `call` (calls.ts keys). */
export const applicationId = (call: string, initiative: string) => seedId('application', `${call}/${initiative}`);

const pdf: AcceptedType = 'application/pdf';

/** The annex as its PDF: its title, the applicant, the project and the call, then its own lines. */
function annexDocument(application: DemoApplication, annex: DemoAnnex): Buffer {
  const call = CALLS.find((c) => c.key === application.call)!;
  const initiative = INITIATIVES.find((i) => i.slug === application.initiative)!;
  const lead = ORGANISATIONS.find((o) => o.slug === initiative.lead)!;
  const title = annex.title ?? call.annexes[annex.for! - 1]!.title;
  return textPdf(title, [
    `Pareiškėjas: ${lead.name}`,
    `Projektas: ${initiative.title}`,
    `Kvietimas Nr. ${call.number} „${call.title}“`,
    '',
    ...annex.lines,
  ]);
}

/**
 * Applications with their answers, annexes and frozen versions. A version's snapshot is written
 * empty here and frozen by the database from the rows it describes (demo.ts), as a submission
 * freezes it, so the demo's versions have exactly the shape the server gives them. An annex's
 * file is stored as an upload stores it in the database store (files/database-file-storage.ts:
 * its bytes beside it, under the file's own id) and attached to the application as `attachAnnex`
 * attaches it, so its readers download it.
 */
export function applicationRows({ clock }: RowContext): DemoRows {
  const applications: Row[] = [];
  const answers: Row[] = [];
  const files: Row[] = [];
  const contents: Row[] = [];
  const annexes: Row[] = [];
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
    application.annexes.forEach((annex, index) => {
      const key = `${application.call}/${application.initiative}/${index + 1}`;
      const fileId = seedId('stored_file', key);
      const bytes = annexDocument(application, annex);
      const at = clock.at(annex.at);
      files.push({
        id: fileId,
        name: annex.file,
        content_type: pdf,
        size_bytes: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        storage: 'database',
        storage_key: fileId,
        uploaded_by_id: ids.user(application.by),
        created_at: at,
        attached_to_kind: applicationFiles.name,
        attached_to_id: id,
        attached_at: at,
      });
      contents.push({ file_id: fileId, bytes });
      annexes.push({
        id: seedId('application_annex', key),
        application_id: id,
        call_annex_id: annex.for === undefined ? null : callAnnexId(application.call, annex.for),
        file_id: fileId,
        uploaded_by_id: ids.user(application.by),
        created_at: at,
      });
    });
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
    ['stored_file', files],
    ['stored_file_content', contents],
    ['application_annex', annexes],
    ['application_version', versions],
  ];
}
