import { Arg, Ctx, ID, Resolver, Root, Subscription } from 'type-graphql';
import { NotFoundError } from '../common/errors.js';
import { createContext, type Context } from '../context.js';
import { Comment } from '../discussion/comment.entity.js';
import { Initiative } from '../initiatives/initiative.entity.js';
import { InitiativeService } from '../initiatives/initiative.service.js';

/** Subscriptions are authorised like queries: only to initiatives the viewer may see. */
async function requireVisible(context: Context, initiativeId: string): Promise<void> {
  if (!(await new InitiativeService(context).find({ id: initiativeId }))) throw new NotFoundError('Initiative');
}

/**
 * Each event is resolved with a fresh EntityManager and fresh loaders, so a long subscription
 * never answers from what it cached for an earlier event.
 */
function renewForEvent(context: Context): void {
  Object.assign(
    context,
    createContext({ app: context.app, em: context.em.fork(), viewer: context.viewer, http: context.http }),
  );
}

@Resolver()
export class LiveResolver {
  @Subscription(() => Comment, {
    description: 'New comments and replies on an initiative, as they are written.',
    subscribe: async ({ args, context }) => {
      await requireVisible(context as Context, args.initiativeId as string);
      return (context as Context).app.pubSub.subscribe('COMMENT_ADDED', args.initiativeId as string);
    },
  })
  async commentAdded(
    @Root() payload: { commentId: string },
    @Arg('initiativeId', () => ID, { description: 'The initiative whose discussion to follow.' }) _initiativeId: string,
    @Ctx() context: Context,
  ): Promise<Comment> {
    renewForEvent(context);
    return context.em.findOneOrFail(Comment, { id: payload.commentId }, { populate: ['author', 'organisation'] });
  }

  @Subscription(() => Initiative, {
    description: 'An initiative each time its status or support changes.',
    subscribe: async ({ args, context }) => {
      await requireVisible(context as Context, args.initiativeId as string);
      return (context as Context).app.pubSub.subscribe('INITIATIVE_CHANGED', args.initiativeId as string);
    },
  })
  async initiativeChanged(
    @Root() payload: { initiativeId: string },
    @Arg('initiativeId', () => ID, { description: 'The initiative to follow.' }) _initiativeId: string,
    @Ctx() context: Context,
  ): Promise<Initiative> {
    renewForEvent(context);
    const initiative = await new InitiativeService(context).find({ id: payload.initiativeId });
    if (!initiative) throw new NotFoundError('Initiative');
    return initiative;
  }
}
