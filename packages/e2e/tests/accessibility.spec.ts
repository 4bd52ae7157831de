import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { demo, signInThroughApi } from './fixtures.js';

for (const path of [
  '/',
  '/organisations',
  '/organisations/pastrevio-kaimo-bendruomene',
  '/cooperation',
  '/sign-in',
  '/register',
]) {
  test(`${path} has no WCAG 2.1 AA violations`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('works 360 px wide without sideways scrolling', async ({ page }) => {
  test.setTimeout(60_000);
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/', '/organisations', '/organisations/pastrevio-kaimo-bendruomene', '/cooperation']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test('the staff pages have no WCAG 2.1 AA violations', async ({ page }) => {
  // Four pages, each analysed in full: more than one page's worth of time.
  test.setTimeout(120_000);
  await signInThroughApi(page, demo.staff);
  for (const path of [
    '/staff/organisations',
    '/staff/partnerships',
    '/staff/partnerships?view=board',
    '/staff/partnerships/naryste-lietuvos-vvg-tinkle',
  ]) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(
      results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
    ).toEqual([]);
  }
});
