import { createClient, type ExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';

/**
 * Subscribes over graphql-ws like a browser (with its session cookie) and resolves with the
 * first result: an event, or the errors that ended the subscription.
 */
export function firstEvent(
  httpUrl: string,
  query: string,
  variables: Record<string, unknown>,
  cookie?: string,
): { ready: Promise<void>; result: Promise<ExecutionResult>; close(): Promise<void> } {
  class BrowserLikeSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: cookie ? { cookie } : {} });
    }
  }
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const client = createClient({
    url: `${httpUrl.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: BrowserLikeSocket,
    retryAttempts: 0,
    lazy: false,
    on: { connected: () => setTimeout(markReady, 100) },
  });
  const result = new Promise<ExecutionResult>((resolve, reject) => {
    const unsubscribe = client.subscribe(
      { query, variables },
      {
        next: (value) => {
          resolve(value as ExecutionResult);
          unsubscribe();
        },
        error: (error) => (Array.isArray(error) ? resolve({ errors: error }) : reject(error)),
        complete: () => undefined,
      },
    );
  });
  return { ready, result, close: () => client.dispose() as Promise<void> };
}
