import { expect, test } from '@playwright/test';

const lagName = 'Elektrėnų savivaldybės vietos veiklos grupė';

test("the HTML itself shows the LAG's name and that the page is loading until the app replaces it", async ({
  page,
}) => {
  // The app's scripts are held back, as a slow link holds them, until the placeholder has been seen.
  let releaseScripts!: () => void;
  const scriptsReleased = new Promise<void>((resolve) => (releaseScripts = resolve));
  await page.route('**/assets/*.js', async (route) => {
    await scriptsReleased;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'commit' });

  await expect(page.getByText(lagName)).toBeVisible();
  await expect(page.getByRole('status')).toHaveText('Įkeliama…');
  // Not a heading: the page's h1 is the app's own, the one readers and tests wait for.
  await expect(page.getByRole('heading', { level: 1 })).toHaveCount(0);

  releaseScripts();
  await expect(page.getByRole('heading', { level: 1, name: lagName })).toBeVisible();
  await expect(page.getByText('Įkeliama…')).toHaveCount(0);
});
