import { beforeAll, describe, expect, it } from 'vitest';
import { Factory, testPassword } from '../../test/factories.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';

const register = `mutation ($input: RegisterInput!) { register(input: $input) { email } }`;
const signIn = `mutation ($input: SignInInput!) { signIn(input: $input) { id email } }`;
const me = `{ me { id email displayName role affiliations { role organisation { name } } } }`;

let app: TestApp;
let factory: Factory;

beforeAll(async () => {
  // Throttles have their own tests (throttle.test.ts); here they only must not get in the way.
  app = await createTestApp(
    {},
    {
      throttleLimits: {
        signIn: { perAccount: 1000, perAddress: 1000, windowSeconds: 60 },
        registration: { perAddress: 1000, windowSeconds: 60 },
      },
    },
  );
  factory = new Factory(app.orm);
});

describe('registration and sessions', () => {
  it('registers without starting a session; the new person then signs in with an httpOnly cookie', async () => {
    const client = app.client();
    const response = await client.post(
      JSON.stringify({
        query: register,
        variables: { input: { email: 'Ona@Example.test', password: 'a long password', displayName: 'Ona' } },
      }),
    );
    // A session here would tell a new address from a taken one, whose answer starts none.
    expect(response.headers.get('set-cookie')).toBeNull();
    const { data } = (await response.json()) as { data: { register: { email: string } } };
    expect(data.register).toEqual({ email: 'ona@example.test' });
    expect((await client.data(me)).me).toBeNull();

    const signedIn = await client.post(
      JSON.stringify({
        query: signIn,
        variables: { input: { email: 'ona@example.test', password: 'a long password' } },
      }),
    );
    expect(signedIn.headers.get('set-cookie')).toMatch(/telka_session=.+; .*HttpOnly/i);
    expect(signedIn.headers.get('set-cookie')).toMatch(/SameSite=Lax/i);
    const { me: viewer } = await client.data<{ me: { email: string; role: string } }>(me);
    expect(viewer).toMatchObject({ email: 'ona@example.test', role: 'USER' });
  });

  it('stores an argon2id hash, never the password', async () => {
    await app
      .visitor()
      .data(register, { input: { email: 'hash@example.test', password: 'another long one', displayName: 'H' } });
    const [row] = await app.orm.em.getKnex()('app_user').select('password_hash').where('email', 'hash@example.test');
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect(row.password_hash).not.toContain('another long one');
  });

  it('answers a taken address exactly as a new one, changing nothing for the holder', async () => {
    const holder = await factory.user({ displayName: 'Tikroji savininkė' });
    const holderSession = await app.client().signIn(holder.email, testPassword);
    const knex = app.orm.em.getKnex();
    const before = await knex('app_user').where('id', holder.id).first();
    const audited = async () => (await knex('audit_entry').count({ n: '*' }).first())?.n;
    const auditedBefore = await audited();

    const taken = app.client();
    const takenResponse = await taken.post(
      JSON.stringify({
        query: register,
        variables: {
          input: { email: holder.email.toUpperCase(), password: 'the prober’s password', displayName: 'X' },
        },
      }),
    );
    expect(await audited()).toBe(auditedBefore);
    const fresh = app.client();
    const freshResponse = await fresh.post(
      JSON.stringify({
        query: register,
        variables: { input: { email: 'fresh@example.test', password: 'the prober’s password', displayName: 'X' } },
      }),
    );
    const shape = async (response: Response) => ({
      status: response.status,
      cookie: response.headers.get('set-cookie'),
      body: JSON.stringify(await response.json()).replace(/"email":"[^"]*"/, '"email":…'),
    });
    expect(await shape(takenResponse)).toEqual(await shape(freshResponse));

    // The holder's account, password and session are as they were.
    expect(await knex('app_user').where('id', holder.id).first()).toEqual(before);
    expect(await knex('app_user').whereRaw('lower(email) = ?', [holder.email])).toHaveLength(1);
    expect((await holderSession.data<{ me: { id: string } }>(me)).me.id).toBe(holder.id);
    expect(
      await app.visitor().errorCode(signIn, { input: { email: holder.email, password: 'the prober’s password' } }),
    ).toBe('BAD_USER_INPUT');
    await app.client().signIn(holder.email, testPassword);
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
