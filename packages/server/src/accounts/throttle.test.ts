import { beforeAll, describe, expect, it } from 'vitest';
import { Factory, testPassword } from '../../test/factories.js';
import type { GraphQLResponse } from '../../test/graphql-client.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

const signIn = `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`;
const register = `mutation ($input: RegisterInput!) { register(input: $input) { email } }`;
const limits = {
  signIn: { perAccount: 5, perAddress: 8, windowSeconds: 60 },
  registration: { perAddress: 3, windowSeconds: 3600 },
};

let app: TestApp;
let factory: Factory;
let nextAddress = 1;

beforeAll(async () => {
  // Behind a trusted proxy each test speaks from an address of its own, so counters never mix.
  app = await createTestApp({ trustProxy: true }, { throttleLimits: limits });
  factory = new Factory(app.orm);
});

/** A client at a fresh address (the proxy's `X-Forwarded-For`). */
function clientAt(address = `192.0.2.${nextAddress++}`) {
  const client = app.client();
  return {
    address,
    async request(query: string, variables: Record<string, unknown>): Promise<GraphQLResponse> {
      const response = await client.post(JSON.stringify({ query, variables }), { 'x-forwarded-for': address });
      return (await response.json()) as GraphQLResponse;
    },
  };
}

const codeOf = (result: GraphQLResponse) =>
  result.errors?.[0]?.extensions?.fields?.[0]?.field === 'password'
    ? 'WRONG_CREDENTIALS'
    : (result.errors?.[0]?.extensions?.code ?? 'OK');

describe('sign-in throttle', () => {
  it('evaluates at most the limit of 40 parallel wrong passwords, then refuses the right one too', async () => {
    const user = await factory.user();
    // Each attempt from its own address, so only the account's counter decides.
    const answers = await Promise.all(
      Array.from({ length: 40 }, () => clientAt().request(signIn, { input: { email: user.email, password: 'guess' } })),
    );
    const codes = answers.map(codeOf);
    // Every WRONG_CREDENTIALS is one argon2 verification; the rest were refused before it.
    expect(codes.filter((code) => code === 'WRONG_CREDENTIALS')).toHaveLength(limits.signIn.perAccount);
    expect(codes.filter((code) => code === 'TOO_MANY_REQUESTS')).toHaveLength(40 - limits.signIn.perAccount);

    const right = await clientAt().request(signIn, { input: { email: user.email, password: testPassword } });
    expect(right.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(right.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(right.errors?.[0]?.extensions?.retryAfterSeconds).toBeLessThanOrEqual(limits.signIn.windowSeconds);
  });

  it('evaluates at most the limit of parallel guesses from one address across many accounts', async () => {
    const client = clientAt();
    const users = await Promise.all(Array.from({ length: 20 }, () => factory.user()));
    const answers = await Promise.all(
      users.map((user) => client.request(signIn, { input: { email: user.email, password: 'guess' } })),
    );
    expect(answers.map(codeOf).filter((code) => code === 'WRONG_CREDENTIALS')).toHaveLength(limits.signIn.perAddress);
  });

  it('forgets an account’s failures once its password is given', async () => {
    const user = await factory.user();
    // From a fresh address each time, so only the account's counter decides.
    const attempt = (password: string) => clientAt().request(signIn, { input: { email: user.email, password } });
    for (let i = 1; i < limits.signIn.perAccount; i++) expect(codeOf(await attempt('guess'))).toBe('WRONG_CREDENTIALS');
    expect(codeOf(await attempt(testPassword))).toBe('OK');
    for (let i = 1; i < limits.signIn.perAccount; i++) expect(codeOf(await attempt('guess'))).toBe('WRONG_CREDENTIALS');
    expect(codeOf(await attempt(testPassword))).toBe('OK');
  });

  it('does not count successful sign-ins against a shared address', async () => {
    // An office behind one address: more people sign in than the address may fail.
    const office = clientAt();
    const users = await Promise.all(Array.from({ length: limits.signIn.perAddress + 2 }, () => factory.user()));
    for (const user of users) {
      expect(codeOf(await office.request(signIn, { input: { email: user.email, password: testPassword } }))).toBe('OK');
    }
  });

  it('keys accounts so that the longest e-mail address is refused like any other', async () => {
    const email = `${'a'.repeat(64)}@${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(56)}.test`;
    expect(email).toHaveLength(254);
    const result = await clientAt().request(signIn, { input: { email, password: 'whatever it is' } });
    expect(codeOf(result)).toBe('WRONG_CREDENTIALS');
  });
});

describe('registration throttle', () => {
  const newPerson = () => ({
    email: `new-${Math.random().toString(36).slice(2)}@example.test`,
    password: 'a long password',
    displayName: 'Naujas',
  });

  it('refuses registrations from one address beyond its limit, with the time to wait, and creates nothing', async () => {
    const client = clientAt();
    for (let i = 0; i < limits.registration.perAddress; i++) {
      expect(codeOf(await client.request(register, { input: newPerson() }))).toBe('OK');
    }
    const refused = newPerson();
    const answer = await client.request(register, { input: refused });
    expect(answer.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(answer.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect(answer.errors?.[0]?.extensions?.retryAfterSeconds).toBeLessThanOrEqual(limits.registration.windowSeconds);
    expect(await app.orm.em.getKnex()('app_user').where('email', refused.email).first()).toBeUndefined();

    // Another address is not held back.
    expect(codeOf(await clientAt().request(register, { input: newPerson() }))).toBe('OK');
  });

  it('holds parallel registrations from one address to the limit', async () => {
    const client = clientAt();
    const answers = await Promise.all(
      Array.from({ length: 10 }, () => client.request(register, { input: newPerson() })),
    );
    expect(answers.map(codeOf).filter((code) => code === 'OK')).toHaveLength(limits.registration.perAddress);
  });

  it('counts registrations for taken addresses too, so the answer reveals nothing', async () => {
    const existing = await factory.user();
    const client = clientAt();
    for (let i = 0; i < limits.registration.perAddress; i++) {
      expect(codeOf(await client.request(register, { input: { ...newPerson(), email: existing.email } }))).toBe('OK');
    }
    expect(codeOf(await client.request(register, { input: newPerson() }))).toBe('TOO_MANY_REQUESTS');
  });
});
