import { expect, test } from '@playwright/test';
import { graphql } from './fixtures.js';

test('the interface switches to English and remembers it', async ({ page }) => {
  await page.goto('/about');
  await expect(page.locator('html')).toHaveAttribute('lang', 'lt');
  await expect(page.getByRole('heading', { name: 'Vizija' })).toBeVisible();
  await expect(page.getByText(/^Elektrėnų savivaldybės vietos veiklos grupės teritorija – patraukli/)).toBeVisible();

  await page.getByRole('group', { name: 'Kalba' }).getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Vision' })).toBeVisible();
  // The LAG's own texts in English, as the LAG gives them.
  await expect(
    page.getByText(/^The territory of the Elektrėnai Municipality Local Action Group is an attractive/),
  ).toBeVisible();
  await expect(page.getByText('Founding meeting', { exact: true })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Organisations' }),
  ).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Vision' })).toBeVisible();
  await page.goto('/organisations');
  await expect(page.getByText(/^\d+ organisations found/)).toBeVisible();
});

test('a language picked before signing in is kept and saved, and signing in from the header comes back', async ({
  page,
}) => {
  // A new account whose profile says Lithuanian, so no other test's person is changed.
  const email = `e2e-language-${Date.now()}@example.test`;
  const password = 'ilgas ir saugus slaptažodis';
  await graphql(page, 'mutation ($input: RegisterInput!) { register(input: $input) { email } }', {
    input: { email, password, displayName: 'Kalbų Tikrintoja', locale: 'lt' },
  });

  await page.goto('/organisations?sector=NGO');
  await page.getByRole('group', { name: 'Kalba' }).getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organisation directory' })).toBeVisible();

  await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();

  // Back on the page, still in English: the profile's Lithuanian did not take over.
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page).toHaveURL(/\/organisations\?sector=NGO$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Organisation directory' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // Saved to the profile: on a browser that remembers nothing, signing in brings English back.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Sign in' })).toBeVisible();
  await page.evaluate(() => localStorage.clear());
  await page.goto('/sign-in');
  await expect(page.locator('html')).toHaveAttribute('lang', 'lt');
  await page.getByLabel('El. pašto adresas').fill(email);
  await page.getByLabel('Slaptažodis').fill(password);
  await page.getByRole('button', { name: 'Prisijungti' }).click();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

test('English dates are written the European way', async ({ page }) => {
  await page.goto('/about');
  await page.getByRole('group', { name: 'Kalba' }).getByRole('button', { name: 'English' }).click();
  // The LAG's founding meeting, from the demo data: "14 December 2006", not "December 14, 2006".
  await expect(page.getByText('14 December 2006', { exact: true })).toBeVisible();
});

test('an initiative read in English names its measure in English, and the list’s filter offers it in English', async ({
  page,
}) => {
  type Node = { slug: string; measure: { code: string; lt: string; en: string } | null };
  const { initiatives } = await graphql<{ initiatives: { edges: { node: Node }[] } }>(
    page,
    '{ initiatives(first: 50) { edges { node { slug measure { code lt: title(language: lt) en: title(language: en) } } } } }',
  );
  const { slug, measure } = initiatives.edges.map(({ node }) => node).find(({ measure }) => measure)!;
  expect(measure!.en).not.toBe(measure!.lt);

  await page.goto('/about');
  await page.getByRole('group', { name: 'Kalba' }).getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Vision' })).toBeVisible();
  await page.goto(`/initiatives/${slug}`);
  await expect(page.getByText(`${measure!.code} ${measure!.en}`, { exact: true })).toBeVisible();
  await page.goto('/initiatives');
  await expect(page.getByRole('option', { name: `${measure!.code} ${measure!.en}` })).toBeAttached();
});
