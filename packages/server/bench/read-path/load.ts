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

/** A server process to measure: where to ask, and whose CPU to read. */
export type MeasuredServer = { pid: number; url: string };

/**
 * Node CPU per request of each server with nothing else asked at once: the process's user +
 * system time over `count` requests in sequence, divided by the requests made. The servers take
 * turns, `rounds` times, so a change in the shared machine's load while measuring falls on each
 * alike rather than on whichever came second. A round stops early when it runs past its share of
 * `seconds` (a slow search), after at least one request.
 */
export async function cpuPerRequest(
  servers: MeasuredServer[],
  request: GraphQLRequest,
  limits: { count: number; seconds: number },
  rounds = 5,
): Promise<number[]> {
  for (const server of servers) for (let i = 0; i < 3; i++) await ask(server.url, request); // warm: JIT, pool
  const spent = servers.map(() => ({ cpuMs: 0, requests: 0 }));
  const perRound = Math.max(1, Math.ceil(limits.count / rounds));
  for (let round = 0; round < rounds; round++) {
    for (const [index, server] of servers.entries()) {
      const before = await cpuMs(server.pid);
      const until = performance.now() + (limits.seconds * 1000) / rounds;
      let made = 0;
      while (made < perRound && (made < 1 || performance.now() < until)) {
        await ask(server.url, request);
        made++;
      }
      spent[index]!.cpuMs += (await cpuMs(server.pid)) - before;
      spent[index]!.requests += made;
    }
  }
  return spent.map(({ cpuMs, requests }) => cpuMs / requests);
}
