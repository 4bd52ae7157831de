import http from 'node:http';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.js';

type RawResponse = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

/** node:http, not fetch: fetch would decompress and hide what went over the wire. */
function rawRequest(
  url: string,
  { method = 'GET', headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const request = http.request(url, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
      );
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

/** A built client as Vite leaves it: index.html and a fingerprinted chunk, each with .br and .gz beside it. */
function fakeBuiltClient(): { dir: string; indexHtml: string; script: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'telka-client-'));
  mkdirSync(path.join(dir, 'assets'));
  const indexHtml = `<!doctype html><html lang="lt"><head><script type="module" src="/assets/app-abc123.js"></script></head><body><div id="app"></div>${'<!-- padding -->'.repeat(100)}</body></html>`;
  const script = `export const greeting = ${JSON.stringify('Labas, bendruomene! '.repeat(300))};\n`;
  for (const [file, content] of [
    ['index.html', indexHtml],
    ['assets/app-abc123.js', script],
  ] as const) {
    writeFileSync(path.join(dir, file), content);
    writeFileSync(path.join(dir, `${file}.br`), brotliCompressSync(content));
    writeFileSync(path.join(dir, `${file}.gz`), gzipSync(content));
  }
  return { dir, indexHtml, script };
}

const client = fakeBuiltClient();
let app: TestApp;

beforeAll(async () => {
  app = await createTestApp({ clientDir: client.dir });
});
afterAll(() => rmSync(client.dir, { recursive: true, force: true }));

describe('the built client', () => {
  const script = '/assets/app-abc123.js';

  it('sends the brotli copy of a chunk to a browser that takes brotli, cached for good', async () => {
    const response = await rawRequest(app.url + script, { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(response.headers['content-length'])).toBe(response.body.length);
    expect(response.body.length).toBeLessThan(client.script.length / 5);
    expect(brotliDecompressSync(response.body).toString()).toBe(client.script);
  });

  it('sends the gzip copy to a browser that takes only gzip', async () => {
    const response = await rawRequest(app.url + script, { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    expect(gunzipSync(response.body).toString()).toBe(client.script);
  });

  it('sends the file as it is to a client that takes neither', async () => {
    const refusals: Record<string, string>[] = [
      {},
      { 'accept-encoding': 'identity' },
      { 'accept-encoding': 'br;q=0, gzip;q=0' },
    ];
    for (const headers of refusals) {
      const response = await rawRequest(app.url + script, { headers });
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.headers.vary).toMatch(/accept-encoding/i);
      expect(response.body.toString()).toBe(client.script);
    }
  });

  it('sends index.html compressed and asked for again each time, at / and at any client route', async () => {
    for (const route of ['/', '/organisations/some-community', '/initiatives?status=OPEN']) {
      const response = await rawRequest(app.url + route, { headers: { 'accept-encoding': 'br, gzip' } });
      expect(response.status, route).toBe(200);
      expect(response.headers['content-encoding'], route).toBe('br');
      expect(response.headers['content-type'], route).toMatch(/^text\/html/);
      expect(response.headers['cache-control'], route).toBe('no-cache');
      expect(response.headers.vary, route).toMatch(/accept-encoding/i);
      expect(response.headers['content-security-policy'], route).toContain("script-src 'self'");
      expect(brotliDecompressSync(response.body).toString(), route).toBe(client.indexHtml);
    }
    const plain = await rawRequest(`${app.url}/organisations`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(client.indexHtml);
  });

  it('answers a missing chunk with 404 rather than index.html', async () => {
    const response = await rawRequest(`${app.url}/assets/app-old999.js`, { headers: { 'accept-encoding': 'br' } });
    expect(response.status).toBe(404);
  });
});

describe('GraphQL answers', () => {
  const post = (query: string, headers: Record<string, string>) =>
    rawRequest(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query }),
    });
  // Tens of kilobytes: every type of the schema with its fields.
  const large = '{ __schema { types { name description fields { name description } } } }';

  it('come gzip-compressed above a kilobyte when the client takes gzip', async () => {
    const response = await post(large, { 'accept-encoding': 'gzip' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers.vary).toMatch(/accept-encoding/i);
    const json = gunzipSync(response.body);
    expect(json.length).toBeGreaterThan(10_000);
    expect(response.body.length).toBeLessThan(json.length / 3);
    expect(JSON.parse(json.toString()).data.__schema.types.length).toBeGreaterThan(20);
  });

  it('come brotli-compressed when the client takes brotli too', async () => {
    const response = await post(large, { 'accept-encoding': 'gzip, deflate, br' });
    expect(response.headers['content-encoding']).toBe('br');
    expect(JSON.parse(brotliDecompressSync(response.body).toString()).data.__schema.types.length).toBeGreaterThan(20);
  });

  it('come uncompressed when the client takes no compression', async () => {
    const response = await post(large, {});
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(response.body.toString()).data.__schema.types.length).toBeGreaterThan(20);
  });

  it('come uncompressed below a kilobyte, where compressing saves nothing', async () => {
    const response = await post('{ __typename }', { 'accept-encoding': 'gzip, br' });
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(response.body.toString())).toEqual({ data: { __typename: 'Query' } });
  });

  it('tell browsers and proxies to keep no copy', async () => {
    for (const query of [large, '{ __typename }', '{ nope }']) {
      const response = await post(query, { 'accept-encoding': 'gzip' });
      expect(response.headers['cache-control'], query).toBe('no-store');
    }
  });
});
