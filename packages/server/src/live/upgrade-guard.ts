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
