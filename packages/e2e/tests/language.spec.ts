import { expect, test } from '@playwright/test';

test('the interface switches to English and remembers it', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'lt');
  await expect(page.getByRole('heading', { name: 'Vizija' })).toBeVisible();

  await page.getByRole('group', { name: 'Kalba' }).getByRole('button', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Vision' })).toBeVisible();
  await expect(
    page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Organisations' }),
  ).toBeVisible();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Vision' })).toBeVisible();
  await page.goto('/organisations');
  await expect(page.getByText(/^\d+ organisations found/)).toBeVisible();
});
