import { beforeAll, describe, expect, it } from 'vitest';
import { Factory, testPassword } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

const register = `mutation ($input: RegisterInput!) { register(input: $input) { id email displayName role locale } }`;
const signIn = `mutation ($input: SignInInput!) { signIn(input: $input) { id email } }`;
const me = `{ me { id email displayName role affiliations { role organisation { name } } } }`;

let app: TestApp;
let factory: Factory;

beforeAll(async () => {
  app = await createTestApp({}, { signInLimits: { perAccount: 3, perAddress: 1000, windowSeconds: 60 } });
  factory = new Factory(app.orm);
});

describe('registration and sessions', () => {
  it('registers, signs the new person in with an httpOnly cookie, and knows them as `me`', async () => {
    const client = app.client();
    const response = await client.post(
      JSON.stringify({
        query: register,
        variables: { input: { email: 'Ona@Example.test', password: 'a long password', displayName: 'Ona' } },
      }),
    );
    expect(response.headers.get('set-cookie')).toMatch(/telka_session=.+; .*HttpOnly/i);
    expect(response.headers.get('set-cookie')).toMatch(/SameSite=Lax/i);
    const { data } = (await response.json()) as { data: { register: { email: string; role: string; locale: string } } };
    expect(data.register).toMatchObject({ email: 'ona@example.test', role: 'USER', locale: 'lt' });

    const { me: viewer } = await client.data<{ me: { email: string } }>(me);
    expect(viewer.email).toBe('ona@example.test');
  });

  it('stores an argon2id hash, never the password', async () => {
    await app
      .visitor()
      .data(register, { input: { email: 'hash@example.test', password: 'another long one', displayName: 'H' } });
    const [row] = await app.orm.em.getKnex()('app_user').select('password_hash').where('email', 'hash@example.test');
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain('another long one');
  });

  it('refuses a second account for the same e-mail, whatever its case', async () => {
    const input = { email: 'dup@example.test', password: 'a long password', displayName: 'A' };
    await app.visitor().data(register, { input });
    const result = await app.visitor().request(register, { input: { ...input, email: 'DUP@example.test' } });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'email', code: 'EMAIL_TAKEN' }],
    });
  });

  it('names every invalid field and writes nothing', async () => {
    const result = await app
      .visitor()
      .request(register, { input: { email: 'not-an-email', password: 'short', displayName: '' } });
    const error = result.errors?.[0];
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.fields?.map((f) => f.field).sort()).toEqual(['displayName', 'email', 'password']);
    // Each problem carries a stable code, so the client can word it in the reader's language.
    expect(error?.extensions?.fields).toContainEqual(
      expect.objectContaining({ field: 'email', code: 'INVALID_EMAIL' }),
    );
    expect(error?.extensions?.fields).toContainEqual(expect.objectContaining({ field: 'password', code: 'LENGTH' }));
    expect(await app.orm.em.getKnex()('app_user').where('email', 'not-an-email').first()).toBeUndefined();
  });

  it('signs in with the right password only, and signs out', async () => {
    const user = await factory.user();
    const wrong = await app.visitor().request(signIn, { input: { email: user.email, password: 'wrong password' } });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'password', code: 'WRONG_CREDENTIALS' }],
    });

    const client = await app.client().signIn(user.email.toUpperCase(), testPassword);
    expect((await client.data<{ me: { id: string } }>(me)).me.id).toBe(user.id);

    const cookie = client.cookie;
    expect(await client.data(`mutation { signOut }`)).toEqual({ signOut: true });
    expect((await client.data(me)).me).toBeNull();
    // The old cookie is dead on the server too, not only forgotten by the browser.
    const replay = app.client();
    replay.cookie = cookie;
    expect((await replay.data(me)).me).toBeNull();
  });

  it('throttles repeated failed sign-ins for an account, even with the right password after', async () => {
    const user = await factory.user();
    for (let attempt = 0; attempt < 3; attempt++) {
      await app.visitor().request(signIn, { input: { email: user.email, password: 'guess' } });
    }
    const blocked = await app.visitor().request(signIn, { input: { email: user.email, password: testPassword } });
    expect(blocked.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(blocked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('takes the same path for unknown e-mail addresses as for wrong passwords', async () => {
    const result = await app
      .visitor()
      .request(signIn, { input: { email: 'nobody@example.test', password: 'whatever it is' } });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: [{ field: 'password' }] });
  });
});

describe('the own account', () => {
  it('changes the password, signing out other sessions but not this one', async () => {
    const user = await factory.user();
    const here = await app.client().signIn(user.email, testPassword);
    const elsewhere = await app.client().signIn(user.email, testPassword);

    const change = `mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`;
    const wrong = await here.request(change, {
      input: { currentPassword: 'not it at all', newPassword: 'a brand new password' },
    });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: [{ field: 'currentPassword' }],
    });

    await here.data(change, { input: { currentPassword: testPassword, newPassword: 'a brand new password' } });
    expect((await here.data(me)).me?.id).toBe(user.id);
    expect((await elsewhere.data(me)).me).toBeNull();
    await app.client().signIn(user.email, 'a brand new password');
  });

  it('updates the name and language', async () => {
    const client = await factory.signedIn(app);
    const { updateProfile } = await client.data(
      `mutation { updateProfile(input: { displayName: "Jonas", locale: en }) { displayName locale } }`,
    );
    expect(updateProfile).toEqual({ displayName: 'Jonas', locale: 'en' });
  });

  it('shows the organisations a person belongs to', async () => {
    const organisation = await factory.organisation({ name: 'Gilučių bendruomenė' });
    const client = await factory.signedIn(app, { represents: [organisation] });
    const { me: viewer } = await client.data(me);
    expect(viewer.affiliations).toEqual([{ role: 'REPRESENTATIVE', organisation: { name: 'Gilučių bendruomenė' } }]);
  });
});
