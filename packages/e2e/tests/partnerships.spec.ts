import { expect, test, type Page } from '@playwright/test';
import { demo, signInThroughApi } from './fixtures.js';

const network = 'Narystė Lietuvos VVG tinkle';

/** A calendar date `days` from today, as a date input wants it. */
function isoDate(days: number, from = new Date()): string {
  const date = new Date(from);
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

async function trackerRow(page: Page, title: string) {
  await page.goto(`/staff/partnerships?q=${encodeURIComponent('tinkle')}`);
  return page.getByRole('region', { name: 'Partnerysčių sąrašas' }).getByRole('row').filter({ hasText: title });
}

test('staff log a meeting with the next follow-up; the tracker shows it, and overdue once the date passes', async ({
  page,
  browser,
}) => {
  await signInThroughApi(page, demo.staff);
  await page.goto('/');
  await page.getByRole('link', { name: 'Partnerystės' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Partnerystės' })).toBeVisible();
  await page.getByRole('link', { name: network }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: network })).toBeVisible();

  const followUp = isoDate(3);
  const summary = `Aptarėme tinklo susirinkimo darbotvarkę (${Date.now()})`;
  const form = page.getByRole('form', { name: 'Užregistruoti veiklą' });
  await form.getByLabel('Veiklos rūšis').selectOption('MEETING');
  await form.getByLabel('Data').fill(isoDate(0));
  await form.getByLabel('Kas įvyko').fill(summary);
  await form.getByLabel('Dalyviai').fill('Rasa, tinklo koordinatorė');
  await form.getByLabel('Kitas susisiekimas').fill(followUp);
  await form.getByRole('button', { name: 'Užregistruoti veiklą' }).click();

  // The log and the follow-up change on the page, without a reload.
  const log = page.getByRole('region', { name: 'Veiklų žurnalas' });
  await expect(log.getByText(summary)).toBeVisible();
  await expect(page.getByTestId('next-follow-up')).toContainText(String(Number(followUp.slice(8))));

  // The tracker lists it with its follow-up, not overdue today.
  const row = await trackerRow(page, network);
  await expect(row).toBeVisible();
  await expect(row.getByText('Vėluoja')).toHaveCount(0);

  // A week later the date has passed: the same row is marked overdue.
  const later = await browser.newContext({ locale: 'lt-LT', storageState: await page.context().storageState() });
  const laterPage = await later.newPage();
  await laterPage.clock.install({ time: new Date(`${isoDate(7)}T09:00:00`) });
  const overdueRow = await trackerRow(laterPage, network);
  await expect(overdueRow.getByText('Vėluoja')).toBeVisible();
  await later.close();
});

test('a visitor sees the public cooperation overview without internal fields', async ({ page }) => {
  const graphqlBodies: string[] = [];
  page.on('response', async (response) => {
    if (response.url().endsWith('/graphql')) graphqlBodies.push(await response.text().catch(() => ''));
  });
  await page.goto('/');
  await page
    .getByRole('navigation', { name: 'Pagrindinis meniu' })
    .getByRole('link', { name: 'Bendradarbiavimas' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bendradarbiavimas' })).toBeVisible();
  for (const scope of ['Vietos', 'Nacionalinis', 'Tarptautinis']) {
    await expect(page.getByRole('heading', { level: 2, name: scope })).toBeVisible();
  }
  await expect(page.getByRole('heading', { name: network })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Latvija' })).toBeVisible();

  // Prospects are staff's leads, and internal notes are staff's: neither reaches a visitor.
  await expect(page.getByText('Bendras projektas su Strėvos slėnio VVG')).toHaveCount(0);
  await expect(page.getByText('Nepamiršti!')).toHaveCount(0);
  await expect(page.getByText('Vėluoja')).toHaveCount(0);
  expect(graphqlBodies.join('\n')).not.toContain('Nepamiršti');
  expect(graphqlBodies.join('\n')).not.toContain('internalNotes');

  // Asking the API directly gives a visitor nothing either.
  const response = await page.request.post('/graphql', {
    headers: { 'content-type': 'application/json' },
    data: {
      query:
        '{ partnerships(first: 20) { edges { node { title internalNotes nextFollowUpOn activities { summary } } } } }',
    },
  });
  const body = await response.json();
  expect(
    body.data.partnerships.edges.every((e: any) => e.node.internalNotes === null && e.node.activities === null),
  ).toBe(true);
  expect(body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
});
