import { authorize } from '../authorization/policy.js';
import { connectionOf } from '../live/connections.js';
import type { RequestScope } from '../request-scope.js';

type Event = { userId: string };

/**
 * The viewer's unread-count events: one at once (so the count shows without a query), then one
 * each time their notifications change. Signed-in only; before each event the viewer is read
 * afresh, and a session that has ended ends the subscription.
 */
export async function watchUnreadCount(context: RequestScope): Promise<AsyncIterableIterator<Event>> {
  authorize(context.viewer, 'notification.read');
  const userId = context.viewer.user!.id;
  const events = context.app.pubSub.subscribe('NOTIFICATIONS_CHANGED', userId);
  let first = true;
  const end = async (): Promise<IteratorResult<Event>> => (await events.return?.()) ?? { done: true, value: undefined };
  const iterator: AsyncIterableIterator<Event> = {
    async next() {
      if (first) {
        first = false;
        return { done: false, value: { userId } };
      }
      const event = await events.next();
      if (event.done) return event;
      try {
        const em = context.app.orm.em.fork();
        const connection = connectionOf(context);
        context.renew(em, connection ? await connection.currentViewer(em) : context.viewer);
        authorize(context.viewer, 'notification.read');
      } catch (error) {
        await end();
        throw error;
      }
      return event;
    },
    return: end,
    [Symbol.asyncIterator]: () => iterator,
  };
  return iterator;
}
