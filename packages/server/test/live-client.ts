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

/** The HTTP status an upgrade to /graphql gets with these headers: 101 when the socket opens. */
export function upgradeStatus(httpUrl: string, headers: Record<string, string>): Promise<number> {
  const socket = new WebSocket(`${httpUrl.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', { headers });
  return new Promise((resolve, reject) => {
    socket.on('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.on('open', () => {
      resolve(101);
      socket.close();
    });
    socket.on('error', reject);
  });
}

/** The close code of a socket, once it has closed. */
export function closeCode(socket: WebSocket): Promise<number> {
  if (socket.readyState === WebSocket.CLOSED) return Promise.reject(new Error('the socket closed already'));
  return new Promise((resolve) => socket.once('close', (code) => resolve(code)));
}

/**
 * A graphql-ws connection on a raw socket, to follow the protocol by hand: subscribe with
 * `send`, read every message in `messages`, see the close code in `closed`.
 */
export async function rawConnection(
  httpUrl: string,
  cookie?: string,
): Promise<{ socket: WebSocket; messages: Record<string, any>[]; closed: Promise<number> }> {
  const socket = new WebSocket(`${httpUrl.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', {
    headers: cookie ? { cookie } : {},
  });
  const messages: Record<string, any>[] = [];
  socket.on('message', (data) => messages.push(JSON.parse(String(data)) as Record<string, any>));
  const closed = new Promise<number>((resolve) => socket.once('close', (code) => resolve(code)));
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  // Errors after the start show in `closed`.
  socket.on('error', () => undefined);
  socket.send(JSON.stringify({ type: 'connection_init' }));
  await until(() => messages.some((message) => message.type === 'connection_ack'), 'connection_ack');
  return { socket, messages, closed };
}

/** Polls `condition` until it holds; fails after `timeoutMs`, naming what it waited for. */
export async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Calls `write` (something that publishes an event) until an event arrives on `connection`: a
 * subscription starts a moment after its message is sent, and an event before that is not seen.
 */
export async function untilLive(
  connection: { messages: Record<string, any>[] },
  write: () => Promise<unknown>,
  timeoutMs = 15_000,
  /** How many messages were there before: only an event after them counts. */
  since = 0,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const delivered = () => connection.messages.slice(since).some((message) => message.type === 'next');
  while (!delivered()) {
    if (Date.now() > deadline) throw new Error('no event arrived: the subscription never started');
    await write();
    await until(delivered, 'an event', 1000).catch(() => undefined);
  }
}
