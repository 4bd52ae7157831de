import { beforeAll, describe, expect, it } from 'vitest';
import { Factory, testPassword } from '../../test/factories.js';
import type { GraphQLClient } from '../../test/graphql-client.js';
import { startMailSink, type MailSink } from '../../test/mail-sink.js';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { PlatformRole } from './account.enums.js';
import { User } from './user.entity.js';

const requestReset = `mutation ($email: String!) { requestPasswordReset(email: $email) { email } }`;
const resetPassword = `mutation ($token: String!, $password: String!) {
  resetPassword(token: $token, newPassword: $password) { id email }
}`;
const verifyEmail = `mutation ($token: String!) { verifyEmail(token: $token) { email changed } }`;
const changeEmail = `mutation ($email: String!, $password: String!) {
  changeEmail(newEmail: $email, currentPassword: $password) { email pendingEmail emailVerified }
}`;
const me = `{ me { id email emailVerified pendingEmail } }`;
const signIn = `mutation ($input: SignInInput!) { signIn(input: $input) { id } }`;

const resetLimit = 2;
let app: TestApp;
let sink: MailSink;
let factory: Factory;

beforeAll(async () => {
  sink = await startMailSink();
  app = await createTestApp(
    { smtpUrl: sink.url, publicUrl: 'https://telka.example', runJobs: true },
    {
      throttleLimits: {
        signIn: { perAccount: 1000, perAddress: 1000, windowSeconds: 60 },
        registration: { perAddress: 1000, windowSeconds: 60 },
        passwordReset: { perAccount: resetLimit, perAddress: 1000, windowSeconds: 3600 },
        accountMail: { perAccount: 1000, windowSeconds: 60 },
      },
    },
  );
  factory = new Factory(app.orm);
});

/** The token at the end of the link to `page` in the mail. */
function tokenIn(mail: Awaited<ReturnType<MailSink['next']>>, page: string): string {
  return sink.link(mail, `https://telka.example/${page}/`).split('/').pop()!;
}

async function resetToken(email: string): Promise<string> {
  const before = sink.received.length;
  await app.visitor().data(requestReset, { email });
  const mail = await sink.next(email, /Slaptažodžio keitimas|Resetting your password/);
  expect(sink.received.length).toBeGreaterThan(before - 1);
  // Each test's mail is looked for once: forget it so the next request's mail is the one found.
  sink.received.splice(sink.received.indexOf(mail), 1);
  return tokenIn(mail, 'reset-password');
}

const fieldProblem = async (client: GraphQLClient, query: string, variables: Record<string, unknown>) => {
  const result = await client.request(query, variables);
  return (result.errors?.[0]?.extensions?.fields as { field: string; code: string }[] | undefined)?.[0];
};

describe('password reset', () => {
  it('sends a single-use link; the new password works, the old does not, other sessions end, this browser is signed in', async () => {
    const user = await factory.user({ displayName: 'Rasa' });
    const elsewhere = await app.client().signIn(user.email, testPassword);

    await app.visitor().data(requestReset, { email: user.email.toUpperCase() });
    const mail = await sink.next(user.email, /Slaptažodžio keitimas/);
    expect(mail.text).toContain('Sveiki, Rasa,');
    expect(mail.text).toContain('vieną valandą');
    const token = tokenIn(mail, 'reset-password');
    // Only the token's SHA-256 is kept.
    const rows = await app.orm.em.getKnex()('account_token').where('user_id', user.id);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(token);

    const browser = app.client();
    const { resetPassword: person } = await browser.data<{ resetPassword: { id: string } }>(resetPassword, {
      token,
      password: 'a brand new password',
    });
    expect(person.id).toBe(user.id);
    expect((await browser.data<{ me: { id: string } }>(me)).me.id).toBe(user.id);
    expect((await elsewhere.data(me)).me).toBeNull();

    expect(await fieldProblem(app.visitor(), signIn, { input: { email: user.email, password: testPassword } })).toEqual(
      expect.objectContaining({ code: 'WRONG_CREDENTIALS' }),
    );
    await app.client().signIn(user.email, 'a brand new password');

    expect(await fieldProblem(app.client(), resetPassword, { token, password: 'yet another password' })).toEqual(
      expect.objectContaining({ field: 'token', code: 'LINK_USED' }),
    );
    const audited = await app.orm.em
      .getKnex()('audit_entry')
      .where({ entity_id: user.id, action: 'user.resetPassword' });
    expect(audited).toHaveLength(1);
    expect(audited[0].actor_id).toBe(user.id);
  });

  it('refuses an expired link, an unknown one, and a link older than the password, changing nothing', async () => {
    const user = await factory.user();
    const expired = await resetToken(user.email);
    await app.orm.em
      .getKnex()
      .raw(
        `update account_token set created_at = now() - interval '2 hours', expires_at = now() - interval '1 hour' where user_id = ?`,
        [user.id],
      );
    expect(
      await fieldProblem(app.client(), resetPassword, { token: expired, password: 'a brand new password' }),
    ).toEqual(expect.objectContaining({ field: 'token', code: 'LINK_EXPIRED' }));
    expect(
      await fieldProblem(app.client(), resetPassword, { token: 'not-a-real-token', password: 'a brand new password' }),
    ).toEqual(expect.objectContaining({ field: 'token', code: 'LINK_UNKNOWN' }));

    // The password changed otherwise: the link sent for the old one dies.
    const stale = await resetToken(user.email);
    const signedIn = await app.client().signIn(user.email, testPassword);
    await signedIn.data(`mutation ($input: ChangePasswordInput!) { changePassword(input: $input) }`, {
      input: { currentPassword: testPassword, newPassword: 'changed the usual way' },
    });
    expect(await fieldProblem(app.client(), resetPassword, { token: stale, password: 'a brand new password' })).toEqual(
      expect.objectContaining({ field: 'token', code: 'LINK_USED' }),
    );
    await app.client().signIn(user.email, 'changed the usual way');
  });

  it('checks the new password by the rules of registration', async () => {
    const user = await factory.user();
    const token = await resetToken(user.email);
    expect(await fieldProblem(app.client(), resetPassword, { token, password: 'short' })).toEqual(
      expect.objectContaining({ field: 'newPassword', code: 'LENGTH' }),
    );
    await app.client().data(resetPassword, { token, password: 'long enough now' });
  });

  it('answers an unknown address exactly as a known one, and sends it nothing', async () => {
    const user = await factory.user();
    const ask = async (email: string) => {
      const response = await app.client().post(JSON.stringify({ query: requestReset, variables: { email } }));
      return {
        status: response.status,
        cookie: response.headers.get('set-cookie'),
        body: JSON.stringify(await response.json()).replace(/"email":"[^"]*"/, '"email":…'),
      };
    };
    const unknown = await ask('nobody-here@example.test');
    const known = await ask(user.email);
    expect(unknown).toEqual(known);
    await sink.next(user.email, /Slaptažodžio keitimas/);
    // The unknown address's job ran before the known one's mail was sent (one queue, in order) or beside it.
    await expect.poll(() => app.orm.em.getKnex()('graphile_worker.jobs').count({ n: '*' }).first()).toEqual({ n: '0' });
    expect(sink.received.filter((mail) => JSON.stringify(mail.to).includes('nobody-here'))).toHaveLength(0);
    expect(await app.orm.em.getKnex()('outgoing_mail').where('recipient', 'nobody-here@example.test')).toHaveLength(0);
  });

  it('refuses requests for one address beyond the limit, whether or not it has an account', async () => {
    for (const email of [(await factory.user()).email, 'nobody-either@example.test']) {
      for (let i = 0; i < resetLimit; i++) await app.visitor().data(requestReset, { email });
      const refused = await app.visitor().request(requestReset, { email });
      expect(refused.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
      expect(refused.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    }
  });
});

describe('e-mail verification', () => {
  it('sends a link at registration that confirms the address, once', async () => {
    const email = 'naujoke@example.test';
    await app.visitor().data(`mutation ($input: RegisterInput!) { register(input: $input) { email } }`, {
      input: { email, password: 'a long password', displayName: 'Naujokė' },
    });
    const mail = await sink.next(email, /Patvirtinkite el. pašto adresą/);
    const client = await app.client().signIn(email, 'a long password');
    expect((await client.data(me)).me).toMatchObject({ email, emailVerified: false, pendingEmail: null });

    const token = tokenIn(mail, 'verify-email');
    // The link works without a session: it is the proof.
    expect((await app.visitor().data(verifyEmail, { token })).verifyEmail).toEqual({ email, changed: false });
    expect((await client.data(me)).me.emailVerified).toBe(true);
    expect(await fieldProblem(app.visitor(), verifyEmail, { token })).toEqual(
      expect.objectContaining({ code: 'LINK_USED' }),
    );
    expect(await fieldProblem(client, `mutation { resendVerificationEmail }`, {})).toEqual(
      expect.objectContaining({ field: 'email', code: 'ALREADY_VERIFIED' }),
    );
  });

  it('sends the link again on request', async () => {
    const user = await factory.user({ verified: false });
    const client = await app.client().signIn(user.email, testPassword);
    expect(await client.data(`mutation { resendVerificationEmail }`)).toEqual({ resendVerificationEmail: true });
    const mail = await sink.next(user.email, /Patvirtinkite el. pašto adresą/);
    await app.visitor().data(verifyEmail, { token: tokenIn(mail, 'verify-email') });
    expect((await client.data(me)).me.emailVerified).toBe(true);
  });

  it('keeps the old address until the new one is confirmed, and tells the old one', async () => {
    const user = await factory.user({ displayName: 'Keičianti', verified: false });
    const client = await app.client().signIn(user.email, testPassword);
    const newEmail = 'nauja-vieta@example.test';
    expect(await fieldProblem(client, changeEmail, { email: newEmail, password: 'not the password' })).toEqual(
      expect.objectContaining({ field: 'currentPassword', code: 'WRONG_PASSWORD' }),
    );
    expect(await fieldProblem(client, changeEmail, { email: user.email, password: testPassword })).toEqual(
      expect.objectContaining({ field: 'newEmail', code: 'UNCHANGED' }),
    );

    const { changeEmail: changing } = await client.data(changeEmail, { email: newEmail, password: testPassword });
    expect(changing).toEqual({ email: user.email, pendingEmail: newEmail, emailVerified: false });
    const notice = await sink.next(user.email, /keičiamas/);
    expect(notice.text).toContain(newEmail);
    expect(notice.text).not.toContain('verify-email');
    const link = await sink.next(newEmail, /Patvirtinkite naują el. pašto adresą/);

    // Until then the old address signs in.
    await app.client().signIn(user.email, testPassword);
    expect((await app.visitor().data(verifyEmail, { token: tokenIn(link, 'verify-email') })).verifyEmail).toEqual({
      email: newEmail,
      changed: true,
    });
    expect((await client.data(me)).me).toMatchObject({ email: newEmail, emailVerified: true, pendingEmail: null });
    await app.client().signIn(newEmail, testPassword);
    expect(await fieldProblem(app.visitor(), signIn, { input: { email: user.email, password: testPassword } })).toEqual(
      expect.objectContaining({ code: 'WRONG_CREDENTIALS' }),
    );
  });

  it('answers a change to a taken address like any other, and tells that address instead of linking it', async () => {
    const holder = await factory.user();
    const client = await factory.signedIn(app);
    const { changeEmail: changing } = await client.data(changeEmail, { email: holder.email, password: testPassword });
    expect(changing.pendingEmail).toBe(holder.email);
    const mail = await sink.next(holder.email, /Šiuo adresu paskyra jau yra/);
    expect(mail.text).toContain('https://telka.example/forgot-password');
    expect(mail.text).not.toContain('verify-email');
  });
});

describe('invitations by e-mail', () => {
  it('mails the link in Lithuanian; the invited person registers with the address and accepts it', async () => {
    const organisation = await factory.organisation({ name: 'Vievio bendruomenė' });
    const staff = await factory.signedIn(app, { role: PlatformRole.STAFF, displayName: 'Darbuotoja Asta' });
    const email = 'kviestoji@example.test';
    await staff.data(
      `mutation ($input: InviteRepresentativeInput!) { inviteRepresentative(input: $input) { invitation { id } } }`,
      { input: { organisationId: organisation.id, email, role: 'REPRESENTATIVE' } },
    );
    const mail = await sink.next(email, /Kvietimas prisijungti prie organizacijos „Vievio bendruomenė“/);
    expect(mail.text).toContain('Darbuotoja Asta kviečia');
    const token = tokenIn(mail, 'invitations');

    await app.visitor().data(`mutation ($input: RegisterInput!) { register(input: $input) { email } }`, {
      input: { email, password: 'a long password', displayName: 'Kviestoji' },
    });
    const invited = await app.client().signIn(email, 'a long password');
    const { acceptInvitation } = await invited.data(
      `mutation ($token: String!) { acceptInvitation(token: $token) { role organisation { name } } }`,
      { token },
    );
    expect(acceptInvitation).toEqual({ role: 'REPRESENTATIVE', organisation: { name: 'Vievio bendruomenė' } });
  });

  it('writes in English to a person who chose English', async () => {
    const organisation = await factory.organisation({ name: 'Kietaviškių bendruomenė' });
    const person = await factory.user();
    await app.orm.em.fork().nativeUpdate(User, { id: person.id }, { locale: 'en' as User['locale'] });
    const staff = await factory.signedIn(app, { role: PlatformRole.STAFF });
    await staff.data(
      `mutation ($input: InviteRepresentativeInput!) { inviteRepresentative(input: $input) { invitation { id } } }`,
      { input: { organisationId: organisation.id, email: person.email, role: 'MEMBER' } },
    );
    const mail = await sink.next(person.email, /Invitation to join Kietaviškių bendruomenė/);
    expect(mail.text).toContain('role: member');
  });
});
