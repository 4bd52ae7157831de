import type { EntityManager } from '@mikro-orm/postgresql';
import type WebSocket from 'ws';
import { resolveViewer } from '../accounts/sessions.js';
import type { Viewer } from '../accounts/viewer.js';
import { UnauthenticatedError } from '../common/errors.js';
import { LiveCloseCode } from './limits.js';

/** One open WebSocket: where it comes from and the session it was opened with. */
export class LiveConnection {
  /** The session behind the upgrade's cookie; null for a visitor. Set by `identify`. */
  sessionId: string | null = null;

  constructor(
    readonly socket: WebSocket,
    readonly address: string,
    private readonly sessionToken: string | undefined,
  ) {}

  /** Resolves who opened the connection; called once, before any subscription. */
  async identify(em: EntityManager): Promise<void> {
    this.sessionId = (await resolveViewer(em, this.sessionToken)).sessionId;
  }

  /**
   * The viewer as of now, affiliations included. When the session the connection was opened
   * with has ended, the connection is closed and this throws.
   */
  async currentViewer(em: EntityManager): Promise<Viewer> {
    const viewer = await resolveViewer(em, this.sessionToken);
    if (viewer.sessionId !== this.sessionId) {
      this.endSession();
      throw new UnauthenticatedError('Your session has ended. Sign in again.');
    }
    return viewer;
  }

  endSession(): void {
    this.socket.close(LiveCloseCode.SESSION_ENDED, 'Session ended');
  }
}

/** The open connections of this process, counted by client address. */
export class LiveConnections {
  private readonly bySocket = new Map<WebSocket, LiveConnection>();
  private readonly perAddress = new Map<string, number>();

  open(connection: LiveConnection): void {
    this.bySocket.set(connection.socket, connection);
    this.perAddress.set(connection.address, this.countFrom(connection.address) + 1);
    connection.socket.once('close', () => {
      this.bySocket.delete(connection.socket);
      const left = this.countFrom(connection.address) - 1;
      if (left > 0) this.perAddress.set(connection.address, left);
      else this.perAddress.delete(connection.address);
    });
  }

  of(socket: WebSocket): LiveConnection | undefined {
    return this.bySocket.get(socket);
  }

  countFrom(address: string): number {
    return this.perAddress.get(address) ?? 0;
  }

  /** Connections opened with a session, which may end under them. */
  withSession(): LiveConnection[] {
    return [...this.bySocket.values()].filter((connection) => connection.sessionId !== null);
  }
}

/** The connection a subscription's context belongs to, for re-checking its viewer before each event. */
const connectionOfContext = new WeakMap<object, LiveConnection>();

export function bindConnection(context: object, connection: LiveConnection): void {
  connectionOfContext.set(context, connection);
}

export function connectionOf(context: object): LiveConnection | undefined {
  return connectionOfContext.get(context);
}
