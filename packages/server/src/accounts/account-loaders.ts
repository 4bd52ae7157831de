import DataLoader from 'dataloader';
import type { RequestScope } from '../request-scope.js';
import { Affiliation } from './affiliation.entity.js';

/** The accounts feature's per-request batch loaders. */
export class AccountLoaders {
  constructor(private readonly scope: RequestScope) {}

  /** Each user's affiliations with their organisations, oldest first, for a whole list of users at once. */
  readonly affiliationsByUser = new DataLoader<string, Affiliation[]>(async (userIds) => {
    const affiliations = await this.scope.em.find(
      Affiliation,
      { user: { $in: [...userIds] } },
      { populate: ['organisation'], orderBy: { createdAt: 'asc', id: 'asc' } },
    );
    return userIds.map((id) => affiliations.filter((a) => a.user.id === id));
  });
}
