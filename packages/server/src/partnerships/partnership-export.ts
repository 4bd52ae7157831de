import type { EntityManager } from '@mikro-orm/postgresql';
import { stringify } from 'csv-stringify/sync';
import type { Request, Response } from 'express';
import { resolveViewer, sessionTokenOf } from '../accounts/sessions.js';
import { isAllowed } from '../authorization/policy.js';
import { today } from '../common/dates.js';
import { Partnership, PartnershipActivity } from './partnership.entity.js';

type Language = 'lt' | 'en';

/** Column headers of the export, in the report's language. */
const headers: Record<Language, Record<string, string>> = {
  lt: {
    title: 'Partnerystė',
    kind: 'Rūšis',
    scope: 'Mastas',
    status: 'Būsena',
    parties: 'Šalys',
    startDate: 'Pradžia',
    endDate: 'Pabaiga',
    owner: 'Atsakinga(s)',
    nextFollowUpOn: 'Kitas susisiekimas',
    activityDate: 'Veiklos data',
    activityKind: 'Veiklos rūšis',
    activitySummary: 'Kas įvyko',
    peoplePresent: 'Dalyviai',
  },
  en: {
    title: 'Partnership',
    kind: 'Kind',
    scope: 'Scope',
    status: 'Status',
    parties: 'Parties',
    startDate: 'Start',
    endDate: 'End',
    owner: 'Owner',
    nextFollowUpOn: 'Next follow-up',
    activityDate: 'Activity date',
    activityKind: 'Activity kind',
    activitySummary: 'What happened',
    peoplePresent: 'People present',
  },
};

/** Values of the enums, in the report's language. */
const labels: Record<Language, Record<string, string>> = {
  lt: {
    NETWORK_MEMBERSHIP: 'Narystė tinkle',
    COOPERATION_AGREEMENT: 'Bendradarbiavimo sutartis',
    MEMORANDUM: 'Memorandumas',
    JOINT_PROJECT: 'Bendras projektas',
    TRANSNATIONAL_PROJECT: 'Tarptautinis bendradarbiavimo projektas',
    LOCAL: 'Vietos',
    NATIONAL: 'Nacionalinis',
    INTERNATIONAL: 'Tarptautinis',
    PROSPECT: 'Galimas partneris',
    NEGOTIATING: 'Derybos',
    ACTIVE: 'Vykdoma',
    COMPLETED: 'Įgyvendinta',
    ENDED: 'Nutraukta',
    MEETING: 'Susitikimas',
    CALL: 'Skambutis',
    LETTER: 'Laiškas',
    AGREEMENT_SIGNED: 'Pasirašyta sutartis',
    NOTE: 'Pastaba',
  },
  en: {
    NETWORK_MEMBERSHIP: 'Network membership',
    COOPERATION_AGREEMENT: 'Cooperation agreement',
    MEMORANDUM: 'Memorandum',
    JOINT_PROJECT: 'Joint project',
    TRANSNATIONAL_PROJECT: 'Transnational cooperation project',
    LOCAL: 'Local',
    NATIONAL: 'National',
    INTERNATIONAL: 'International',
    PROSPECT: 'Prospect',
    NEGOTIATING: 'Negotiating',
    ACTIVE: 'Active',
    COMPLETED: 'Completed',
    ENDED: 'Ended',
    MEETING: 'Meeting',
    CALL: 'Call',
    LETTER: 'Letter',
    AGREEMENT_SIGNED: 'Agreement signed',
    NOTE: 'Note',
  },
};

const columns = Object.keys(headers.en);

/** One row per activity (a partnership without activities gets one row), partnerships by title. */
async function exportRows(em: EntityManager, language: Language): Promise<string[][]> {
  const partnerships = await em.find(
    Partnership,
    {},
    { populate: ['parties.organisation', 'owner'], orderBy: { title: 'asc' } },
  );
  const activities = await em.find(
    PartnershipActivity,
    { partnership: { $in: partnerships } },
    { orderBy: { occurredOn: 'asc' } },
  );
  const label = (value: string) => labels[language][value] ?? value;
  return partnerships.flatMap((p) => {
    const base = {
      title: p.title,
      kind: label(p.kind),
      scope: label(p.scope),
      status: label(p.status),
      parties: p.parties
        .getItems()
        .map((party) => party.organisation.name)
        .join('; '),
      startDate: p.startDate ?? '',
      endDate: p.endDate ?? '',
      owner: p.owner?.displayName ?? '',
      nextFollowUpOn: p.nextFollowUpOn ?? '',
    };
    const own = activities.filter((a) => a.partnership.id === p.id);
    const rows = own.length
      ? own.map((a) => ({
          ...base,
          activityDate: a.occurredOn,
          activityKind: label(a.kind),
          activitySummary: a.summary,
          peoplePresent: a.peoplePresent,
        }))
      : [{ ...base, activityDate: '', activityKind: '', activitySummary: '', peoplePresent: '' }];
    return rows.map((row) => columns.map((column) => row[column as keyof typeof row]));
  });
}

/**
 * GET /exports/partnerships.csv|.xlsx?lang=lt|en — partnerships with their activities for
 * reports, staff only (the session cookie decides, as for GraphQL).
 */
export function partnershipExportHandler(emFor: () => EntityManager) {
  return async (request: Request, response: Response): Promise<void> => {
    const format = request.params.format;
    const language: Language = request.query.lang === 'en' ? 'en' : 'lt';
    if (format !== 'csv' && format !== 'xlsx') {
      response.status(404).json({ error: 'unknown export format' });
      return;
    }
    const em = emFor();
    const viewer = await resolveViewer(em, sessionTokenOf(request));
    if (!isAllowed(viewer, 'partnership.export')) {
      response
        .status(viewer.isSignedIn ? 403 : 401)
        .json({ error: viewer.isSignedIn ? 'FORBIDDEN' : 'UNAUTHENTICATED' });
      return;
    }
    const header = columns.map((column) => headers[language][column]!);
    const rows = await exportRows(em, language);
    const filename = `${language === 'lt' ? 'partnerystes' : 'partnerships'}-${today()}.${format}`;
    response.setHeader('content-disposition', `attachment; filename="${filename}"`);
    response.setHeader('cache-control', 'no-store');
    if (format === 'csv') {
      // As a Lithuanian Excel opens it with a double click: a byte-order mark, so the Lithuanian
      // letters are read as UTF-8, and ';', its list separator (',' is the decimal comma there),
      // in both languages, since the staff's computers are Lithuanian whatever the report's language.
      // (A "sep=;" line would also do, but makes Excel ignore the byte-order mark.)
      const csv = stringify([header, ...rows], { delimiter: ';' });
      response.type('text/csv; charset=utf-8').send(`\uFEFF${csv}`);
      return;
    }
    // Loaded with the first spreadsheet asked for: most processes never make one.
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet(language === 'lt' ? 'Partnerystės' : 'Partnerships');
    sheet.addRow(header).font = { bold: true };
    sheet.addRows(rows);
    sheet.columns.forEach((column) => (column.width = 24));
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
    response.type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    response.send(Buffer.from(await workbook.xlsx.writeBuffer()));
  };
}
