import { expect, test, type Page } from '@playwright/test';
import { demo, graphql, signInThroughApi } from './fixtures.js';

/** A moment `days` from now as a `datetime-local` input in Vilnius takes it: `2026-12-01T14:05`. */
function vilniusInput(days: number): string {
  const moment = new Date(Date.now() + days * 86_400_000);
  const format = new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Vilnius',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  });
  return format.format(moment).replace(' ', 'T');
}

/** A call number no other test takes: each test has its own hundred, each run its own number in it. */
function freshNumber(hundred: number): number {
  return 1000 + hundred * 100 + (Date.now() % 100);
}

/** A published call made through the API, open for 30 days, for tests about what happens next. */
async function publishedCall(page: Page, title: string, number: number): Promise<void> {
  const { about } = await graphql<{ about: { strategy: { measures: { id: string }[] } } }>(
    page,
    '{ about { strategy { measures { id } } } }',
  );
  const { createCall } = await graphql<{ createCall: { id: string; version: number } }>(
    page,
    'mutation Create($input: CallInput!) { createCall(input: $input) { id version } }',
    {
      input: {
        number,
        title,
        body: 'Kviečiame teikti paraiškas.',
        measureIds: [about.strategy.measures[0]!.id],
        budgetCents: 5_000_000,
        maxSupportCents: 1_000_000,
        eligibleKinds: [],
        eldershipIds: [],
        opensAt: new Date(Date.now() - 86_400_000).toISOString(),
        closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        criteria: [{ title: 'Poveikis bendruomenei', description: '', maxScore: 10, weight: 1 }],
        annexes: [],
        questions: [],
      },
    },
  );
  await graphql(page, 'mutation Publish($id: ID!, $version: Int!) { publishCall(id: $id, version: $version) { id } }', {
    id: createCall.id,
    version: createCall.version,
  });
}

test('a visitor sees the open call 7 with its countdown and criteria, in Lithuanian and in English, its texts too', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('navigation', { name: 'Pagrindinis meniu' }).getByRole('link', { name: 'Kvietimai' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kvietimai teikti vietos projektus' })).toBeVisible();
  const open = page.getByRole('region', { name: 'Priimamos paraiškos' });
  const card = open.getByRole('listitem').filter({ hasText: 'Kvietimas Nr. 7:' });
  await expect(card.getByRole('timer')).toHaveText(/^Liko \d+ (dien|valand|minut)/);
  await expect(card).toContainText('(Vilniaus laiku)');

  await card.getByRole('link', { name: /^Kvietimas Nr\. 7:/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Kvietimas Nr\. 7:/ })).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText(/^Liko /);
  // How much of the budget the applications so far ask for.
  await expect(page.getByRole('definition').filter({ hasText: /iš\s200\s000,00\s€/ })).toContainText(/paraišk/);
  const criteria = page.getByRole('region', { name: 'Atrankos kriterijai' });
  await expect(criteria.getByRole('heading', { level: 3, name: 'Atitiktis VPS prioritetams' })).toBeVisible();
  await expect(criteria.getByRole('listitem').first()).toContainText('Daugiausia balų');
  // The amendment that moved the deadline a week on is there for everyone.
  await expect(page.getByRole('region', { name: 'Kvietimo pakeitimai' })).toContainText('Paraiškų priėmimo pabaiga');
  // Visitors get no staff actions.
  await expect(page.getByRole('link', { name: 'Redaguoti kvietimą' })).toHaveCount(0);

  await page.getByRole('group', { name: 'Kalba' }).getByRole('button', { name: 'English' }).click();
  // The call's own texts come in the English the LAG gives, none of them marked as Lithuanian.
  await expect(
    page.getByRole('heading', { level: 1, name: 'Call No. 7: Communities’ public spaces and services' }),
  ).toBeVisible();
  const text = page.getByRole('region', { name: 'Call text' });
  await expect(text.getByRole('heading', { level: 2, name: 'Aim of the call' })).toBeVisible();
  await expect(text).toContainText('invites local projects that improve the everyday surroundings of rural residents');
  await expect(page.locator('main [lang="lt"]')).toHaveCount(0);
  await expect(page.getByRole('timer')).toHaveText(/ left$/);
  await expect(page.getByText('(Vilnius time)').first()).toBeVisible();
  const selection = page.getByRole('region', { name: 'Selection criteria' });
  await expect(
    selection.getByRole('heading', { level: 3, name: 'Fit with the priorities of the Local Development Strategy' }),
  ).toBeVisible();
  await expect(selection.getByRole('listitem').first()).toContainText('Highest score');
  await expect(page.getByRole('region', { name: 'Questions for applicants' })).toContainText(
    'Children and young people',
  );

  // The list shows it in English too.
  await page.getByRole('link', { name: 'All calls' }).click();
  await expect(page.getByRole('link', { name: 'Call No. 7: Communities’ public spaces and services' })).toBeVisible();
});

test('staff create a call, fill its lists, publish it and see it open in the list', async ({ page }) => {
  await signInThroughApi(page, demo.staff);
  await page.goto('/calls');
  await page.getByRole('link', { name: 'Naujas kvietimas' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Naujas kvietimas' })).toBeVisible();

  const number = freshNumber(1);
  const title = `Jaunimo užimtumas kaime ${number}`;
  const form = page.getByRole('form', { name: 'Naujas kvietimas' });
  await form.getByLabel('Kvietimo numeris').fill(String(number));
  await form.getByLabel('Pavadinimas', { exact: true }).fill(title);
  // English where staff give it: the title, not the text.
  const englishTitle = `Youth activities in the countryside ${number}`;
  await form.getByLabel('Pavadinimas anglų kalba').fill(englishTitle);
  await form.getByLabel('Kvietimo tekstas (neprivaloma)', { exact: true }).fill('Kviečiame **jaunimo** organizacijas.');
  await form
    .getByRole('group', { name: /^Strategijos priemonės/ })
    .getByRole('checkbox')
    .first()
    .check();
  await form.getByLabel('Kvietimo biudžetas').fill('50000');
  await form.getByLabel('Didžiausia parama projektui').fill('10000');
  await form.getByLabel('Didžiausias paramos intensyvumas').fill('80');
  await form.getByRole('checkbox', { name: 'Mokykla' }).check();
  await form.getByLabel('Paraiškų priėmimo pradžia').fill(vilniusInput(-1));
  await form.getByLabel('Paraiškų priėmimo pabaiga').fill(vilniusInput(30));

  // Two criteria, the second moved first with the keyboard; focus stays on the moved one's button.
  const criteria = form.getByRole('group', { name: 'Atrankos kriterijai' });
  await criteria.getByRole('button', { name: 'Pridėti kriterijų' }).click();
  const first = criteria.getByRole('group', { name: 'Kriterijus 1' });
  await expect(first.getByLabel('Pavadinimas', { exact: true })).toBeFocused();
  await first.getByLabel('Pavadinimas', { exact: true }).fill('Jaunimo įtraukimas');
  await first.getByLabel('Daugiausia balų').fill('20');
  await criteria.getByRole('button', { name: 'Pridėti kriterijų' }).click();
  const second = criteria.getByRole('group', { name: 'Kriterijus 2' });
  await second.getByLabel('Pavadinimas', { exact: true }).fill('Tęstinumas');
  await second.getByLabel('Svoris').fill('1,5');
  await second.getByLabel('Aprašymas (neprivaloma)', { exact: true }).fill('Ar veikla tęsis baigus projektą.');
  await criteria.getByRole('button', { name: 'Aukštyn: Tęstinumas' }).focus();
  await page.keyboard.press('Enter');
  await expect(criteria.getByRole('button', { name: 'Aukštyn: Tęstinumas' })).toBeFocused();
  await expect(criteria.getByRole('status')).toHaveText('Tęstinumas: dabar 1 iš 2.');
  await expect(
    criteria.getByRole('group', { name: 'Kriterijus 1' }).getByLabel('Pavadinimas', { exact: true }),
  ).toHaveValue('Tęstinumas');

  const annexes = form.getByRole('group', { name: 'Priedai' });
  await annexes.getByRole('button', { name: 'Pridėti priedą' }).click();
  await annexes.getByRole('group', { name: 'Priedas 1' }).getByLabel('Pavadinimas', { exact: true }).fill('Sąmata');
  await annexes.getByRole('button', { name: 'Pridėti priedą' }).click();
  const letter = annexes.getByRole('group', { name: 'Priedas 2' });
  await letter.getByLabel('Pavadinimas', { exact: true }).fill('Partnerio raštas');
  await letter.getByRole('checkbox', { name: 'Privalomas priedas' }).uncheck();

  const questions = form.getByRole('group', { name: 'Klausimai pareiškėjams' });
  await questions.getByRole('button', { name: 'Pridėti klausimą' }).click();
  const question = questions.getByRole('group', { name: 'Klausimas 1' });
  await question.getByLabel('Klausimas', { exact: true }).fill('Kokio amžiaus jaunimas dalyvaus?');
  await question.getByLabel('Atsakymo tipas').selectOption({ label: 'Vienas pasirinkimas' });
  const choices = question.getByRole('group', { name: 'Atsakymo variantai' });
  await choices.getByRole('button', { name: 'Pridėti variantą' }).click();
  await choices.getByRole('textbox', { name: 'Variantas 1', exact: true }).fill('14–18 metų');
  await choices.getByRole('button', { name: 'Pridėti variantą' }).click();
  await choices.getByRole('textbox', { name: 'Variantas 2', exact: true }).fill('19–29 metų');

  await form.getByRole('button', { name: 'Išsaugoti' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Kvietimas Nr. ${number}: ${title}` })).toBeVisible();
  await expect(page.getByText('Kvietimo juodraštis sukurtas.', { exact: false })).toBeVisible();
  await expect(page.getByText('Juodraštis', { exact: true })).toBeVisible();
  const criteriaShown = page.getByRole('region', { name: 'Atrankos kriterijai' }).getByRole('heading', { level: 3 });
  await expect(criteriaShown).toHaveText(['Tęstinumas', 'Jaunimo įtraukimas']);
  await expect(page.getByRole('region', { name: 'Priedai' })).toContainText('Neprivalomi priedai');
  await expect(page.getByRole('region', { name: 'Klausimai pareiškėjams' })).toContainText('19–29 metų');

  await page.getByRole('button', { name: 'Paskelbti kvietimą' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('tik paskelbtu pakeitimu');
  await dialog.getByRole('button', { name: 'Paskelbti' }).click();
  await expect(page.getByText('Kvietimas paskelbtas.')).toBeFocused();
  await expect(page.getByRole('timer')).toHaveText(/^Liko (29|30) dien/);

  await page.getByRole('link', { name: 'Visi kvietimai' }).click();
  const open = page.getByRole('region', { name: 'Priimamos paraiškos' });
  await expect(open.getByRole('link', { name: `Kvietimas Nr. ${number}: ${title}` })).toBeVisible();

  // In English: the English title, and the text given in Lithuanian only, marked as Lithuanian.
  await page.getByRole('group', { name: 'Kalba' }).getByRole('button', { name: 'English' }).click();
  await page.getByRole('link', { name: `Call No. ${number}: ${englishTitle}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Call No. ${number}: ${englishTitle}` })).toBeVisible();
  const text = page.getByRole('region', { name: 'Call text' }).locator('[lang="lt"]');
  await expect(text).toHaveText('Kviečiame jaunimo organizacijas.');
});

test('staff amend a published call with a reason, and a visitor sees what changed and why', async ({
  page,
  browser,
}) => {
  await signInThroughApi(page, demo.staff);
  const number = freshNumber(2);
  const title = `Kaimo turizmo maršrutai ${number}`;
  await publishedCall(page, title, number);

  await page.goto(`/calls/${number}`);
  await page.getByRole('link', { name: 'Redaguoti kvietimą' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kvietimo redagavimas' })).toBeVisible();
  await expect(page.getByText('pakeitimai bus paskelbti kaip kvietimo pakeitimas')).toBeVisible();
  await page.getByLabel('Kvietimo biudžetas').fill('60000');
  await page.getByRole('button', { name: 'Paskelbti pakeitimą' }).click();
  // The reason is asked for before anything is sent.
  await expect(page.getByLabel('Pakeitimo priežastis')).toBeFocused();
  await page.getByLabel('Pakeitimo priežastis').fill('Savivaldybė skyrė papildomų lėšų.');
  await page.getByRole('button', { name: 'Paskelbti pakeitimą' }).click();
  await expect(page.getByText('Kvietimo pakeitimas paskelbtas.')).toBeVisible();

  const visitor = await browser.newContext({ locale: 'lt-LT' });
  const visitorPage = await visitor.newPage();
  await visitorPage.goto(`/calls/${number}`);
  const amendments = visitorPage.getByRole('region', { name: 'Kvietimo pakeitimai' });
  await expect(amendments.getByRole('heading', { name: /^Pakeitimas Nr\. 1/ })).toBeVisible();
  await expect(amendments).toContainText('Savivaldybė skyrė papildomų lėšų.');
  await expect(amendments.getByRole('listitem').filter({ hasText: /^Kvietimo biudžetas/ })).toHaveText(
    /Kvietimo biudžetas:\s+50\s000,00\s€\s+→\s*pakeista į\s+60\s000,00\s€/,
  );
  await expect(visitorPage.getByRole('definition').filter({ hasText: /^60\s000,00\s€$/ })).toBeVisible();
  await visitor.close();
});
