import { expect, test } from '@playwright/test';

test('a visitor filters the directory in Lithuanian, and the URL keeps the view', async ({ page }) => {
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Pagrindinis meniu' })
    .getByRole('link', { name: 'Organizacijos' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organizacijų katalogas' })).toBeVisible();
  // "Rasta 1 organizacija", "Rastos 38 organizacijos", "Rasta 40 organizacijų": the word agrees with the number.
  const count = page.getByText(/^Rast(a|os) \d+ organizacij/);
  await expect(count).toBeVisible();

  const filters = page.getByRole('search', { name: 'Katalogo filtrai' });
  await filters.getByLabel('Sektorius').selectOption('BUSINESS');
  await expect(page).toHaveURL(/sector=BUSINESS/);
  await expect(page.getByRole('link', { name: /UAB/ }).first()).toBeVisible();

  // Without diacritics, as people type on a phone: "vievio" finds "Vievio …".
  await filters.getByLabel('Sektorius').selectOption('');
  await filters.getByLabel('Paieška').fill('bendruomene vievio');
  await expect(page).toHaveURL(/q=bendruomene/);
  await expect(page.getByRole('heading', { name: /Vievio.*bendruomenė/ }).first()).toBeVisible();
  await expect(count).toHaveText(/^Rast(a|os) \d+ organizacij/);

  // A shared link opens the same view.
  const shared = page.url();
  const other = await page.context().newPage();
  await other.goto(shared);
  await expect(other.getByRole('search', { name: 'Katalogo filtrai' }).getByLabel('Paieška')).toHaveValue(
    'bendruomene vievio',
  );
  await expect(other.getByRole('heading', { name: /Vievio.*bendruomenė/ }).first()).toBeVisible();
});

test('an organisation profile shows its details and representatives', async ({ page }) => {
  await page.goto('/organisations?q=pastrevio');
  await page.getByRole('link', { name: 'Pastrėvio kaimo bendruomenė' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Pastrėvio kaimo bendruomenė' })).toBeVisible();
  await expect(page.getByText('Aldona Petrauskienė')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Redaguoti profilį' })).toHaveCount(0);
});
