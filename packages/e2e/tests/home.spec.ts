import { expect, test } from '@playwright/test';
import { demo, signInThroughApi } from './fixtures.js';

test('the home page shows what is happening now, and how a visitor takes part', async ({ page }) => {
  await page.goto('/');
  const open = page.getByRole('region', { name: 'Atviros iniciatyvos' });
  await expect(open.getByRole('listitem').first()).toBeVisible();
  await expect(open.getByText(/^Pateikta \d{4} m\./).first()).toBeVisible();
  const discussion = page.getByRole('region', { name: 'Naujausi komentarai' });
  await expect(discussion.getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Kaip dalyvauti' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Siūlyti iniciatyvą' })).toHaveCount(0);

  // The LAG itself is one click away.
  await page.getByRole('link', { name: /^Apie VVG: vizija/ }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Vizija' })).toBeVisible();
});

test('a member’s representative is invited to propose', async ({ page }) => {
  await signInThroughApi(page, demo.representative);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: 'Turite idėją?' })).toBeVisible();
  await page.getByRole('main').getByRole('link', { name: 'Siūlyti iniciatyvą' }).click();
  await expect(page).toHaveURL(/\/initiatives\/new$/);
});

test('the footer gives the LAG’s contacts, the privacy notice and the accessibility statement, in both languages', async ({
  page,
}) => {
  await page.goto('/');
  // Its contacts load once it comes into view: scroll to it once the page's own lists are in, or
  // they could push it back out before the browser noticed it had been seen.
  await expect(page.getByRole('region', { name: 'Atviros iniciatyvos' }).getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Naujausi komentarai' }).getByRole('listitem').first()).toBeVisible();
  const footer = page.getByRole('contentinfo');
  await footer.scrollIntoViewIfNeeded();
  await expect(footer.getByRole('link', { name: 'info@elektrenu-vvg.example' })).toBeVisible();
  await expect(footer.getByRole('img', { name: 'Bendrai finansuoja Europos Sąjunga' })).toBeVisible();

  await footer.getByRole('link', { name: 'Privatumo pranešimas' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Privatumo pranešimas' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Kiek laiko saugome' })).toBeVisible();

  // The page's own messages follow the language chosen on it.
  await page.getByRole('group', { name: 'Kalba' }).getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Privacy notice' })).toBeVisible();
  await expect(footer.getByRole('img', { name: 'Co-funded by the European Union' })).toBeVisible();

  await footer.getByRole('link', { name: 'Accessibility statement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Accessibility statement' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Known limitations' })).toBeVisible();
});
