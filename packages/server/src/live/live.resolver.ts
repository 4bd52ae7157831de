import { Arg, Ctx, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { NotFoundError } from '../common/errors.js';
import { inputGuard } from '../common/input-guard.js';
import type { Context } from '../context.js';
import { Comment } from '../discussion/comment.entity.js';
import { Initiative } from '../initiatives/initiative.entity.js';
import { InitiativeService } from '../initiatives/initiative.service.js';
import type { LiveEvents } from './pubsub.js';
import { watchInitiative } from './watch-initiative.js';

/** Subscribes to `topic` for the initiative of the `initiativeId` argument. */
function watch(topic: keyof LiveEvents) {
  return async ({ source, args, context, info }: SubscribeResolverData<unknown, { initiativeId: string }, Context>) => {
    // Global middlewares run for each event's resolver, not for subscribe: guard the arguments here too.
    await inputGuard({ root: source, args, context, info }, async () => undefined);
    return watchInitiative(context, topic, args.initiativeId);
  };
}

@Resolver()
export class LiveResolver {
  @Subscription(() => Comment, {
    description: 'New comments and replies on an initiative, as they are written.',
    subscribe: watch('COMMENT_ADDED'),
  })
  async commentAdded(
    @Root() payload: { commentId: string },
    @Arg('initiativeId', () => ID, { description: 'The initiative whose discussion to follow.' }) _initiativeId: string,
    @Ctx() context: Context,
  ): Promise<Comment> {
    return context.em.findOneOrFail(Comment, { id: payload.commentId }, { populate: ['author', 'organisation'] });
  }

  @Subscription(() => Initiative, {
    description: 'An initiative each time its status or support changes.',
    subscribe: watch('INITIATIVE_CHANGED'),
  })
  async initiativeChanged(
    @Root() payload: { initiativeId: string },
    @Arg('initiativeId', () => ID, { description: 'The initiative to follow.' }) _initiativeId: string,
    @Ctx() context: Context,
  ): Promise<Initiative> {
    const initiative = await new InitiativeService(context).find({ id: payload.initiativeId });
    if (!initiative) throw new NotFoundError('Initiative');
    return initiative;
  }
}
