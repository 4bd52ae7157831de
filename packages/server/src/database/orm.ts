import { MikroORM, PostgreSqlDriver, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { Logger } from 'pino';
import { Affiliation } from '../accounts/affiliation.entity.js';
import { Invitation } from '../accounts/invitation.entity.js';
import { Session } from '../accounts/session.entity.js';
import { User } from '../accounts/user.entity.js';
import { AuditEntry } from '../audit/audit-entry.entity.js';
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
import { Migration20261126000000_initial } from './migrations/Migration20261126000000_initial.js';

export const entities = [
  Affiliation,
  AuditEntry,
  CoProposer,
  Comment,
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
  Theme,
  User,
];

/** Migrations are listed, not globbed, so the same list works from TypeScript and from `dist`. */
const migrationsList = [{ name: 'Migration20261126000000_initial', class: Migration20261126000000_initial }];

export function ormOptions(clientUrl: string, logger?: Logger): Options {
  return {
    driver: PostgreSqlDriver,
    clientUrl,
    entities,
    extensions: [Migrator],
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false },
    // Requests fork their own EntityManager; the global one must never be used by accident.
    allowGlobalContext: false,
    forceUndefined: false,
    pool: { min: 0, max: 10, idleTimeoutMillis: 10_000, acquireTimeoutMillis: 2_000 },
    // While the database is away, requests fail fast with an error instead of queueing for a
    // minute; the pool replaces broken connections, so service resumes as soon as it is back.
    driverOptions: {
      acquireConnectionTimeout: 2_000,
      connection: { keepAlive: true },
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
  };
}

/** Connects and brings the schema up to date with the migrations (never schema sync). */
export async function initORM(clientUrl: string, logger?: Logger): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(clientUrl, logger));
  await orm.getMigrator().up();
  return orm;
}
