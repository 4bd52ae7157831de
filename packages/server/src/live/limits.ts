import { maxTokens } from '../http/query-cost.js';

/** The bounds of live updates. Each has a default sized for the 2-core machine; configuration may override them. */
export type LiveLimits = {
  /** Largest WebSocket message a client may send, in bytes (ws `maxPayload`; the library's own is 100 MiB). */
  maxMessageBytes: number;
  /** Subscriptions one connection may hold at once; a browser tab needs a handful. */
  maxSubscriptionsPerConnection: number;
  /** Open WebSocket connections from one client address. */
  maxConnectionsPerAddress: number;
  /** Tokens in a subscription document, as for the same document over HTTP. */
  maxTokens: number;
  /** How often the sockets of ended sessions (sign-out, password change, expiry) are looked for and closed, in ms. */
  sessionSweepIntervalMs: number;
};

export const defaultLiveLimits: LiveLimits = {
  maxMessageBytes: 64 * 1024,
  maxSubscriptionsPerConnection: 20,
  maxConnectionsPerAddress: 20,
  maxTokens,
  sessionSweepIntervalMs: 15_000,
};

/** WebSocket close codes of live updates, beside graphql-ws's own (4400 bad request, 4403 forbidden, …). */
export const LiveCloseCode = {
  /** The session the connection was opened with has ended: signed out, password changed, expired. */
  SESSION_ENDED: 4401,
  /** The address already holds as many connections as it may (when the upgrade count raced past the limit). */
  TOO_MANY_CONNECTIONS: 1008,
  /** The database could not say who is listening; try again in a moment. */
  TRY_AGAIN_LATER: 1013,
} as const;
