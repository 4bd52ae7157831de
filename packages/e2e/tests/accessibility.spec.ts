import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { demo, graphql, signInThroughApi } from './fixtures.js';

async function expectNoViolations(page: Page, path: string): Promise<void> {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
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

test('a draft’s page with its checklist, and its edit form, have no WCAG 2.1 AA violations and fit 360 px', async ({
  page,
}) => {
  await signInThroughApi(page, demo.representative);
  const { organisation } = await graphql<{ organisation: { id: string } }>(
    page,
    'query Lead { organisation(slug: "pastrevio-kaimo-bendruomene") { id } }',
  );
  const { createInitiative } = await graphql<{ createInitiative: { slug: string } }>(
    page,
    'mutation Create($input: CreateInitiativeInput!) { createInitiative(input: $input) { slug } }',
    { input: { asOrganisationId: organisation.id, title: `Prieinamas juodraštis ${Date.now()}` } },
  );
  const draft = `/initiatives/${createInitiative.slug}`;
  for (const path of [draft, `${draft}/edit`]) {
    await page.setViewportSize({ width: 1280, height: 800 });
    await expectNoViolations(page, path);
    if (path === draft) await expect(page.getByRole('list', { name: 'Ko dar trūksta pateikimui' })).toBeVisible();
    await page.setViewportSize({ width: 360, height: 740 });
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
