import { expect, test } from '@playwright/test';
import { demo, signInThroughApi } from './fixtures.js';

test('staff edit an organisation in the member register', async ({ page }) => {
  await signInThroughApi(page, demo.staff);
  await page.goto('/');
  await page.getByRole('link', { name: 'Narių registras' }).click();
  await expect(page).toHaveURL(/\/staff\/organisations/);

  await page.goto('/organisations/semeliskiu-amatininku-draugija');
  await page.getByRole('button', { name: 'Redaguoti profilį' }).click();
  const form = page.getByRole('form', { name: 'Profilio redagavimas' });
  const description = `Amatų dirbtuvės kiekvieną šeštadienį (${Date.now()})`;
  await form.getByLabel('Aprašymas (neprivaloma)', { exact: true }).fill(description);
  await form.getByRole('button', { name: 'Išsaugoti pakeitimus' }).click();
  await expect(page.getByText('Pakeitimai išsaugoti.')).toBeVisible();
  await expect(page.getByText(description, { exact: true })).toBeVisible();

  // The change is real: a visitor in a fresh browser sees it, and the audit trail names it.
  await expect(page.getByText('Pakeistas profilis').first()).toBeVisible();
  const visitor = await page.context().browser()!.newPage();
  await visitor.goto(page.url());
  await expect(visitor.getByText(description, { exact: true })).toBeVisible();
  await visitor.close();
});
