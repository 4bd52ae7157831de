import http from 'node:http';
import pg from 'pg';
import { handWrittenQueries } from './read-path/hand-written-sql.js';

/**
 * The bench's comparator: the least a server can do for the same pages. A plain node:http
 * server with a pg Pool that answers each page's GraphQL request with the JSON Telka returns,
 * built by one hand-written SQL statement and passed on as text, never parsed in Node. Started
 * by bench/read-path.ts as a child process: DATABASE_URL, PORT (0: any; the port is printed as
 * `listening <port>`), DB_POOL_SIZE (Telka's default pool of 10).
 */
const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DB_POOL_SIZE ?? 10),
});

type GraphQLBody = { operationName?: string; variables?: Record<string, unknown> };

async function answer(body: GraphQLBody): Promise<{ status: number; json: string }> {
  const query = body.operationName ? handWrittenQueries[body.operationName] : undefined;
  if (!query) return { status: 400, json: JSON.stringify({ errors: [{ message: 'unknown operation' }] }) };
  let params: unknown[];
  try {
    params = query.params(body.variables ?? {});
  } catch (error) {
    return { status: 400, json: JSON.stringify({ errors: [{ message: (error as Error).message }] }) };
  }
  const { rows } = await pool.query<{ json: string }>(query.sql, params);
  return { status: 200, json: `{"data":${rows[0]!.json}}` };
}

const server = http.createServer((request, response) => {
  if (request.method === 'GET' && request.url === '/readyz') {
    pool.query('select 1').then(
      () => response.writeHead(200, { 'content-type': 'text/plain' }).end('ready'),
      () => response.writeHead(503, { 'content-type': 'text/plain' }).end('database unavailable'),
    );
    return;
  }
  if (request.method !== 'POST' || request.url !== '/graphql') {
    response.writeHead(404).end();
    return;
  }
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  request.on('end', () => {
    Promise.resolve()
      .then(() => answer(JSON.parse(Buffer.concat(chunks).toString('utf8')) as GraphQLBody))
      .then(
        ({ status, json }) => response.writeHead(status, { 'content-type': 'application/json' }).end(json),
        (error: unknown) =>
          response
            .writeHead(500, { 'content-type': 'application/json' })
            .end(JSON.stringify({ errors: [{ message: (error as Error).message }] })),
      );
  });
});

server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => {
  console.log(`listening ${(server.address() as { port: number }).port}`);
});

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    server.close();
    server.closeAllConnections();
    void pool.end().finally(() => process.exit(0));
  });
}
