import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { demo, signInThroughApi } from './fixtures.js';

async function expectNoViolations(page: Page, path: string, ready?: () => Promise<void>): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await ready?.();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    path,
  ).toEqual([]);
}

for (const path of [
  '/',
  '/organisations',
  '/organisations/pastrevio-kaimo-bendruomene',
  '/cooperation',
  '/sign-in',
  '/register',
  '/unsubscribe/no-such-token',
]) {
  test(`${path} has no WCAG 2.1 AA violations`, async ({ page }) => {
    await expectNoViolations(page, path);
  });
}

// One test a page, as for the public pages: each fits its own time limit, and they run in parallel.
for (const path of [
  '/staff/initiatives',
  '/staff/organisations',
  '/staff/partnerships',
  '/staff/partnerships?view=board',
  '/staff/partnerships/naryste-lietuvos-vvg-tinkle',
]) {
  test(`the staff page ${path} has no WCAG 2.1 AA violations`, async ({ page }) => {
    await signInThroughApi(page, demo.staff);
    await expectNoViolations(page, path);
  });
}

// Pages of a signed-in person, checked once the header's bell has come (it loads after the page).
for (const path of [
  '/notifications',
  '/account',
  '/initiatives/strevos-pakrantes-tvarkymas-ir-poilsiaviete-pastrevyje',
]) {
  test(`the signed-in page ${path} has no WCAG 2.1 AA violations`, async ({ page }) => {
    await signInThroughApi(page, demo.representative);
    await expectNoViolations(page, path, () => expect(page.getByTestId('notification-bell')).toBeVisible());
  });
}

test('signed-in pages work 360 px wide, the bell beside the menu button', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signInThroughApi(page, demo.representative);
  for (const path of [
    '/notifications',
    '/account',
    '/initiatives/strevos-pakrantes-tvarkymas-ir-poilsiaviete-pastrevyje',
    '/unsubscribe/no-such-token',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Shown without opening the menu.
    await expect(page.getByTestId('notification-bell')).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('works 360 px wide without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of [
    '/',
    '/organisations',
    '/organisations/pastrevio-kaimo-bendruomene',
    '/initiatives',
    '/cooperation',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
