import type { ReferenceIds } from '../reference.js';
import { accountRows } from './accounts.rows.js';
import { boardRows } from './board.rows.js';
import type { DemoClock } from './clock.js';
import { discussionRows } from './discussion.rows.js';
import { applicationRows } from './applications.rows.js';
import { callRows } from './calls.rows.js';
import { complianceRows } from './compliance.rows.js';
import { eventRows } from './events.rows.js';
import { initiativeRows } from './initiatives.rows.js';
import { lagRows } from './lag.rows.js';
import { followRows } from './notifications.rows.js';
import { organisationRows } from './organisations.rows.js';
import { partnershipRows } from './partnerships.rows.js';
import { createRowContext, type DemoRows } from './row-context.js';

/**
 * Every demo row, with ids derived from the story's keys and times from the clock. Each
 * feature builds its tables beside its story (`<feature>.rows.ts`, answering them in an order
 * their foreign keys allow); the features follow one another here in such an order too.
 */
export function buildDemoRows(clock: DemoClock, passwordHash: string, reference: ReferenceIds): DemoRows {
  const context = createRowContext(clock, reference);
  return [
    ...organisationRows(context),
    ...accountRows(context, passwordHash),
    ...lagRows(context),
    ...initiativeRows(context),
    ...discussionRows(context),
    ...partnershipRows(context),
    ...boardRows(),
    ...eventRows(context),
    ...callRows(context),
    ...applicationRows(context),
    ...complianceRows(context),
    ...followRows(context),
  ];
}
