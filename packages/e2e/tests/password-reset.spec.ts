import { expect, test } from '@playwright/test';
import { graphql, signInThroughForm } from './fixtures.js';
import { linkPath, newestMailTo } from './mail.js';

test('a person who forgot the password asks for a link, sets a new password from the mail and signs in with it', async ({
  page,
}) => {
  // An account of this test's own: the demo people's passwords are every other test's too.
  const email = `pamirsusi-${Date.now()}@example.test`;
  await graphql(page, 'mutation ($input: RegisterInput!) { register(input: $input) { email } }', {
    input: { email, password: 'senas slaptažodis', displayName: 'Pamiršusi Rūta' },
  });

  await page.goto('/sign-in');
  await page.getByRole('link', { name: 'Pamiršote slaptažodį?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Slaptažodžio atkūrimas' })).toBeVisible();
  await page.getByLabel('El. pašto adresas').fill(email);
  await page.getByRole('button', { name: 'Siųsti nuorodą' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'ką tik išsiuntėme' })).toBeFocused();

  const mail = await newestMailTo(email, /Slaptažodžio keitimas/);
  expect(mail.text).toContain('Sveiki, Pamiršusi Rūta,');
  const resetPage = linkPath(mail, '/reset-password/');
  await page.goto(resetPage);

  await page.getByLabel('Naujas slaptažodis', { exact: true }).fill('naujas ilgas slaptažodis');
  await page.getByLabel('Pakartokite naują slaptažodį').fill('kitoks slaptažodis');
  await page.getByRole('button', { name: 'Išsaugoti ir prisijungti' }).click();
  await expect(page.getByText('Slaptažodžiai nesutampa.')).toBeVisible();
  await page.getByLabel('Pakartokite naują slaptažodį').fill('naujas ilgas slaptažodis');
  await page.getByRole('button', { name: 'Išsaugoti ir prisijungti' }).click();

  // Signed in and taken home, with a word about what happened.
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText('Slaptažodis pakeistas, esate prisijungę.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Atsijungti' })).toBeVisible();

  // The link works once.
  await page.goto(resetPage);
  await page.getByLabel('Naujas slaptažodis', { exact: true }).fill('dar vienas slaptažodis');
  await page.getByLabel('Pakartokite naują slaptažodį').fill('dar vienas slaptažodis');
  await page.getByRole('button', { name: 'Išsaugoti ir prisijungti' }).click();
  await expect(page.getByRole('alert')).toContainText('Ši nuoroda jau panaudota');
  await expect(page.getByRole('link', { name: 'Paprašyti naujos nuorodos' })).toBeVisible();

  await page.getByRole('button', { name: 'Atsijungti' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Prisijungti' })).toBeVisible();
  await signInThroughForm(page, email, 'naujas ilgas slaptažodis');
});
