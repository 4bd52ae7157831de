import { expect, test, type Page } from '@playwright/test';
import { demo, expectNoMessageKeys, signInThroughApi } from './fixtures.js';

/**
 * Each feature's messages load with its pages, not in the first load (packages/client/src/i18n.ts,
 * `withMessages`). A page reached by a link, and not only one opened directly (accessibility.spec.ts
 * checks each of those), shows its words, never their keys, in either language.
 */
async function follow(page: Page, link: ReturnType<Page['getByRole']>, heading: string): Promise<void> {
  await link.click();
  await expect(page.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible();
  await expectNoMessageKeys(page);
}

test('a visitor following links meets every page in words, in Lithuanian and in English', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const menu = page.getByRole('navigation', { name: 'Pagrindinis meniu' });
  const firstCardLink = page.getByRole('main').getByRole('article').first().getByRole('link').first();

  await follow(page, menu.getByRole('link', { name: 'Iniciatyvos' }), 'Iniciatyvos');
  // The initiative page holds its discussion, whose messages are the discussion feature's.
  const initiative = (await firstCardLink.textContent())!.trim();
  await follow(page, firstCardLink, initiative);
  await expect(page.getByRole('heading', { level: 2, name: 'Diskusija' })).toBeVisible();
  await follow(page, menu.getByRole('link', { name: 'Organizacijos' }), 'Organizacijų katalogas');
  const organisation = (await firstCardLink.textContent())!.trim();
  await follow(page, firstCardLink, organisation);
  await follow(page, menu.getByRole('link', { name: 'Bendradarbiavimas' }), 'Bendradarbiavimas');
  await follow(page, menu.getByRole('link', { name: 'Paieška' }), 'Paieška');
  await follow(page, page.getByRole('banner').getByRole('link', { name: 'Prisijungti' }), 'Prisijungimas');
  await follow(page, page.getByRole('banner').getByRole('link', { name: 'Registruotis' }), 'Registracija');

  // Choosing English on a page brings the English of every feature already visited.
  await page.getByRole('group', { name: 'Kalba' }).getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Register', exact: true })).toBeVisible();
  await expectNoMessageKeys(page);
  const mainMenu = page.getByRole('navigation', { name: 'Main menu' });
  await follow(page, mainMenu.getByRole('link', { name: 'Organisations' }), 'Organisation directory');
  await follow(page, mainMenu.getByRole('link', { name: 'Initiatives' }), 'Initiatives');
  await follow(page, firstCardLink, (await firstCardLink.textContent())!.trim());
  await expect(page.getByRole('heading', { level: 2, name: 'Discussion' })).toBeVisible();
});

test('an administrator following the menu meets each staff page in words', async ({ page }) => {
  await signInThroughApi(page, demo.admin);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const menu = page.getByRole('navigation', { name: 'Pagrindinis meniu' });
  await follow(page, menu.getByRole('link', { name: 'Vertinimas' }), 'Iniciatyvų vertinimas');
  await follow(page, menu.getByRole('link', { name: 'Narių registras' }), 'Narių registras');
  await follow(page, menu.getByRole('link', { name: 'Moderavimas' }), 'Moderavimas');
  await follow(page, menu.getByRole('link', { name: 'Partnerystės' }), 'Partnerystės');
  await follow(page, menu.getByRole('link', { name: 'Naudotojai' }), 'Naudotojai');
  await follow(page, page.getByRole('banner').getByRole('link', { name: 'Telkos administratorius' }), 'Mano paskyra');
});

test('a representative following links meets the applications’ pages in words, in Lithuanian and in English', async ({
  page,
}) => {
  await signInThroughApi(page, demo.representative);
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const menu = page.getByRole('navigation', { name: 'Pagrindinis meniu' });
  await follow(page, menu.getByRole('link', { name: 'Mano paraiškos' }), 'Mano paraiškos');
  // The demo draft (seed: applications.ts), whose page holds the upload's own messages too.
  const draft = 'Saulės elektrinė ant Pastrėvio bendruomenės namų stogo';
  await follow(page, page.getByRole('main').getByRole('link', { name: draft }), draft);
  await expect(page.getByText('PDF, PNG, JPG, DOCX, XLSX, ODT ar ODS, iki 20 MB.').first()).toBeVisible();
  await follow(page, menu.getByRole('link', { name: 'Kvietimai' }), 'Kvietimai teikti vietos projektus');
  await follow(
    page,
    page
      .getByRole('main')
      .getByRole('link', { name: /Bendruomenių viešosios erdvės ir paslaugos/ })
      .first(),
    'Kvietimas Nr. 7: Bendruomenių viešosios erdvės ir paslaugos',
  );
  await expect(page.getByRole('heading', { level: 2, name: 'Paraiškos' })).toBeVisible();
  await follow(page, page.getByRole('link', { name: 'Teikti paraišką' }), 'Paraiška kvietimui Nr. 7');

  await page.getByRole('group', { name: 'Kalba' }).getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Application to call No. 7', exact: true })).toBeVisible();
  await expectNoMessageKeys(page);
  const mainMenu = page.getByRole('navigation', { name: 'Main menu' });
  await follow(page, mainMenu.getByRole('link', { name: 'My applications' }), 'My applications');
  await follow(page, page.getByRole('main').getByRole('link', { name: draft }), draft);
  await expect(page.getByRole('heading', { level: 2, name: 'Annexes' })).toBeVisible();
});
