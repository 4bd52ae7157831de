import { beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from './test-app.js';

let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
});

describe('health', () => {
  it('answers /healthz and /readyz', async () => {
    expect(await (await fetch(`${app.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${app.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });
});

describe('GraphQL over HTTP', () => {
  it('answers a JSON POST with application/json', async () => {
    const response = await app.visitor().post(JSON.stringify({ query: '{ about { boardSize } }' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/(graphql-response\+)?json/);
    expect(await response.json()).toEqual({ data: { about: { boardSize: 13 } } });
  });

  it('refuses requests a browser could send cross-site without a preflight (CSRF)', async () => {
    const simple = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ about { boardSize } }')}`);
    expect(simple.status).toBe(400);
    const form = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ about { boardSize } }' }),
    });
    expect(form.status).toBe(400);
  });

  it('sends security headers', async () => {
    const response = await fetch(`${app.url}/healthz`);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'self'");
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('refuses bodies over 100 kB with 413', async () => {
    const response = await app
      .visitor()
      .post(JSON.stringify({ query: '{ about { boardSize } }', variables: { padding: 'x'.repeat(110_000) } }));
    expect(response.status).toBe(413);
  });

  it('answers malformed JSON with 400, not a crash', async () => {
    const response = await app.visitor().post('{"query": ');
    expect(response.status).toBe(400);
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  });

  it('refuses batched operations', async () => {
    const response = await app
      .visitor()
      .post(JSON.stringify([{ query: '{ about { boardSize } }' }, { query: '{ about { boardSize } }' }]));
    expect(response.status).toBe(400);
  });
});

describe('query limits', () => {
  const nest = (depth: number): string => (depth === 0 ? 'id' : `invitations { organisation { ${nest(depth - 1)} } }`);

  it('refuses queries deeper than 10 levels before running them', async () => {
    const result = await app.visitor().request(`{ organisation(slug: "x") { ${nest(6)} } }`);
    expect(result.errors?.[0]?.message).toMatch(/depth/i);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.data).toBeUndefined();
  });

  it('refuses more than 15 aliases', async () => {
    const aliases = Array.from({ length: 16 }, (_, i) => `a${i}: about { boardSize }`).join(' ');
    const result = await app.visitor().request(`{ ${aliases} }`);
    expect(result.errors?.[0]?.message).toMatch(/alias/i);
  });

  it('refuses queries above the cost limit', async () => {
    const fields =
      'id name slug description sector scope membership eldership { id code name } representatives { id role person { id displayName } }';
    const aliases = Array.from(
      { length: 15 },
      (_, i) => `a${i}: organisations(first: 100) { edges { node { ${fields} } } }`,
    ).join(' ');
    const result = await app.visitor().request(`{ ${aliases} }`);
    expect(result.errors?.[0]?.message).toMatch(/cost/i);
  });

  it('refuses overly long documents', async () => {
    const result = await app.visitor().request(`{ about { ${'boardSize '.repeat(2500)} } }`);
    expect(result.errors?.[0]?.message).toMatch(/token/i);
  });

  it('does not suggest field names to a prober', async () => {
    const result = await app.visitor().request(`{ organisaton { id } }`);
    expect(result.errors?.[0]?.message).not.toMatch(/did you mean/i);
  });
});
