import { readFile, rm } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { freePort, startProcess, temporaryDataDir } from '../test/processes.js';

/**
 * A call deadline on the real server: `--readers` people browsing and `--writers` people
 * commenting, each waiting for an answer before asking again (and honouring Retry-After), for
 * `--seconds`. Starts the built server on a fresh embedded PostgreSQL with the demo data,
 * and prints a Markdown report: answers by kind, latency percentiles, writes acknowledged against
 * writes present in the database, and the server's memory before and after.
 *   pnpm load -- --readers 200 --writers 20 --seconds 60      (at the repository root)
 */
const { values } = parseArgs({
  options: {
    readers: { type: 'string', default: '200' },
    writers: { type: 'string', default: '20' },
    seconds: { type: 'string', default: '60' },
    'client-timeout-ms': { type: 'string', default: '10000' },
  },
});
const readers = Number(values.readers);
const writers = Number(values.writers);
const durationMs = Number(values.seconds) * 1000;
const clientTimeoutMs = Number(values['client-timeout-ms']);

const dataDir = await temporaryDataDir('telka-load-');
const databasePort = await freePort();
const port = await freePort();
const url = `http://127.0.0.1:${port}`;

// The built server, as `npm start` runs it (`pnpm load` at the root builds it when stale).
const server = startProcess(process.execPath, ['dist/main.js', '--seed'], {
  PORT: String(port),
  HOST: '127.0.0.1',
  DATABASE_URL: '',
  TELKA_DATA_DIR: dataDir,
  TELKA_EMBEDDED_PG_PORT: String(databasePort),
  TELKA_CLIENT_DIR: '/nonexistent',
  LOG_LEVEL: 'warn',
});

type Outcome = { kind: string; ms: number; write: boolean };
const outcomes: Outcome[] = [];
const acknowledged = new Set<string>();
const marker = `load-${Date.now().toString(36)}`;

try {
  await untilReady();
  const rssBefore = await rssOf(server.child.pid!);
  const { initiativeIds, slugs } = await publishedInitiatives();
  // One after another: parallel sign-ins to one account would meet its throttle.
  const sessions: string[] = [];
  for (let i = 0; i < writers; i += 1) sessions.push(await signIn('atstove@telka.demo'));

  const endAt = Date.now() + durationMs;
  const readQueries = [
    {
      query:
        '{ initiatives(first: 20) { totalCount edges { node { id title status endorsementCount commentCount } } } }',
    },
    { query: '{ organisations(first: 50) { edges { node { id name sector membership } } } }' },
    {
      query:
        'query ($slug: String) { initiative(slug: $slug) { id title body comments(first: 5) { edges { node { id body } } } } }',
      variables: () => ({ slug: slugs[Math.floor(Math.random() * slugs.length)] }),
    },
  ];
  const reader = async () => {
    for (let i = 0; Date.now() < endAt; i += 1) {
      const { query, variables } = readQueries[i % readQueries.length]!;
      await send({ query, variables: variables?.() }, undefined, false);
    }
  };
  const writer = async (writerIndex: number) => {
    for (let n = 0; Date.now() < endAt; n += 1) {
      const body = `${marker} ${writerIndex}-${n}: Pritariame, ši iniciatyva svarbi mūsų seniūnijai.`;
      const initiativeId = initiativeIds[(writerIndex + n) % initiativeIds.length];
      const data = await send(
        {
          query: 'mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }',
          variables: { input: { initiativeId, body } },
        },
        sessions[writerIndex],
        true,
      );
      if (data) acknowledged.add(body);
    }
  };
  await Promise.all([
    ...Array.from({ length: readers }, () => reader()),
    ...Array.from({ length: writers }, (_, index) => writer(index)),
  ]);

  // Requests the server was still finishing when their clients gave up: wait until none is left.
  await untilDatabaseIdle();
  const rssAfter = await rssOf(server.child.pid!);
  const present = await presentComments();
  report({ rssBefore, rssAfter, present, serverAlive: server.child.exitCode === null });
} finally {
  await server.stop();
  await rm(dataDir, { recursive: true, force: true });
}

/** One request; returns the data when it succeeded, and records how it ended. */
async function send(
  body: { query: string; variables?: unknown },
  cookie: string | undefined,
  write: boolean,
): Promise<Record<string, unknown> | undefined> {
  const started = performance.now();
  const record = (kind: string) => outcomes.push({ kind, ms: performance.now() - started, write });
  let response: Response;
  try {
    response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(clientTimeoutMs),
    });
  } catch (error) {
    record(error instanceof Error && error.name === 'TimeoutError' ? 'client timeout' : 'network error');
    return undefined;
  }
  let result: { data?: Record<string, unknown> | null; errors?: { extensions?: { code?: string } }[] };
  try {
    result = (await response.json()) as typeof result;
  } catch {
    record(`HTTP ${response.status}, body not JSON`);
    return undefined;
  }
  if (response.status === 503) {
    const retryAfter = Number(response.headers.get('retry-after'));
    record(retryAfter > 0 ? '503 with Retry-After' : '503 without Retry-After');
    // A well-behaved client waits as told (with jitter, so the crowd does not return at once).
    await new Promise((resolve) => setTimeout(resolve, (retryAfter || 1) * 1000 * (0.5 + Math.random())));
    return undefined;
  }
  const code = result.errors?.[0]?.extensions?.code;
  if (response.status !== 200 || code) {
    record(`HTTP ${response.status} ${code ?? ''}`.trim());
    return undefined;
  }
  record('ok');
  return result.data ?? undefined;
}

async function untilReady(): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null) throw new Error(`the server exited:\n${server.output()}`);
    const ready = await fetch(`${url}/readyz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the server did not become ready:\n${server.output()}`);
}

async function publishedInitiatives(): Promise<{ initiativeIds: string[]; slugs: string[] }> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ initiatives(first: 20) { edges { node { id slug } } } }' }),
  });
  const { data } = (await response.json()) as {
    data: { initiatives: { edges: { node: { id: string; slug: string } }[] } };
  };
  const nodes = data.initiatives.edges.map((edge) => edge.node);
  return { initiativeIds: nodes.map((node) => node.id), slugs: nodes.map((node) => node.slug) };
}

async function signIn(email: string): Promise<string> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: 'mutation ($input: SignInInput!) { signIn(input: $input) { id } }',
      variables: { input: { email, password: 'telka-demo-2026' } },
    }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!cookie) throw new Error(`signing in as ${email} failed: ${await response.text()}`);
  return cookie;
}

function databaseClient(): pg.Client {
  return new pg.Client({ connectionString: `postgres://postgres:telka-embedded@127.0.0.1:${databasePort}/telka` });
}

async function untilDatabaseIdle(): Promise<void> {
  const client = databaseClient();
  await client.connect();
  try {
    for (;;) {
      const { rows } = await client.query<{ busy: number }>(
        `select count(*)::int as busy from pg_stat_activity
          where datname = 'telka' and pid <> pg_backend_pid() and state <> 'idle'`,
      );
      if (rows[0]?.busy === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await client.end();
  }
}

/** The load's comments that the database holds, read straight from PostgreSQL. */
async function presentComments(): Promise<Set<string>> {
  const client = databaseClient();
  await client.connect();
  try {
    const { rows } = await client.query<{ body: string }>('select body from comment where body like $1', [
      `${marker} %`,
    ]);
    return new Set(rows.map((row) => row.body));
  } finally {
    await client.end();
  }
}

async function rssOf(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

function percentile(sorted: number[], p: number): string {
  if (!sorted.length) return '–';
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!.toFixed(0);
}

function report(end: { rssBefore: number; rssAfter: number; present: Set<string>; serverAlive: boolean }): void {
  const lines: string[] = [];
  lines.push(
    `${readers} readers + ${writers} writers for ${durationMs / 1000} s, client timeout ${clientTimeoutMs} ms`,
  );
  lines.push('', '| answers | reads | writes |', '| --- | --- | --- |');
  const kinds = [...new Set(outcomes.map((o) => o.kind))].sort();
  for (const kind of kinds) {
    const reads = outcomes.filter((o) => o.kind === kind && !o.write).length;
    const written = outcomes.filter((o) => o.kind === kind && o.write).length;
    lines.push(`| ${kind} | ${reads} | ${written} |`);
  }
  lines.push('', '| latency of answered requests (ms) | p50 | p99 |', '| --- | --- | --- |');
  for (const [label, write] of [
    ['reads', false],
    ['writes', true],
  ] as const) {
    const sorted = outcomes
      .filter((o) => o.kind === 'ok' && o.write === write)
      .map((o) => o.ms)
      .sort((a, b) => a - b);
    lines.push(`| ${label} | ${percentile(sorted, 50)} | ${percentile(sorted, 99)} |`);
  }
  const committedUnanswered = [...end.present].filter((body) => !acknowledged.has(body)).length;
  const acknowledgedMissing = [...acknowledged].filter((body) => !end.present.has(body)).length;
  lines.push(
    '',
    `- writes acknowledged: ${acknowledged.size}; present in the database: ${end.present.size}`,
    `- acknowledged but missing: ${acknowledgedMissing}; committed without an answer: ${committedUnanswered}`,
    `- server RSS before: ${end.rssBefore.toFixed(0)} MiB, after: ${end.rssAfter.toFixed(0)} MiB; alive: ${end.serverAlive}`,
  );
  const failures = outcomes.filter((o) => o.kind !== 'ok' && o.kind !== '503 with Retry-After').length;
  lines.push(`- requests that failed other than with 503 + Retry-After: ${failures}`);
  console.log(lines.join('\n'));
}
