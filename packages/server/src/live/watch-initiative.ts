import { NotFoundError } from '../common/errors.js';
import { InitiativeService } from '../initiatives/initiative.service.js';
import type { RequestScope } from '../request-scope.js';
import { connectionOf } from './connections.js';
import type { LiveEvents } from './pubsub.js';

/** Subscriptions are authorised like queries: only to initiatives the viewer may see. */
async function requireVisible(context: RequestScope, initiativeId: string): Promise<void> {
  if (!(await context.get(InitiativeService).find({ id: initiativeId }))) throw new NotFoundError('Initiative');
}

/**
 * Each event is resolved with a fresh EntityManager, fresh loaders and the viewer as of now:
 * a long subscription never answers from what it cached for an earlier event, nor with
 * affiliations its viewer has lost since. A session that has ended closes the connection.
 */
async function renewForEvent(context: RequestScope): Promise<void> {
  const em = context.app.orm.em.fork();
  const connection = connectionOf(context);
  const viewer = connection ? await connection.currentViewer(em) : context.viewer;
  context.renew(em, viewer);
}

/**
 * The events of `topic` for one initiative, authorised at the start and again before each
 * event; when the viewer may no longer see the initiative the subscription ends with NOT_FOUND.
 */
export async function watchInitiative<Topic extends keyof LiveEvents>(
  context: RequestScope,
  topic: Topic,
  initiativeId: string,
): Promise<AsyncIterable<LiveEvents[Topic][1]>> {
  await requireVisible(context, initiativeId);
  // PubSub's own signature cannot follow a generic topic.
  const subscribe = context.app.pubSub.subscribe as (
    topic: Topic,
    initiativeId: string,
  ) => AsyncIterableIterator<LiveEvents[Topic][1]>;
  const events = subscribe(topic, initiativeId);
  return checkedBeforeEach(events, async () => {
    await renewForEvent(context);
    await requireVisible(context, initiativeId);
  });
}

/**
 * `events`, running `check` before handing on each one; a failed check ends the stream with its
 * error. Pull-based, so an event's check never runs while the previous event is still being
 * resolved, and ending it ends `events` at once even while waiting for the next one.
 */
function checkedBeforeEach<T>(events: AsyncIterableIterator<T>, check: () => Promise<void>): AsyncIterableIterator<T> {
  const end = async (): Promise<IteratorResult<T>> => (await events.return?.()) ?? { done: true, value: undefined };
  return {
    async next() {
      const event = await events.next();
      if (event.done) return event;
      try {
        await check();
      } catch (error) {
        await end();
        throw error;
      }
      return event;
    },
    return: end,
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
