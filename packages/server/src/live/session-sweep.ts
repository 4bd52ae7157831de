import type { MikroORM } from '@mikro-orm/postgresql';
import { Session } from '../accounts/session.entity.js';
import type { LiveConnections } from './connections.js';
import type { throttledLog } from '../logging/throttled-log.js';

/**
 * Closes the connections whose session has ended (signed out, password changed, expired),
 * checking the sessions of all of them in one query.
 */
export async function closeEndedSessions(orm: MikroORM, connections: LiveConnections): Promise<void> {
  const open = connections.withSession();
  if (!open.length) return;
  const ids = [...new Set(open.map((connection) => connection.sessionId!))];
  const alive = await orm.em
    .fork()
    .find(Session, { id: { $in: ids }, expiresAt: { $gt: new Date() } }, { fields: ['id'] });
  const aliveIds = new Set(alive.map((session) => session.id));
  for (const connection of open) if (!aliveIds.has(connection.sessionId!)) connection.endSession();
}

/**
 * Runs `closeEndedSessions` every `intervalMs` (never two at once) and returns the stop. Events
 * are re-checked as they come anyway; the sweep ends quiet connections within the interval.
 */
export function startSessionSweep(options: {
  orm: MikroORM;
  connections: LiveConnections;
  intervalMs: number;
  log: ReturnType<typeof throttledLog>;
}): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    closeEndedSessions(options.orm, options.connections)
      .catch((error: unknown) => options.log('warn', 'ended sessions could not be checked', { err: error }))
      .finally(() => (running = false));
  }, options.intervalMs);
  // The sweep alone never keeps the process alive.
  timer.unref();
  return () => clearInterval(timer);
}
