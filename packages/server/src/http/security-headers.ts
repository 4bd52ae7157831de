import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http';

type Middleware = (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void) => void;

/**
 * The headers a header-setting middleware (helmet) sets, worked out once by running it against a
 * response that only records them, for handlers outside Express that send the same headers
 * without running it per request. Only for middleware whose headers depend on nothing in the
 * request, as Telka's helmet settings do (no nonces).
 */
export function headersOf(middleware: Middleware): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {};
  const recorder = {
    setHeader(name: string, value: string | number | string[]) {
      headers[name.toLowerCase()] = value;
      return recorder;
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  let done = false;
  middleware({ headers: {} } as IncomingMessage, recorder as unknown as ServerResponse, (error) => {
    if (error) throw error instanceof Error ? error : new Error(String(error));
    done = true;
  });
  if (!done) throw new Error('the middleware did not set its headers at once');
  return headers;
}
