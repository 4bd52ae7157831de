import { expect, test } from '@playwright/test';
import { signInThroughForm } from './fixtures.js';

test('a person registers, signs out and signs in again', async ({ page }) => {
  const email = `e2e-${Date.now()}@example.test`;
  await page.goto('/');
  await page.getByRole('banner').getByRole('link', { name: 'Registruotis' }).click();
  await page.getByLabel('Vardas ir pavardė').fill('Eglė Testuotoja');
  await page.getByLabel('El. pašto adresas').fill(email);
  await page.getByLabel('Slaptažodis').fill('short');
  await page.getByRole('button', { name: 'Sukurti paskyrą' }).click();
  // The form says what is wrong, in Lithuanian, and creates nothing.
  await expect(page.getByText(/slaptažod/i).nth(1)).toBeVisible();

  await page.getByLabel('Slaptažodis').fill('ilgas ir saugus slaptažodis');
  await page.getByRole('button', { name: 'Sukurti paskyrą' }).click();
  await expect(page.getByRole('button', { name: 'Atsijungti' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Eglė Testuotoja' })).toBeVisible();

  await page.getByRole('button', { name: 'Atsijungti' }).click();
  await expect(page.getByRole('banner').getByRole('link', { name: 'Prisijungti' })).toBeVisible();

  await page.goto('/sign-in');
  await page.getByLabel('El. pašto adresas').fill(email);
  await page.getByLabel('Slaptažodis').fill('neteisingas slaptažodis');
  await page.getByRole('button', { name: 'Prisijungti' }).click();
  // The server's verdict, in the reader's language.
  await expect(page.getByText('Neteisingas el. pašto adresas arba slaptažodis.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Atsijungti' })).toHaveCount(0);

  await signInThroughForm(page, email, 'ilgas ir saugus slaptažodis');
  await page.getByRole('link', { name: 'Eglė Testuotoja' }).click();
  await expect(page.getByLabel('Vardas ir pavardė')).toHaveValue('Eglė Testuotoja');
});

test('registering with an address that already has an account points to sign-in without saying so', async ({
  page,
}) => {
  await page.goto('/register');
  await page.getByLabel('Vardas ir pavardė').fill('Kažkas Kitas');
  await page.getByLabel('El. pašto adresas').fill('atstove@telka.demo');
  await page.getByLabel('Slaptažodis').fill('visai kitas slaptažodis');
  await page.getByRole('button', { name: 'Sukurti paskyrą' }).click();

  const notice = page.getByRole('status').filter({ hasText: 'Jei šiuo el. pašto adresu paskyra jau sukurta' });
  await expect(notice).toBeFocused();
  await expect(page.getByRole('button', { name: 'Atsijungti' })).toHaveCount(0);
  await notice.getByRole('link', { name: 'Prisijunkite' }).click();
  await expect(page.getByLabel('El. pašto adresas')).toHaveValue('atstove@telka.demo');
});
