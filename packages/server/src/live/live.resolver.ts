import { Arg, Ctx, ID, Resolver, Root, Subscription, type SubscribeResolverData } from 'type-graphql';
import { NotFoundError } from '../common/errors.js';
import type { RequestScope } from '../request-scope.js';
import { Comment } from '../discussion/comment.entity.js';
import type { CommentView } from '../discussion/comment-read.js';
import { DiscussionService } from '../discussion/discussion.service.js';
import { Initiative } from '../initiatives/initiative.entity.js';
import type { InitiativeView } from '../initiatives/initiative-read.js';
import { InitiativeService } from '../initiatives/initiative.service.js';
import type { LiveEvents } from './pubsub.js';
import { watchInitiative } from './watch-initiative.js';

/** Subscribes to `topic` for the initiative of the `initiativeId` argument. */
function watch(topic: keyof LiveEvents) {
  return async ({ args, context }: SubscribeResolverData<unknown, { initiativeId: string }, RequestScope>) => {
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
    @Ctx() context: RequestScope,
  ): Promise<CommentView> {
    // The same read as a thread's comment, so a live comment shows what a page would.
    return context.get(DiscussionService).read(payload.commentId);
  }

  @Subscription(() => Initiative, {
    description: 'An initiative each time its status or support changes.',
    subscribe: watch('INITIATIVE_CHANGED'),
  })
  async initiativeChanged(
    @Root() payload: { initiativeId: string },
    @Arg('initiativeId', () => ID, { description: 'The initiative to follow.' }) _initiativeId: string,
    @Ctx() context: RequestScope,
  ): Promise<InitiativeView> {
    const initiative = await context.get(InitiativeService).find({ id: payload.initiativeId });
    if (!initiative) throw new NotFoundError('Initiative');
    return initiative;
  }
}
