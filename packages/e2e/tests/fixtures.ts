import { expect, type Page } from '@playwright/test';

/** Demo accounts from the server's demo seed (packages/server/src/database/seed). */
export const demo = {
  password: 'telka-demo-2026',
  staff: 'darbuotoja@telka.demo',
  admin: 'admin@telka.demo',
  representative: 'atstove@telka.demo',
};

export async function signIn(page: Page, email: string, password = demo.password): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('El. pašto adresas').fill(email);
  await page.getByLabel('Slaptažodis').fill(password);
  await page.getByRole('button', { name: 'Prisijungti' }).click();
  await expect(page.getByRole('button', { name: 'Atsijungti' })).toBeVisible();
}
