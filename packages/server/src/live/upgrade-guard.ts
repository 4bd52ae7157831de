import type http from 'node:http';

/**
 * Whether a page may open a WebSocket with this browser's session: only pages of this host.
 * No `Origin` at all is a non-browser client; `null` (sandboxed frames, `file:` pages) or
 * anything that is not a URL is refused, never parsed into an exception.
 */
export function isSameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return true;
  if (!host || !URL.canParse(origin)) return false;
  return new URL(origin).host === host;
}

/**
 * The client's address as counted for limits: behind a trusted reverse proxy (one hop, as
 * Express's `trust proxy` 1) the last `X-Forwarded-For` entry, else the peer address.
 */
export function clientAddress(request: http.IncomingMessage, trustProxy: boolean): string {
  const forwarded = request.headers['x-forwarded-for'];
  const last = (Array.isArray(forwarded) ? forwarded.join(',') : forwarded)?.split(',').pop()?.trim();
  if (trustProxy && last) return last;
  return request.socket.remoteAddress ?? 'unknown';
}
