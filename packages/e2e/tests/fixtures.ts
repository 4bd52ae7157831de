import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { expect, type Page } from '@playwright/test';

/** Demo accounts from the server's demo seed (packages/server/src/database/seed). */
export const demo = {
  password: 'telka-demo-2026',
  staff: 'darbuotoja@telka.demo',
  admin: 'admin@telka.demo',
  /** Chairs Pastrėvio kaimo bendruomenė, a member community. */
  representative: 'atstove@telka.demo',
  /** Represents two partner organisations. */
  partner: 'partneris@telka.demo',
  /** A resident with no organisation. */
  resident: 'gyventojas@telka.demo',
};

/**
 * Signs in through the sign-in form, as a person does. Only for tests of signing in: every other
 * test signs in with {@link signInThroughApi}, which costs no page load and no typing.
 */
export async function signInThroughForm(page: Page, email: string, password = demo.password): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('El. pašto adresas').fill(email);
  await page.getByLabel('Slaptažodis').fill(password);
  await page.getByRole('button', { name: 'Prisijungti' }).click();
  await expect(page.getByRole('button', { name: 'Atsijungti' })).toBeVisible();
}

/**
 * Signs in with the API's `signIn` mutation. The session cookie (httpOnly, SameSite=Lax) lands in
 * the page's browser context, so the next page the test opens is signed in. Each test signs in
 * afresh rather than sharing a stored session, so a test that signs out cannot affect another.
 */
export async function signInThroughApi(page: Page, email: string, password = demo.password): Promise<void> {
  await graphql(page, 'mutation SignIn($input: SignInInput!) { signIn(input: $input) { id } }', {
    input: { email, password },
  });
}

/**
 * Runs a GraphQL operation with the cookies of the page's browser context, for setting up data
 * that a test does not test the making of; fails the test on any error. A JSON body is what the
 * server's CSRF prevention asks of a POST, so no extra header is needed.
 */
export async function graphql<Data = Record<string, any>>(
  page: Page,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Data> {
  const response = await page.request.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as { data?: Data; errors?: unknown[] };
  expect(body.errors, `${query}\n${JSON.stringify(body.errors)}`).toBeUndefined();
  expect(response.ok()).toBe(true);
  return body.data!;
}

/**
 * Watches the page's WebSockets for the message that starts the subscription `operationName`;
 * `subscribed()` says whether it has been sent. Call before the page opens: live updates that
 * happen before the page subscribes never reach it, and nothing on the page shows when it has.
 */
export function watchSubscription(page: Page, operationName: string): { subscribed: () => boolean } {
  let subscribed = false;
  page.on('websocket', (socket) => {
    socket.on('framesent', ({ payload }) => {
      if (typeof payload !== 'string') return;
      const message = JSON.parse(payload) as { type?: string; payload?: { query?: string } };
      if (message.type === 'subscribe' && message.payload?.query?.includes(`subscription ${operationName}`)) {
        subscribed = true;
      }
    });
  });
  return { subscribed: () => subscribed };
}

/**
 * Puts the page's live socket through the test to stage an outage: once the page has started the
 * subscription `operationName`, `drop()` closes its connection (as a server restart would), and the
 * page's later connections reach the server only at `release()`, so the test can change things
 * meanwhile. (Holding their messages on an open server connection instead would run into the
 * server's three-second wait for a connection's first message.) Call before the page opens.
 */
export async function stageLiveOutage(page: Page, operationName: string) {
  let connections = 0;
  let subscribed = false;
  let released = false;
  let drop = () => {};
  const waiting: (() => void)[] = [];
  await page.routeWebSocket('**/graphql', (socket) => {
    connections += 1;
    if (connections === 1) {
      const server = socket.connectToServer();
      socket.onMessage((message) => {
        if (typeof message === 'string' && message.includes(`subscription ${operationName}`)) subscribed = true;
        server.send(message);
      });
      drop = () => void socket.close({ code: 1012, reason: 'restarting' });
      return;
    }
    const held: (string | Buffer)[] = [];
    let server: ReturnType<typeof socket.connectToServer> | null = null;
    const connect = () => {
      server = socket.connectToServer();
      held.splice(0).forEach((message) => server!.send(message));
    };
    socket.onMessage((message) => (server ? server.send(message) : held.push(message)));
    if (released) connect();
    else waiting.push(connect);
  });
  return {
    /** Waits until the page listens, then cuts its connection and waits for it to try again. */
    async dropOnceSubscribed() {
      await expect.poll(() => subscribed, { message: `the page subscribes (${operationName})` }).toBe(true);
      drop();
      await expect.poll(() => connections, { message: 'the page connects again' }).toBeGreaterThanOrEqual(2);
    },
    /** Lets the page's connections reach the server. */
    release: () => {
      released = true;
      waiting.splice(0).forEach((connect) => connect());
    },
  };
}

/** Every key of the client's Lithuanian messages: its main ones and each feature's own. */
const messageKeys: ReadonlySet<string> = (() => {
  const source = new URL('../../client/src/', import.meta.url);
  const files = [
    new URL('locales/lt.json', source),
    ...readdirSync(new URL('features/', source)).map(
      (feature) => new URL(`features/${feature}/locales/lt.json`, source),
    ),
  ].filter((file) => existsSync(file));
  const leaves = (node: unknown, prefix: string): string[] =>
    typeof node === 'object' && node !== null
      ? Object.entries(node).flatMap(([key, child]) => leaves(child, prefix ? `${prefix}.${key}` : key))
      : [prefix];
  return new Set(files.flatMap((file) => leaves(JSON.parse(readFileSync(file, 'utf8')), '')));
})();

/**
 * Fails when the page shows a message's key instead of its words, in its text, its title or the
 * names and hints of its elements: what a page rendered before its feature's messages had loaded
 * would show.
 */
export async function expectNoMessageKeys(page: Page): Promise<void> {
  const shown = await page.evaluate(() => {
    const named = [...document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')];
    const attributes = named.flatMap((element) =>
      ['aria-label', 'title', 'placeholder', 'alt'].map((name) => element.getAttribute(name) ?? ''),
    );
    return [document.title, document.body.innerText, ...attributes].join('\n');
  });
  const keys = [...shown.matchAll(/[A-Za-z]\w*(?:\.\w+)+/g)]
    .map(([text]) => text)
    .filter((text) => messageKeys.has(text));
  expect(keys, 'message keys shown instead of their words').toEqual([]);
}
