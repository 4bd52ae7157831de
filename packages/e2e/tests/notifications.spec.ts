import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import { demo, graphql, signInThroughApi, watchSubscription } from './fixtures.js';

/** Led by Pastrėvio kaimo bendruomenė, which the demo representative chairs. */
const slug = 'strevos-pakrantes-tvarkymas-ir-poilsiaviete-pastrevyje';

/** Where the e2e server writes mail without SMTP (start-server.mjs: `<data dir>/mail`). */
const mailFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), '../../../.data/e2e/mail');

/** The unsubscribe link of the mail that holds `words`, once it is written; null until then. */
function unsubscribeLinkOfMail(words: string): string | null {
  let files: string[];
  try {
    files = readdirSync(mailFolder).filter((file) => file.endsWith('.eml'));
  } catch {
    return null;
  }
  for (const file of files) {
    // Quoted-printable: soft line breaks and =XX bytes undone before searching.
    const raw = readFileSync(path.join(mailFolder, file), 'utf8').replace(/=\r?\n/g, '');
    const text = Buffer.from(
      raw.replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
      'latin1',
    ).toString('utf8');
    if (!text.includes(words)) continue;
    const link = /https?:\/\/[^\s"<>]*(\/unsubscribe\/[\w-]+)/.exec(text);
    if (link) return link[1]!;
  }
  return null;
}

/** The count the bell's accessible name says ("Pranešimai, 3 neskaityti"; "Pranešimai" for none). */
async function bellCount(page: Page): Promise<number> {
  const name = (await page.getByTestId('notification-bell').getAttribute('aria-label')) ?? '';
  return Number(/(\d+)/.exec(name)?.[1] ?? 0);
}

test('a representative sees the bell count rise when someone comments on their initiative, opens it, and the count drops', async ({
  page,
  browser,
}) => {
  await signInThroughApi(page, demo.representative);
  const { initiative } = await graphql<{ initiative: { id: string } }>(
    page,
    'query ($slug: String!) { initiative(slug: $slug) { id } }',
    { slug },
  );
  await graphql(page, 'mutation ($id: ID!) { followInitiative(initiativeId: $id) { id viewerFollows } }', {
    id: initiative.id,
  });
  await graphql(page, 'mutation { markAllNotificationsRead }');

  const live = watchSubscription(page, 'UnreadNotificationCountChanged');
  await page.goto('/organisations');
  const bell = page.getByTestId('notification-bell');
  await expect(bell).toHaveAccessibleName(/^Pranešimai/);
  await expect.poll(live.subscribed, { message: 'the bell subscribes to the count' }).toBe(true);
  const before = await bellCount(page);

  const residentContext = await browser.newContext({ locale: 'lt-LT' });
  const resident = await residentContext.newPage();
  await signInThroughApi(resident, demo.resident);
  const words = `Ar bus suoliukų prie liepto? (${Date.now()})`;
  await graphql(resident, 'mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }', {
    input: { initiativeId: initiative.id, body: words },
  });
  await residentContext.close();

  // Still on the same page: the count comes over the socket.
  await expect.poll(() => bellCount(page), { message: 'the bell counts the new comment' }).toBeGreaterThan(before);
  await expect(bell).toHaveAccessibleName(/^Pranešimai, \d+ neskaityt/);

  await bell.click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pranešimai' })).toBeVisible();
  const item = page.getByRole('listitem').filter({ hasText: words });
  await expect(item).toContainText('Mantas Jankauskas');
  await expect(item).toContainText('pakomentavo „Strėvos pakrantės tvarkymas ir poilsiavietė Pastrėvyje“');
  await expect(item.getByText('Neskaitytas')).toBeVisible();

  await item.getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/initiatives/${slug}#comment-`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    'Strėvos pakrantės tvarkymas ir poilsiavietė Pastrėvyje',
  );
  // Other tests may notify the same person meanwhile (an application of theirs returned for
  // completion): the opened notification itself is read, and the bell follows what the server counts.
  const comment = new URL(page.url()).hash;
  const stillUnread = async () => {
    const { notifications } = await graphql<{ notifications: { edges: { node: { path: string } }[] } }>(
      page,
      'query { notifications(first: 100, unreadOnly: true) { edges { node { path } } } }',
    );
    return notifications.edges.some(({ node }) => node.path.endsWith(comment));
  };
  await expect.poll(stillUnread, { message: 'the opened notification is read' }).toBe(false);
  const serverCount = async () =>
    (await graphql<{ unreadNotificationCount: number }>(page, 'query { unreadNotificationCount }'))
      .unreadNotificationCount;
  await expect
    .poll(async () => (await bellCount(page)) === (await serverCount()), { message: 'the bell drops with it' })
    .toBe(true);
});

test('a person’s choice of delivery is saved at once and kept after reloading', async ({ page }) => {
  await signInThroughApi(page, demo.partner);
  await page.goto('/account');
  const section = page.getByRole('region', { name: 'Pranešimai' });
  await expect(section.getByText('7.00 Vilniaus laiku')).toBeVisible();
  const kind = 'Kitų organizacijų palaikymas mano organizacijos iniciatyvoms';
  await section.getByLabel(kind).selectOption({ label: 'Savaitės santrauka el. paštu' });
  await expect(section.getByRole('status')).toHaveText(`Išsaugota: ${kind} – Savaitės santrauka el. paštu.`);

  await page.reload();
  await expect(page.getByRole('region', { name: 'Pranešimai' }).getByLabel(kind)).toHaveValue('WEEKLY');
  // Staff kinds are not offered to a partner's representative.
  await expect(page.getByLabel('Pažymėti komentarai (darbuotojams)')).toHaveCount(0);
});

test('follow and unfollow toggle on the initiative page, as the server keeps them', async ({ page }) => {
  await signInThroughApi(page, demo.resident);
  await page.goto('/initiatives/semeliskiu-piliakalnio-pazintinis-takas');
  await expect(page.getByText('Sekant iniciatyvą, apie naujus jos komentarus')).toBeVisible();
  await page.getByRole('button', { name: 'Sekti iniciatyvą' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Dabar sekate šią iniciatyvą.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Nebesekti' })).toBeVisible();

  await page.reload();
  await page.getByRole('button', { name: 'Nebesekti' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Šios iniciatyvos nebesekate.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sekti iniciatyvą' })).toBeVisible();
});

test('the unsubscribe link of a reply’s e-mail says what it stops and stops it, without signing in', async ({
  page,
  browser,
}) => {
  // The partner's representative comments; a resident replies: the partner is mailed at once.
  await signInThroughApi(page, demo.partner);
  const { initiative } = await graphql<{ initiative: { id: string } }>(
    page,
    'query ($slug: String!) { initiative(slug: $slug) { id } }',
    { slug },
  );
  const { addComment } = await graphql<{ addComment: { id: string } }>(
    page,
    'mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }',
    { input: { initiativeId: initiative.id, body: `Kada talka? (${Date.now()})` } },
  );
  const residentContext = await browser.newContext({ locale: 'lt-LT' });
  const resident = await residentContext.newPage();
  await signInThroughApi(resident, demo.resident);
  const words = `Talka šeštadienį (${Date.now()})`;
  await graphql(resident, 'mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }', {
    input: { initiativeId: initiative.id, parentId: addComment.id, body: words },
  });
  await residentContext.close();

  let link: string | null = null;
  await expect
    .poll(() => (link = unsubscribeLinkOfMail(words)), { message: 'the reply is mailed', timeout: 30_000 })
    .not.toBeNull();

  const visitorContext = await browser.newContext({ locale: 'lt-LT' });
  const visitor = await visitorContext.newPage();
  await visitor.goto(link!);
  await expect(visitor.getByRole('heading', { level: 1, name: 'Atsisakyti laiškų' })).toBeVisible();
  await expect(visitor.getByText('Nebegausite laiškų apie: Atsakymai į mano komentarus.')).toBeVisible();
  await visitor.getByRole('button', { name: 'Atsisakyti' }).click();
  await expect(visitor.getByText('Atsisakyta. Šių laiškų nebesiųsime.')).toBeFocused();
  await visitorContext.close();

  // The partner's own settings now say "in Telka only" for replies.
  await page.goto('/account');
  await expect(page.getByRole('region', { name: 'Pranešimai' }).getByLabel('Atsakymai į mano komentarus')).toHaveValue(
    'IN_APP',
  );
});

test('an unknown unsubscribe link says so, without signing in', async ({ page }) => {
  await page.goto('/unsubscribe/no-such-token');
  await expect(page.getByRole('heading', { level: 1, name: 'Atsisakyti laiškų' })).toBeVisible();
  await expect(page.getByText('Ši nuoroda negalioja')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Keisti pranešimų nustatymus' })).toBeVisible();
});

test('visitors get no bell', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByTestId('notification-bell')).toHaveCount(0);
});
