import autocannon from 'autocannon';
import { cpuMs } from './process-stats.js';
import type { GraphQLRequest } from './pages.js';

export type LoadResult = {
  /** Good answers a second. */
  requestsPerSecond: number;
  /** Latency of the 2xx answers (autocannon records no other). */
  p50Ms: number;
  p99Ms: number;
  /** Failed connections, timeouts, and answers that are not data (non-2xx, GraphQL errors). */
  errors: number;
};

/** A good answer carries data and no `errors` (Apollo answers 200 with errors for a failed field). */
const isGoodAnswer = (body: string) => body.startsWith('{"data":') && !body.includes('"errors":');

/** `connections` clients, each asking again as soon as it is answered, for `seconds`. */
export async function underLoad(
  url: string,
  request: GraphQLRequest,
  connections: number,
  seconds: number,
): Promise<LoadResult> {
  const result = await autocannon({
    url: `${url}/graphql`,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
    connections,
    duration: seconds,
    timeout: 30,
    verifyBody: (body) => isGoodAnswer(String(body)),
  });
  // Every answer's body is checked, whatever its status: a bad one (a 503, an error) is a mismatch.
  const answers = result['2xx'] + result.non2xx;
  return {
    requestsPerSecond: (answers - result.mismatches) / result.duration,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    errors: result.errors + result.mismatches,
  };
}

/**
 * One request, checked: the answer's `data`. Uncompressed, as the loads ask: fetch would
 * otherwise ask for brotli, which Telka does and the hand-written server does not.
 */
export async function ask(url: string, request: GraphQLRequest): Promise<unknown> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'accept-encoding': 'identity' },
    body: JSON.stringify(request),
  });
  const text = await response.text();
  if (!response.ok || !isGoodAnswer(text)) {
    throw new Error(`${request.operationName}: HTTP ${response.status} ${text.slice(0, 2_000)}`);
  }
  return (JSON.parse(text) as { data: unknown }).data;
}

/**
 * Node CPU per request with nothing else asked at once: the server process's user + system
 * time over `count` requests in sequence (fewer, at least 5, when they take longer than
 * `seconds` together: a slow search), divided by the requests made.
 */
export async function cpuPerRequest(
  pid: number,
  url: string,
  request: GraphQLRequest,
  limits: { count: number; seconds: number },
): Promise<number> {
  for (let i = 0; i < 3; i++) await ask(url, request); // warm: JIT, pool connections
  const before = await cpuMs(pid);
  const until = performance.now() + limits.seconds * 1000;
  let made = 0;
  while (made < limits.count && (made < 5 || performance.now() < until)) {
    await ask(url, request);
    made++;
  }
  return ((await cpuMs(pid)) - before) / made;
}
