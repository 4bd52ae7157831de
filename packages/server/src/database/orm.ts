import { MikroORM, PostgreSqlDriver, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type pg from 'pg';
import type { Logger } from 'pino';
import type { LoadLimits } from '../config.js';
import { NotFoundError } from '../common/errors.js';
import { CommitGuard } from './commit-guard.js';
import { nameRepeatedStatements, StatementNames } from './prepared-statements.js';
import { AccountToken } from '../accounts/account-token.entity.js';
import { Affiliation } from '../accounts/affiliation.entity.js';
import { Invitation } from '../accounts/invitation.entity.js';
import { Session } from '../accounts/session.entity.js';
import { User } from '../accounts/user.entity.js';
import { ApplicationAnnex } from '../applications/application-annex.entity.js';
import {
  Application,
  ApplicationAnswer,
  ApplicationVersion,
  CompletionRequest,
  ComplianceCheck,
} from '../applications/application.entity.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
import { Call, CallAmendment, CallAnnex, CallCriterion, CallQuestion } from '../calls/call.entity.js';
import { Eldership } from '../organisations/eldership.entity.js';
import { Comment, CommentFlag, CommentRevision } from '../discussion/comment.entity.js';
import { CoProposer, Endorsement, Initiative, StatusChange } from '../initiatives/initiative.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import {
  Partnership,
  PartnershipActivity,
  PartnershipContact,
  PartnershipParty,
} from '../partnerships/partnership.entity.js';
import { Milestone } from '../strategy/milestone.entity.js';
import { Measure, Strategy, StrategyPriority } from '../strategy/strategy.entity.js';
import { Theme } from '../strategy/theme.entity.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { Migration20261126000000_initial } from './migrations/Migration20261126000000_initial.js';
import { Migration20261127000000_stored_markdown } from './migrations/Migration20261127000000_stored_markdown.js';
import { Migration20261130000000_row_counts } from './migrations/Migration20261130000000_row_counts.js';
import { Migration20261130010000_initiative_status_counts } from './migrations/Migration20261130010000_initiative_status_counts.js';
import { Migration20261130020000_comment_recency_index } from './migrations/Migration20261130020000_comment_recency_index.js';
import { Migration20261201000000_outgoing_mail } from './migrations/Migration20261201000000_outgoing_mail.js';
import { Migration20261201010000_notifications } from './migrations/Migration20261201010000_notifications.js';
import { Migration20261201020000_account_mail } from './migrations/Migration20261201020000_account_mail.js';
import { Migration20261201030000_english_texts } from './migrations/Migration20261201030000_english_texts.js';
import { Migration20261202000000_calls } from './migrations/Migration20261202000000_calls.js';
import { Migration20261202020000_files } from './migrations/Migration20261202020000_files.js';
import { Migration20261202030000_applications } from './migrations/Migration20261202030000_applications.js';
import { Migration20261202040000_application_annexes } from './migrations/Migration20261202040000_application_annexes.js';
import { Migration20261202050000_initiative_lifecycle } from './migrations/Migration20261202050000_initiative_lifecycle.js';
import { Migration20261202051000_application_notifications } from './migrations/Migration20261202051000_application_notifications.js';
import { Migration20261202060000_call_english_texts } from './migrations/Migration20261202060000_call_english_texts.js';
import { Migration20261202070000_comment_thread_page_index } from './migrations/Migration20261202070000_comment_thread_page_index.js';
import { Migration20261202080000_search_vectors_in_row } from './migrations/Migration20261202080000_search_vectors_in_row.js';
import { migrateJobQueue } from '../jobs/job-queue.js';

export const entities = [
  AccountToken,
  Affiliation,
  Application,
  ApplicationAnnex,
  ApplicationAnswer,
  ApplicationVersion,
  AuditEntry,
  Call,
  CallAmendment,
  CallAnnex,
  CallCriterion,
  CallQuestion,
  CoProposer,
  Comment,
  CompletionRequest,
  ComplianceCheck,
  CommentFlag,
  CommentRevision,
  Eldership,
  Endorsement,
  Initiative,
  Invitation,
  Measure,
  Milestone,
  Organisation,
  Partnership,
  PartnershipActivity,
  PartnershipContact,
  PartnershipParty,
  Session,
  StatusChange,
  Strategy,
  StrategyPriority,
  StoredFile,
  Theme,
  User,
];

/** Migrations are listed, not globbed, so the same list works from TypeScript and from `dist`. */
const migrationsList = [
  { name: 'Migration20261126000000_initial', class: Migration20261126000000_initial },
  { name: 'Migration20261127000000_stored_markdown', class: Migration20261127000000_stored_markdown },
  { name: 'Migration20261130000000_row_counts', class: Migration20261130000000_row_counts },
  {
    name: 'Migration20261130010000_initiative_status_counts',
    class: Migration20261130010000_initiative_status_counts,
  },
  { name: 'Migration20261130020000_comment_recency_index', class: Migration20261130020000_comment_recency_index },
  { name: 'Migration20261201000000_outgoing_mail', class: Migration20261201000000_outgoing_mail },
  { name: 'Migration20261201010000_notifications', class: Migration20261201010000_notifications },
  { name: 'Migration20261201020000_account_mail', class: Migration20261201020000_account_mail },
  { name: 'Migration20261201030000_english_texts', class: Migration20261201030000_english_texts },
  { name: 'Migration20261202000000_calls', class: Migration20261202000000_calls },
  { name: 'Migration20261202020000_files', class: Migration20261202020000_files },
  { name: 'Migration20261202030000_applications', class: Migration20261202030000_applications },
  {
    name: 'Migration20261202040000_application_annexes',
    class: Migration20261202040000_application_annexes,
  },
  { name: 'Migration20261202050000_initiative_lifecycle', class: Migration20261202050000_initiative_lifecycle },
  {
    name: 'Migration20261202051000_application_notifications',
    class: Migration20261202051000_application_notifications,
  },
  { name: 'Migration20261202060000_call_english_texts', class: Migration20261202060000_call_english_texts },
  {
    name: 'Migration20261202070000_comment_thread_page_index',
    class: Migration20261202070000_comment_thread_page_index,
  },
  { name: 'Migration20261202080000_search_vectors_in_row', class: Migration20261202080000_search_vectors_in_row },
];

/** Defaults for tools and tests; the server passes its configured limits (config.ts). */
const defaultLimits: Pick<LoadLimits, 'poolSize' | 'statementTimeoutMs'> = { poolSize: 10, statementTimeoutMs: 10_000 };

export function ormOptions(
  clientUrl: string,
  logger?: Logger,
  limits: Pick<LoadLimits, 'poolSize' | 'statementTimeoutMs'> = defaultLimits,
): Options {
  // Read statements are prepared on each connection (prepared-statements.ts). The pages' own come
  // to a few dozen; each one a connection keeps costs PostgreSQL about 175 kB.
  const statementNames = new StatementNames(150);
  return {
    driver: PostgreSqlDriver,
    clientUrl,
    entities,
    extensions: [Migrator],
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false },
    // Requests fork their own EntityManager; the global one must never be used by accident.
    allowGlobalContext: false,
    forceUndefined: false,
    // A record asked for by id that is not there is the API's NOT_FOUND: said here, once, for
    // every `findOneOrFail` (`PartnershipActivity` reads "Partnership activity was not found.").
    findOneOrFailHandler: (entityName) => new NotFoundError(readableName(entityName)),
    // Requests wait for their turn at the edge (http/admission.ts), so few wait here; a wait this
    // long means the database is saturated and the request is answered 503. While the database is
    // away, connecting fails at once; the pool replaces broken connections, so service resumes as
    // soon as it is back.
    pool: {
      min: 0,
      max: limits.poolSize,
      idleTimeoutMillis: 10_000,
      acquireTimeoutMillis: 5_000,
      afterCreate: (connection: pg.Client, done: (error: Error | null, connection: pg.Client) => void) => {
        nameRepeatedStatements(connection, statementNames);
        done(null, connection);
      },
    },
    driverOptions: {
      acquireConnectionTimeout: 5_000,
      connection: {
        keepAlive: true,
        // No statement runs away with a connection; a transaction left open by a vanished
        // process does not hold its locks for long.
        statement_timeout: limits.statementTimeoutMs,
        idle_in_transaction_session_timeout: Math.max(limits.statementTimeoutMs, 30_000),
      },
      // knex would print dropped connections to the console; they belong in the log.
      log: {
        warn: (message: unknown) => logger?.warn({ knex: String(message) }, 'database connection'),
        error: (message: unknown) => logger?.error({ knex: String(message) }, 'database connection'),
        deprecate: () => undefined,
        debug: () => undefined,
      },
    },
    debug: false,
    logger: (message) => logger?.debug(message),
    discovery: { warnWhenNoEntities: true, requireEntitiesArray: true },
    subscribers: [new CommitGuard()],
  };
}

/** Connects and brings the schema up to date with the migrations (never schema sync). */
export async function initORM(
  clientUrl: string,
  logger?: Logger,
  limits?: Pick<LoadLimits, 'poolSize' | 'statementTimeoutMs'>,
): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(clientUrl, logger, limits));
  // A migration of a large table may well take longer than any request may.
  await orm.em.getConnection().transactional(async (transaction) => {
    await transaction.raw('set local statement_timeout = 0');
    await orm.getMigrator().up({ transaction });
  });
  // The job queue's own tables: jobs are added in Telka's transactions (jobs/enqueue.ts).
  await migrateJobQueue(clientUrl);
  return orm;
}

function readableName(entityName: string): string {
  return entityName.replace(/(?<=[a-z])([A-Z])/g, (capital: string) => ` ${capital.toLowerCase()}`);
}
