import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { demo, signInThroughApi } from './fixtures.js';

const phone = { width: 360, height: 740 };

for (const { path, heading, filters, select } of [
  { path: '/organisations', heading: 'Organizacijų katalogas', filters: 'Katalogo filtrai', select: 'Sektorius' },
  { path: '/initiatives', heading: 'Iniciatyvos', filters: 'Iniciatyvų filtrai', select: 'Tema' },
]) {
  test(`on a phone, ${path} shows its first result on the first screen, with the filters folded`, async ({ page }) => {
    await page.setViewportSize(phone);
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    const firstResult = page.getByRole('main').getByRole('article').first();
    await expect(firstResult.getByRole('heading', { level: 2 })).toBeInViewport({ ratio: 1 });

    const bar = page.getByRole('search', { name: filters });
    const toggle = bar.getByRole('button', { name: 'Filtrai' });
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(bar.getByLabel(select)).toBeHidden();
    await toggle.click();
    await expect(bar.getByLabel(select)).toBeVisible();

    // A filter in use is counted on the toggle, so the folded bar still says the list is filtered.
    await bar.getByLabel(select).selectOption({ index: 1 });
    await expect(toggle).toHaveText('Filtrai (1)');
    await toggle.click();
    await expect(bar.getByLabel(select)).toBeHidden();
  });
}

test('on a phone, the menu opens and closes from the keyboard', async ({ page }) => {
  await page.setViewportSize(phone);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const menu = page.getByRole('button', { name: 'Meniu' });
  const directoryLink = page.getByRole('navigation', { name: 'Pagrindinis meniu' }).getByRole('link', {
    name: 'Organizacijos',
  });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(directoryLink).toBeHidden();

  await menu.focus();
  await page.keyboard.press('Enter');
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(directoryLink).toBeVisible();
  const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(axe.violations.map((v) => v.id)).toEqual([]);

  // Escape from inside the menu closes it and gives focus back to its button.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Pradžia' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();
  await expect(directoryLink).toBeHidden();

  // Following a link closes it, and the new page starts on the first screen.
  await page.keyboard.press('Space');
  await directoryLink.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Organizacijų katalogas' })).toBeVisible();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(directoryLink).toBeHidden();
});

test('on a 1280 px screen the tracker shows every column, the overdue follow-up among them, before the panels', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await signInThroughApi(page, demo.staff);
  // The demo's overdue prospect, found by its title.
  await page.goto(`/staff/partnerships?q=${encodeURIComponent('Strėvos')}`);
  const table = page.getByRole('region', { name: 'Partnerysčių sąrašas' });
  const row = table.getByRole('row').filter({ hasText: 'Strėvos slėnio VVG' });
  await expect(row.getByText('Vėluoja')).toBeVisible();

  // The list comes first: its columns are on the first screen, with nothing cut off at the side.
  for (const column of ['Kitas susisiekimas', 'Paskutinė veikla']) {
    await expect(table.getByRole('columnheader', { name: column })).toBeInViewport({ ratio: 1 });
  }
  expect(await table.evaluate((region) => region.scrollWidth - region.clientWidth)).toBeLessThanOrEqual(0);
  const figures = page.getByRole('heading', { level: 2, name: 'Apžvalga' });
  expect((await figures.boundingBox())!.y).toBeGreaterThan((await table.boundingBox())!.y);
});
