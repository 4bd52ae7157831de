import { expect, test, type Browser, type Page } from '@playwright/test';
import { demo, graphql, signInThroughApi } from './fixtures.js';

/** A page of its own (own cookies) for each person of the story, signed in as them. */
async function personPage(browser: Browser, email?: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'lt-LT' })).newPage();
  if (email) await signInThroughApi(page, email);
  return page;
}

/** What a call's page says it has been asked for so far (its facts: "Jau prašoma paramos"). */
const demand = (page: Page) => page.locator('dt', { hasText: 'Jau prašoma paramos' }).locator('+ dd');

/** Euro as the Lithuanian pages write them ("15 000,00 €"). */
const euro = (cents: number) =>
  new Intl.NumberFormat('lt-LT', { style: 'currency', currency: 'EUR', maximumFractionDigits: 2 }).format(cents / 100);

/** A new draft of the representative's community, made through the API: its slug. */
async function newDraft(representative: Page, title: string): Promise<string> {
  const { organisation } = await graphql<{ organisation: { id: string } }>(
    representative,
    'query Lead { organisation(slug: "pastrevio-kaimo-bendruomene") { id } }',
  );
  const { createInitiative } = await graphql<{ createInitiative: { slug: string } }>(
    representative,
    'mutation Create($input: CreateInitiativeInput!) { createInitiative(input: $input) { slug } }',
    { input: { asOrganisationId: organisation.id, title } },
  );
  return createInitiative.slug;
}

/** The smallest file the server recognises as a PDF by its content. */
const pdf = (name: string) => ({
  name,
  mimeType: 'application/pdf',
  buffer: Buffer.from(
    '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
  ),
});

test('a representative applies to the open call with an annex and answers, completes it at staff’s request, and staff pass it to evaluation while the call’s requested total moves', async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const title = `Pastrėvio bendruomenės daržai ${Date.now()}`;
  const requestedCents = 1_500_000;

  // What the call had been asked for before, as a visitor reads it.
  const visitor = await personPage(browser);
  const before = await graphql<{ call: { requestedSupportCents: number; budgetCents: number } }>(
    visitor,
    'query Demand { call(number: 7) { requestedSupportCents budgetCents } }',
  );
  await visitor.goto('/calls/7');
  await expect(demand(visitor)).toContainText(euro(before.call.requestedSupportCents));

  // The representative starts an application from the call's page, with a new initiative.
  const applicant = await personPage(browser, demo.representative);
  await applicant.goto('/calls/7');
  await applicant.getByRole('link', { name: 'Teikti paraišką' }).click();
  await expect(applicant.getByRole('heading', { level: 1, name: 'Paraiška kvietimui Nr. 7' })).toBeVisible();
  await applicant.getByRole('radio', { name: 'Nauja iniciatyva' }).check();
  await applicant.getByLabel('Naujos iniciatyvos pavadinimas').fill(title);
  await applicant.getByRole('button', { name: 'Pradėti paraišką' }).click();
  await expect(applicant.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const applicationUrl = applicant.url();
  const applicationId = applicationUrl.split('/').pop()!;

  // The checks name what is missing, the initiative's own fields among them, with links to them.
  const checks = applicant.getByRole('list', { name: 'Ką dar reikia sutvarkyti' });
  await expect(checks.getByRole('link', { name: /^Santrauka:/ })).toBeVisible();
  await expect(checks.getByRole('link', { name: /^Tinkamos finansuoti išlaidos:/ })).toBeVisible();

  // The initiative's own fields are its own form's business: filled in through the API here.
  const { application } = await graphql<{
    application: { initiative: { id: string; version: number }; call: { measures: { id: string }[] } };
  }>(
    applicant,
    'query Setup($id: ID!) { application(id: $id) { initiative { id version } call { measures { id } } } }',
    { id: applicationId },
  );
  await graphql(applicant, 'mutation Fill($input: UpdateInitiativeInput!) { updateInitiative(input: $input) { id } }', {
    input: {
      id: application.initiative.id,
      version: application.initiative.version,
      summary: 'Bendruomenės daržai prie kultūros namų: lysvės, šiltnamis ir laistymo sistema.',
      body: 'Daržus prižiūrės bendruomenės nariai ir mokyklos moksleiviai.',
      themeCodes: ['ENVIRONMENT'],
      measureId: application.call.measures[0]!.id,
      estimatedBudgetCents: 2_200_000,
      requestedSupportCents: requestedCents,
    },
  });
  await applicant.reload();
  await expect(checks.getByRole('link', { name: /^Santrauka:/ })).toBeHidden();

  // The application's own part: eligible costs and the call's questions, each by its kind.
  await applicant.getByLabel('Tinkamos finansuoti išlaidos').fill('20000');
  await applicant.getByLabel('Kiek gyventojų tiesiogiai naudosis projekto rezultatais?').fill('250');
  await applicant
    .getByRole('group', { name: /Kokioms gyventojų grupėms/ })
    .getByRole('checkbox', { name: 'Senjorams' })
    .check();
  await applicant
    .getByRole('group', { name: /nemokamai/ })
    .getByRole('radio', { name: 'Taip' })
    .check();
  await applicant.getByLabel(/Kaip bus užtikrintas veiklų tęstinumas/).fill('Daržus prižiūrės bendruomenė.');
  await applicant.getByRole('button', { name: 'Išsaugoti', exact: true }).click();
  await expect(applicant.getByText('Išsaugota. Patikros atnaujintos.')).toBeVisible();

  // Every annex the call requires, each uploaded with a progress bar and attached at once.
  const requiredAnnexes = await graphql<{ call: { annexes: { title: string; required: boolean }[] } }>(
    applicant,
    'query Annexes { call(number: 7) { annexes { title required } } }',
  );
  for (const [index, annex] of requiredAnnexes.call.annexes.filter((a) => a.required).entries()) {
    const fileName = `priedas-${index + 1}.pdf`;
    await applicant.getByLabel(`Įkelti failą: ${annex.title}`).setInputFiles(pdf(fileName));
    await expect(applicant.getByRole('link', { name: fileName })).toBeVisible();
  }
  await expect(applicant.getByText('Paraiška parengta pateikti.')).toBeVisible();

  await applicant.getByRole('button', { name: 'Pateikti paraišką' }).click();
  await applicant.getByRole('alertdialog').getByRole('button', { name: 'Pateikti' }).click();
  await expect(applicant.getByText('Paraiška pateikta.')).toBeFocused();
  await expect(applicant.locator('.application-status')).toHaveText('Pateikta');

  // Staff find it in the call's queue and ask for more.
  const staff = await personPage(browser, demo.staff);
  await staff.goto('/staff/calls/7/applications');
  await staff.getByRole('region', { name: 'Kvietimo Nr. 7 paraiškos' }).getByRole('link', { name: title }).click();
  await expect(staff.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await staff.getByLabel('1 punktas').fill('Pridėkite savivaldybės sutikimą naudotis žeme.');
  const replyBy = new Date(Date.now() + 10 * 24 * 3600_000).toISOString().slice(0, 10);
  await staff.getByLabel('Atsakyti iki').fill(replyBy);
  await staff.getByRole('button', { name: 'Siųsti prašymą' }).click();
  await expect(staff.getByText('Prašymas papildyti išsiųstas.')).toBeFocused();
  await expect(staff.locator('.application-status')).toHaveText('Prašoma papildyti');

  // The representative sees the request in their list and on the application, completes and resubmits.
  await applicant.goto('/my-applications');
  const card = applicant.getByRole('listitem').filter({ hasText: title });
  await expect(card).toContainText('Prašoma papildyti');
  await expect(card).toContainText('Atsakyti iki');
  await card.getByRole('link', { name: title }).click();
  await expect(
    applicant.getByRole('list', { name: 'Ką papildyti (1 kartas)' }).first().getByRole('listitem'),
  ).toHaveText('Pridėkite savivaldybės sutikimą naudotis žeme.');
  await applicant
    .getByLabel(/Kaip bus užtikrintas veiklų tęstinumas/)
    .fill('Daržus prižiūrės bendruomenė; savivaldybė sutiko, kad žeme naudotumės dešimt metų.');
  await applicant.getByRole('button', { name: 'Pateikti papildytą paraišką' }).click();
  await applicant.getByRole('alertdialog').getByRole('button', { name: 'Pateikti' }).click();
  await expect(applicant.getByText('Paraiška pateikta.')).toBeFocused();
  await expect(applicant.getByRole('region', { name: 'Pateiktos versijos' })).toContainText('2 versija');

  // Staff check it item by item (one through the form, the rest through the API) and pass it on.
  await staff.reload();
  await expect(staff.locator('.application-status')).toHaveText('Pateikta');
  const firstItem = staff.getByRole('group', { name: 'Paraiška užpildyta visa, pridėti visi privalomi priedai' });
  await firstItem.getByRole('radio', { name: 'Atitinka', exact: true }).check();
  await firstItem.getByRole('button', { name: /^Išsaugoti:/ }).click();
  await expect(staff.getByText('Išsaugota.', { exact: true }).first()).toBeVisible();
  const { application: checked } = await graphql<{ application: { complianceChecks: { item: string }[] } }>(
    staff,
    'query Checks($id: ID!) { application(id: $id) { complianceChecks { item } } }',
    { id: applicationId },
  );
  for (const { item } of checked.complianceChecks.slice(1)) {
    await graphql(
      staff,
      'mutation Check($id: ID!, $item: String!) { recordComplianceCheck(applicationId: $id, item: $item, result: PASSED) { id } }',
      { id: applicationId, item },
    );
  }
  await staff.reload();
  await staff.getByRole('button', { name: 'Perduoti vertinti' }).click();
  await staff.getByRole('alertdialog').getByRole('button', { name: 'Perduoti' }).click();
  await expect(staff.getByText('Paraiška perduota vertinti.')).toBeFocused();
  await expect(staff.locator('.application-status')).toHaveText('Perduota vertinti');

  // A visitor sees what the call has been asked for grow by the application's support (and by any
  // other test's, running beside this one).
  const after = await graphql<{ call: { requestedSupportCents: number } }>(
    visitor,
    'query Demand { call(number: 7) { requestedSupportCents } }',
  );
  expect(after.call.requestedSupportCents).toBeGreaterThanOrEqual(before.call.requestedSupportCents + requestedCents);
  await visitor.goto('/calls/7');
  await expect(demand(visitor)).toContainText(euro(after.call.requestedSupportCents));
});

test('a representative applies from their draft’s page; the draft is then submitted with its application, and withdrawing it withdraws its application too', async ({
  browser,
}) => {
  const title = `Gilučių sodas ${Date.now()}`;
  const applicant = await personPage(browser, demo.representative);
  const draft = await newDraft(applicant, title);

  // The draft's page offers the open call; the apply form comes with the draft chosen.
  await applicant.goto(`/initiatives/${draft}`);
  await applicant
    .getByRole('region', { name: 'Teikti paraišką' })
    .getByRole('link', { name: /^Kvietimas Nr\. 7 / })
    .click();
  await expect(applicant.getByRole('heading', { level: 1, name: 'Paraiška kvietimui Nr. 7' })).toBeVisible();
  await expect(applicant.getByRole('radio', { name: new RegExp(title) })).toBeChecked();
  await applicant.getByRole('button', { name: 'Pradėti paraišką' }).click();
  await expect(applicant.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const applicationUrl = applicant.url();

  // The server offers no submission of the draft on its own now; the page says how it is submitted.
  await applicant.goto(`/initiatives/${draft}`);
  const authors = applicant.getByRole('region', { name: 'Jūsų juodraštis' });
  await expect(authors.getByText(/teikiamas kaip paraiška kvietimui/)).toBeVisible();
  await expect(applicant.getByRole('region', { name: 'Teikti paraišką' })).toHaveCount(0);

  const withdrawal = applicant.getByRole('region', { name: 'Atsiimti iniciatyvą' });
  await expect(withdrawal.getByText(/Kartu bus atsiimta ir jos paraiška kvietimui/)).toBeVisible();
  await withdrawal.getByLabel('Kodėl atsiimate').fill('Projektą vykdysime be paramos');
  await withdrawal.getByRole('button', { name: 'Atsiimti iniciatyvą' }).click();
  await expect(applicant.getByText('Iniciatyva atsiimta.')).toBeVisible();

  await applicant.goto(applicationUrl);
  await expect(applicant.getByText('Atsiimta', { exact: true }).first()).toBeVisible();
  await expect(applicant.getByText('Projektą vykdysime be paramos')).toBeVisible();
});

test('a representative reading in English applies to call 7 in its English: its title, its questions with their guidance and choices; the answer still names the Lithuanian choice', async ({
  browser,
}) => {
  const title = `Bendruomenės sodas ${Date.now()}`;
  const callTitle = 'Communities’ public spaces and services';
  const applicant = await personPage(browser, demo.representative);
  const draft = await newDraft(applicant, title);

  // The draft's page names the open call by its English title.
  await applicant.goto(`/initiatives/${draft}`);
  await applicant.getByRole('group', { name: 'Kalba' }).getByRole('button', { name: 'English' }).click();
  await applicant
    .getByRole('region', { name: 'Apply for support' })
    .getByRole('link', { name: `Call No. 7 “${callTitle}”` })
    .click();
  await expect(applicant.getByRole('heading', { level: 1, name: 'Application to call No. 7' })).toBeVisible();
  await expect(applicant.getByRole('link', { name: callTitle })).toBeVisible();
  await applicant.getByRole('button', { name: 'Start the application' }).click();
  await expect(applicant.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const applicationId = applicant.url().split('/').pop()!;

  // The application: the call's title, its questions with their guidance and choices, its annexes,
  // all in the English the LAG gives, so nothing of the call is marked as Lithuanian.
  await expect(applicant.getByRole('main').getByRole('link', { name: callTitle })).toBeVisible();
  await expect(applicant.getByLabel('How many residents will use the project’s results directly?')).toBeVisible();
  await expect(applicant.getByText('An approximate number per year.')).toBeVisible();
  const groups = applicant.getByRole('group', { name: /^Which groups of residents is the project mainly for\?/ });
  await expect(groups.locator('label')).toHaveText([
    'Children and young people',
    'Families',
    'Seniors',
    'People with disabilities',
    'All residents',
  ]);
  await expect(applicant.getByLabel('Upload a file: Budget')).toBeVisible();
  await expect(applicant.locator('main [lang="lt"]')).toHaveCount(0);

  // Chosen in English, the answer names the choice by its Lithuanian, and reads back in English.
  await groups.getByRole('checkbox', { name: 'Seniors' }).check();
  await applicant.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(applicant.getByText('Saved. The checks are up to date.')).toBeVisible();
  const { application } = await graphql<{ application: { answers: { question: { text: string }; value: unknown }[] } }>(
    applicant,
    'query Answers($id: ID!) { application(id: $id) { answers { question { text } value } } }',
    { id: applicationId },
  );
  expect(
    application.answers.find(
      (answer) => answer.question.text === 'Kokioms gyventojų grupėms projektas labiausiai skirtas?',
    )?.value,
  ).toEqual(['Senjorams']);
  await applicant.reload();
  await expect(groups.getByRole('checkbox', { name: 'Seniors' })).toBeChecked();

  // The draft's page and the list of applications name the call in English too.
  await applicant.goto(`/initiatives/${draft}`);
  await expect(applicant.getByRole('region', { name: 'Your draft' })).toContainText(
    `This draft applies to the call “${callTitle}”`,
  );
  await expect(applicant.getByRole('region', { name: 'Withdraw the initiative' })).toContainText(
    `Its application to the call “${callTitle}” is withdrawn with it.`,
  );
  await applicant.goto('/my-applications');
  await expect(applicant.getByRole('listitem').filter({ hasText: title })).toContainText(`Call No. 7 “${callTitle}”`);
});
