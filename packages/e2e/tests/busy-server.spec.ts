import { expect, test, type Page } from '@playwright/test';

/** What the server answers when it is too busy: 503, `Retry-After`, and the same advice in the error. */
const busy = {
  status: 503,
  headers: { 'retry-after': '1' },
  contentType: 'application/json',
  body: JSON.stringify({
    errors: [
      {
        message: 'Telka is very busy right now. Try again in a moment.',
        extensions: { code: 'SERVICE_UNAVAILABLE', retryAfterSeconds: 1 },
      },
    ],
  }),
};

/** Answers the home page's query "busy" the first `times` times it is asked; counts the asks. */
async function busyHome(page: Page, times: number): Promise<{ asked: () => number }> {
  let asked = 0;
  await page.route('**/graphql', async (route) => {
    if (route.request().postDataJSON()?.operationName !== 'Home') return route.fallback();
    asked += 1;
    return asked <= times ? route.fulfill(busy) : route.fallback();
  });
  return { asked: () => asked };
}

test('the home page asks a busy server again after the advised delay and shows no error', async ({ page }) => {
  const home = await busyHome(page, 1);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByText('Telka šiuo metu perkrauta.')).toHaveCount(0);
  expect(home.asked()).toBe(2);
});

test('after its retries the page tells the server is busy and asks again at a press', async ({ page }) => {
  const home = await busyHome(page, 3);
  await page.goto('/');
  const alert = page.getByRole('alert').filter({ hasText: 'Telka šiuo metu perkrauta.' });
  await expect(alert).toBeVisible();
  // The first ask and two retries.
  expect(home.asked()).toBe(3);
  await alert.getByRole('button', { name: 'Bandyti dar kartą' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(home.asked()).toBe(4);
});
