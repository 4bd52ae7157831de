import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Request, Response } from 'express';
import type { Logger } from 'pino';
import type { AccountThrottle } from './accounts/throttle.js';
import type { Viewer } from './accounts/viewer.js';
import type { Config } from './config.js';
import type { LivePubSub } from './live/pubsub.js';
import { createLoaders, type Loaders } from './loaders.js';
import { AccountService } from './accounts/account.service.js';
import { InvitationService } from './accounts/invitation.service.js';
import { DiscussionService } from './discussion/discussion.service.js';
import { InitiativeWorkflowService } from './initiatives/initiative-workflow.service.js';
import { InitiativeService } from './initiatives/initiative.service.js';
import { OrganisationService } from './organisations/organisation.service.js';
import { PartnershipService } from './partnerships/partnership.service.js';

/** What lives as long as the process: shared by every request. */
export type AppDependencies = {
  config: Config;
  orm: MikroORM;
  logger: Logger;
  accountThrottle: AccountThrottle;
  pubSub: LivePubSub['pubSub'];
};

/** What one request works with: its own EntityManager, its viewer and its HTTP exchange. */
export type RequestScope = {
  app: AppDependencies;
  em: EntityManager;
  viewer: Viewer;
  /** Absent for subscriptions, which arrive over a WebSocket rather than a request. */
  http?: { request: Request; response: Response; secureCookies: boolean };
  loaders: Loaders;
};

export type Context = RequestScope & {
  accounts: AccountService;
  discussion: DiscussionService;
  initiatives: InitiativeService;
  initiativeWorkflow: InitiativeWorkflowService;
  invitations: InvitationService;
  organisations: OrganisationService;
  partnerships: PartnershipService;
};

export function createContext(base: Omit<RequestScope, 'loaders'>): Context {
  const scope: RequestScope = { ...base, loaders: createLoaders(base.em) };
  return {
    ...scope,
    accounts: new AccountService(scope),
    discussion: new DiscussionService(scope),
    initiatives: new InitiativeService(scope),
    initiativeWorkflow: new InitiativeWorkflowService(scope),
    invitations: new InvitationService(scope),
    organisations: new OrganisationService(scope),
    partnerships: new PartnershipService(scope),
  };
}
