import type http from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';

/**
 * Stopping without dropping anyone: the moment `begin()` is called the port stops accepting
 * connections (a newcomer is refused, not accepted and cut off), idle keep-alive connections
 * close, and requests in flight finish; those still running after `graceMs` are cut. The
 * returned promise settles when every connection is gone.
 */
export function gracefulStop(server: http.Server, graceMs: number) {
  let stopping: Promise<void> | undefined;
  // A keep-alive connection whose last response has just gone out is closed rather than reused.
  server.on('request', (_request: http.IncomingMessage, response: http.ServerResponse) => {
    response.once('finish', () => {
      if (stopping) setImmediate(() => server.closeIdleConnections());
    });
  });

  const begin = (): Promise<void> =>
    (stopping ??= new Promise<void>((resolve) => {
      if (!server.listening) return resolve();
      const cutOff = setTimeout(() => server.closeAllConnections(), graceMs);
      server.close(() => {
        clearTimeout(cutOff);
        resolve();
      });
      server.closeIdleConnections();
    }));

  /** Apollo waits on this while it drains, beside the WebSocket server's own drain. */
  const plugin: ApolloServerPlugin = {
    async serverWillStart() {
      return { drainServer: begin };
    },
  };
  return {
    begin,
    plugin,
    get stopping() {
      return stopping !== undefined;
    },
  };
}
