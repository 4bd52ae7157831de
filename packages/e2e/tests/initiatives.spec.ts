import { expect, test, type Page } from '@playwright/test';
import { demo, graphql, signInThroughApi, stageLiveOutage, watchSubscription } from './fixtures.js';

const summary = 'Sutvarkysime seną šulinį ir pastatysime suoliukus.';
const body = '## Darbai\n\n- šulinio valymas\n- **suoliukai** prie tvenkinio';

/** A member's representative proposes a complete initiative and submits it; returns its page URL. */
async function proposeAndSubmit(page: Page, title: string): Promise<string> {
  await signInThroughApi(page, demo.representative);
  await page.goto('/initiatives/new');
  await page.getByLabel('Teikiančioji organizacija').selectOption({ label: 'Pastrėvio kaimo bendruomenė' });
  await page.getByLabel('Pavadinimas').fill(title);
  await page.getByLabel('Santrauka').fill(summary);
  await page.getByLabel('Aprašymas').fill(body);
  await page.getByRole('checkbox', { name: 'Aplinka' }).check();
  await page.getByLabel('Strategijos priemonė').selectOption({ index: 1 });
  await page.getByLabel('Numatomas biudžetas, eurais').fill('6000');
  await page.getByLabel('Prašoma parama, eurais').fill('4500');
  await page.getByRole('button', { name: 'Išsaugoti juodraštį' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.getByRole('button', { name: 'Pateikti vertinti' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Taip, pateikti' }).click();
  // Said beside the new status, and focused: the button that was pressed has gone with the draft.
  await expect(page.getByText('Iniciatyva pateikta vertinti.')).toBeFocused();
  return page.url();
}

/**
 * The same initiative made through the API, for tests of what happens to it afterwards: the
 * representative on `page` is signed in, and the initiative is submitted, after `beforeSubmit`
 * has done what it does with the draft. Returns its page URL.
 */
async function submittedThroughApi(
  page: Page,
  title: string,
  beforeSubmit: (initiativeId: string) => Promise<void> = async () => {},
): Promise<string> {
  await signInThroughApi(page, demo.representative);
  const { organisation, about } = await graphql<{
    organisation: { id: string };
    about: { strategy: { measures: { id: string }[] } };
  }>(
    page,
    `
      query Setup {
        organisation(slug: "pastrevio-kaimo-bendruomene") {
          id
        }
        about {
          strategy {
            measures {
              id
            }
          }
        }
      }
    `,
  );
  const { createInitiative } = await graphql<{ createInitiative: { id: string; slug: string; version: number } }>(
    page,
    'mutation Create($input: CreateInitiativeInput!) { createInitiative(input: $input) { id slug version } }',
    {
      input: {
        asOrganisationId: organisation.id,
        title,
        summary,
        body,
        themeCodes: ['ENVIRONMENT'],
        measureId: about.strategy.measures[0]!.id,
        estimatedBudgetCents: 600_000,
        requestedSupportCents: 450_000,
      },
    },
  );
  await beforeSubmit(createInitiative.id);
  await graphql(
    page,
    'mutation Submit($id: ID!, $version: Int!) { submitInitiative(id: $id, version: $version) { id } }',
    { id: createInitiative.id, version: createInitiative.version },
  );
  return `/initiatives/${createInitiative.slug}`;
}

/** A draft with its title alone, made through the API by the representative signed in on `page`; returns its page URL. */
async function draftThroughApi(page: Page, title: string): Promise<string> {
  await signInThroughApi(page, demo.representative);
  const { organisation } = await graphql<{ organisation: { id: string } }>(
    page,
    'query Lead { organisation(slug: "pastrevio-kaimo-bendruomene") { id } }',
  );
  const { createInitiative } = await graphql<{ createInitiative: { slug: string } }>(
    page,
    'mutation Create($input: CreateInitiativeInput!) { createInitiative(input: $input) { slug } }',
    { input: { asOrganisationId: organisation.id, title } },
  );
  return `/initiatives/${createInitiative.slug}`;
}

test('a draft saved with its title alone says what submitting needs; filled from its checklist, it is submitted once confirmed', async ({
  page,
}) => {
  await signInThroughApi(page, demo.representative);
  await page.goto('/initiatives/new');
  await expect(page.getByText('Juodraščiui išsaugoti užtenka pavadinimo.')).toBeVisible();
  await expect(page.getByLabel('Santrauka')).toBeVisible();
  await expect(page.locator('label', { hasText: 'Santrauka' })).toContainText('reikės pateikiant');
  await expect(page.locator('label', { hasText: 'Seniūnija' })).toContainText('neprivaloma');
  await page.getByLabel('Teikiančioji organizacija').selectOption({ label: 'Pastrėvio kaimo bendruomenė' });
  const title = `Kontrolinis sąrašas ${Date.now()}`;
  await page.getByLabel('Pavadinimas').fill(title);
  await page.getByRole('button', { name: 'Išsaugoti juodraštį' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

  const checklist = page.getByRole('list', { name: 'Ko dar trūksta pateikimui' });
  await expect(checklist.getByRole('listitem')).toHaveCount(6);
  await expect(page.getByRole('button', { name: 'Pateikti vertinti' })).toHaveCount(0);
  await checklist.getByRole('link', { name: 'Užpildyti: Santrauka' }).click();
  await expect(page.getByLabel('Santrauka')).toBeFocused();
  await page.getByLabel('Santrauka').fill(summary);
  await page.getByLabel('Aprašymas').fill(body);
  await page.getByRole('checkbox', { name: 'Aplinka' }).check();
  await page.getByLabel('Strategijos priemonė').selectOption({ index: 1 });
  await page.getByLabel('Numatomas biudžetas, eurais').fill('6000');
  await page.getByLabel('Prašoma parama, eurais').fill('4500');
  await page.getByRole('button', { name: 'Išsaugoti juodraštį' }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('Viskas užpildyta: juodraštį galima pateikti vertinti.')).toBeVisible();

  await page.getByRole('button', { name: 'Pateikti vertinti' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(dialog).toContainText('redaguoti jos nebegalėsite');
  await dialog.getByRole('button', { name: 'Atšaukti' }).click();
  await expect(page.getByText('Juodraštis', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Pateikti vertinti' }).click();
  await dialog.getByRole('button', { name: 'Taip, pateikti' }).click();
  await expect(page.getByText('Iniciatyva pateikta vertinti.')).toBeFocused();
  await expect(page.getByText('Pateikta', { exact: true }).first()).toBeVisible();
});

test('the body is formatted with the toolbar and previewed as the server will show it', async ({ page }) => {
  await signInThroughApi(page, demo.representative);
  await page.goto('/initiatives/new');
  const bodyField = page.getByLabel('Aprašymas');
  await bodyField.fill('Sutvarkysime šulinį');
  await bodyField.selectText();
  await page
    .getByRole('toolbar', { name: 'Teksto formatavimas' })
    .getByRole('button', { name: /Paryškinti/ })
    .click();
  await expect(bodyField).toHaveValue('**Sutvarkysime šulinį**');
  await bodyField.press('End');
  await bodyField.press('Enter');
  await bodyField.pressSequentially('valymas');
  await page.getByRole('button', { name: 'Sąrašas', exact: true }).click();
  await expect(bodyField).toHaveValue('**Sutvarkysime šulinį**\n- valymas');

  await page.getByRole('tab', { name: 'Peržiūra' }).click();
  const preview = page.getByRole('tabpanel', { name: 'Peržiūra' });
  await expect(preview.locator('strong')).toHaveText('Sutvarkysime šulinį');
  await expect(preview.getByRole('listitem')).toHaveText('valymas');
  await page.getByRole('tab', { name: 'Rašyti' }).click();
  await expect(bodyField).toBeVisible();
});

test('a representative deletes a draft once confirmed and is back at their initiatives without it', async ({
  page,
}) => {
  const title = `Ištrinamas juodraštis ${Date.now()}`;
  await page.goto(await draftThroughApi(page, title));
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.getByRole('button', { name: 'Ištrinti juodraštį' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Taip, ištrinti' }).click();
  await expect(page).toHaveURL(/\/initiatives\/mine$/);
  await expect(page.getByRole('status').filter({ hasText: `Juodraštis „${title}“ ištrintas.` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Mano iniciatyvos' })).toBeVisible();
  await expect(page.getByRole('link', { name: title })).toHaveCount(0);
});

test('a member proposes and submits; staff move it to review with a reason; a visitor sees the timeline', async ({
  page,
  browser,
}) => {
  const title = `Pastrėvio šulinio atgimimas ${Date.now()}`;
  const url = await proposeAndSubmit(page, title);
  await expect(page.getByText('6 000,00 €')).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Darbai' })).toBeVisible();

  const staffContext = await browser.newContext({ locale: 'lt-LT' });
  const staff = await staffContext.newPage();
  await signInThroughApi(staff, demo.staff);
  await staff.goto(url);
  await staff.getByLabel('Nauja būsena').selectOption('UNDER_REVIEW');
  await staff.getByLabel('Priežastis').fill('Paraiška išsami, pradedame vertinimą');
  await staff.getByRole('button', { name: 'Keisti būseną' }).click();
  await expect(staff.getByText(/Būsena pakeista/)).toBeVisible();
  await staffContext.close();

  const visitorContext = await browser.newContext({ locale: 'lt-LT' });
  const visitor = await visitorContext.newPage();
  await visitor.goto(url);
  await expect(visitor.getByText('Paraiška išsami, pradedame vertinimą')).toBeVisible();
  await expect(visitor.getByText('Vertinama').first()).toBeVisible();
  await visitorContext.close();
});

test('another organisation comments and the author sees it appear without reloading', async ({ page, browser }) => {
  const title = `Bendruomenės daržai ${Date.now()}`;
  const url = await submittedThroughApi(page, title);
  const live = watchSubscription(page, 'CommentAdded');
  await page.goto(url);
  const discussion = page.getByRole('region', { name: 'Diskusija' });
  await expect(discussion).toBeVisible();
  // A comment written before the author's page listens would never reach it.
  await expect.poll(live.subscribed, { message: 'the author’s page subscribes to new comments' }).toBe(true);

  const partnerContext = await browser.newContext({ locale: 'lt-LT' });
  const partner = await partnerContext.newPage();
  await signInThroughApi(partner, demo.partner);
  await partner.goto(url);
  const comment = `Mūsų asociacija mielai prisidės sėklomis (${Date.now()})`;
  const form = partner.getByRole('region', { name: 'Diskusija' });
  await form.getByRole('textbox', { name: 'Komentaras' }).fill(comment);
  await form.getByRole('button', { name: 'Skelbti komentarą' }).click();
  await expect(form.getByText(comment)).toBeVisible();
  await partnerContext.close();

  // The author's page was never reloaded: the comment arrived over the live subscription.
  await expect(discussion.getByText(comment)).toBeVisible();
});

test('a comment written while the live connection was down shows once it is back, without reloading', async ({
  page,
  browser,
}) => {
  const url = await submittedThroughApi(page, `Seniūnijos talka ${Date.now()}`);
  const outage = await stageLiveOutage(page, 'CommentAdded');
  await page.goto(url);
  const discussion = page.getByRole('region', { name: 'Diskusija' });
  await expect(discussion).toBeVisible();
  await outage.dropOnceSubscribed();

  const partnerContext = await browser.newContext({ locale: 'lt-LT' });
  const partner = await partnerContext.newPage();
  await signInThroughApi(partner, demo.partner);
  const slug = url.split('/').pop();
  const { initiative } = await graphql<{ initiative: { id: string } }>(
    partner,
    'query ($slug: String!) { initiative(slug: $slug) { id } }',
    { slug },
  );
  const comment = `Kol ryšio nebuvo, parašėme (${Date.now()})`;
  await graphql(partner, 'mutation ($input: AddCommentInput!) { addComment(input: $input) { id } }', {
    input: { initiativeId: initiative.id, body: comment },
  });
  await partnerContext.close();

  outage.release();
  await expect(discussion.getByText(comment)).toBeVisible();
});

test('a status change made while the live connection was down shows once it is back, without reloading', async ({
  page,
  browser,
}) => {
  const url = await submittedThroughApi(page, `Pakelės liepų alėja ${Date.now()}`);
  const outage = await stageLiveOutage(page, 'InitiativeChanged');
  await page.goto(url);
  await expect(page.getByText('Pateikta', { exact: true }).first()).toBeVisible();
  await outage.dropOnceSubscribed();

  const staffContext = await browser.newContext({ locale: 'lt-LT' });
  const staff = await staffContext.newPage();
  await signInThroughApi(staff, demo.staff);
  const { initiative } = await graphql<{ initiative: { id: string } }>(
    staff,
    'query ($slug: String!) { initiative(slug: $slug) { id } }',
    { slug: url.split('/').pop() },
  );
  await graphql(staff, 'mutation ($input: TransitionInitiativeInput!) { transitionInitiative(input: $input) { id } }', {
    input: { id: initiative.id, to: 'UNDER_REVIEW', reason: 'Pradedame vertinti' },
  });
  await staffContext.close();

  outage.release();
  await expect(page.getByText('Vertinama', { exact: true }).first()).toBeVisible();
  await expect(page.getByText('Pradedame vertinti')).toBeVisible();
});

test('support shows at once in the count and the supporters, and that organisation is no longer offered', async ({
  page,
  browser,
}) => {
  const url = await submittedThroughApi(page, `Kaimo turgelis ${Date.now()}`);
  const partnerContext = await browser.newContext({ locale: 'lt-LT' });
  const partner = await partnerContext.newPage();
  await signInThroughApi(partner, demo.partner);
  await partner.goto(url);
  const support = partner.getByRole('region', { name: 'Palaikymas' });
  await expect(support.getByText('Dar niekas nepalaiko')).toBeVisible();
  const chooser = support.getByLabel('Palaikyti kaip organizacija');
  // The organisations offered come with the viewer's own query, which may answer after the initiative's.
  const offered = chooser.locator('option:not([value=""])');
  await expect(offered.first()).toBeAttached();
  const [organisation] = await offered.allTextContents();

  await chooser.selectOption({ label: organisation! });
  await support.getByRole('button', { name: 'Palaikyti', exact: true }).click();
  await expect(support.getByRole('status')).toHaveText(`${organisation} palaiko šią iniciatyvą.`);
  // Once the message shows, so does what it tells of: read once, not retried, so an old count or
  // list still shown beside the message (while a second request runs) fails the test.
  expect(await support.getByText('Palaiko 1 organizacija').isVisible()).toBe(true);
  expect(await support.getByRole('link', { name: organisation }).isVisible()).toBe(true);
  // Members of the LAG are told apart from other supporters.
  const { me } = await graphql<{ me: { affiliations: { organisation: { name: string; membership: string } }[] } }>(
    partner,
    'query Memberships { me { affiliations { organisation { name membership } } } }',
  );
  const member = me.affiliations.some(
    (a) => a.organisation.name === organisation && a.organisation.membership === 'MEMBER',
  );
  await expect(
    support.getByText(`Iš jų VVG narės: ${member ? 1 : 0}, kitos organizacijos: ${member ? 0 : 1}.`),
  ).toBeVisible();
  expect(await chooser.locator('option').allTextContents()).not.toContain(organisation);

  await support.getByRole('button', { name: `Atsiimti palaikymą: ${organisation}` }).click();
  await expect(support.getByRole('status')).toHaveText(`Palaikymas atsiimtas: ${organisation}.`);
  // Waited for, not read once: the live event of the support itself, read on the server before the
  // withdrawal, may land after the withdrawal's answer and show one supporter for a moment.
  await expect(support.getByText('Dar niekas nepalaiko')).toBeVisible();
  // The pressed button went with the support it withdrew: focus is on the message, not lost.
  await expect(support.getByRole('status')).toBeFocused();
  await partnerContext.close();
});

test('an organisation that leads or co-proposes an initiative is not offered to support it, and its representative is told why', async ({
  page,
  browser,
}) => {
  const partnerContext = await browser.newContext({ locale: 'lt-LT' });
  const partner = await partnerContext.newPage();
  await signInThroughApi(partner, demo.partner);
  // The partner's representative accepts the invitation to co-propose the draft as one of its two organisations.
  const url = await submittedThroughApi(page, `Bendra talka ${Date.now()}`, async (initiativeId) => {
    const { organisation } = await graphql<{ organisation: { id: string } }>(
      page,
      'query CoProposer { organisation(slug: "strevos-slenio-vvg") { id } }',
    );
    const ids = { initiativeId, organisationId: organisation.id };
    await graphql(
      page,
      'mutation Invite($initiativeId: ID!, $organisationId: ID!) { inviteCoProposer(initiativeId: $initiativeId, organisationId: $organisationId) { status } }',
      ids,
    );
    await graphql(
      partner,
      'mutation Accept($initiativeId: ID!, $organisationId: ID!) { respondToCoProposal(initiativeId: $initiativeId, organisationId: $organisationId, accept: true) { status } }',
      ids,
    );
  });

  await partner.goto(url);
  const support = partner.getByRole('region', { name: 'Palaikymas' });
  await expect(
    support.getByText(
      'Strėvos slėnio vietos veiklos grupė yra šios iniciatyvos partnerė teikėja arba pakviesta ja tapti, todėl jos palaikyti negali.',
    ),
  ).toBeVisible();
  // Only its other organisation is offered.
  await expect(support.getByLabel('Palaikyti kaip organizacija').locator('option:not([value=""])')).toHaveText([
    'Asociacija „Kaimo ateitis“',
  ]);

  // The lead's representative, who represents nothing else, is told why and offered nothing.
  await page.goto(url);
  const own = page.getByRole('region', { name: 'Palaikymas' });
  await expect(
    own.getByText('Pastrėvio kaimo bendruomenė teikia šią iniciatyvą, todėl jos palaikyti negali.'),
  ).toBeVisible();
  await expect(own.getByLabel('Palaikyti kaip organizacija')).toHaveCount(0);
  await partnerContext.close();
});

test('initiatives sort by support', async ({ page }) => {
  await page.goto('/initiatives');
  await page.getByRole('search', { name: 'Iniciatyvų filtrai' }).getByLabel('Rikiuoti').selectOption('MOST_SUPPORTED');
  await expect(page).toHaveURL(/order=MOST_SUPPORTED/);
  const counts = page.getByText(/^Palaiko \d+ organizacij|^Dar niekas nepalaiko/);
  await expect(counts.first()).toBeVisible();
  // The list before the new order can still be on the page for a moment: retried until the page shows the new one.
  await expect(async () => {
    const numbers = (await counts.allTextContents()).map((text) => Number(/\d+/.exec(text)?.[0] ?? 0));
    expect(numbers.length).toBeGreaterThan(3);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));
  }).toPass({ timeout: 10_000 });
});

test('staff weigh an initiative in the review queue; a move out of the queue keeps its confirmation', async ({
  page,
  browser,
}) => {
  const title = `Pastrėvio tvenkinio takas ${Date.now()}`;
  await submittedThroughApi(page, title);

  const staffContext = await browser.newContext({ locale: 'lt-LT' });
  const staff = await staffContext.newPage();
  await signInThroughApi(staff, demo.staff);
  await staff.goto('/staff/initiatives');
  const card = staff.getByRole('article').filter({ has: staff.getByRole('heading', { name: title }) });
  await expect(card.getByText('4 500,00 €')).toBeVisible();
  await expect(card.getByText('Dar niekas nepalaiko')).toBeVisible();
  // The badge and the submission date's term.
  await expect(card.getByText('Pateikta', { exact: true })).toHaveCount(2);

  await card.getByText('Keisti būseną').first().click();
  await card.getByLabel('Nauja būsena').selectOption('REJECTED');
  await card.getByLabel('Priežastis').fill('Neatitinka priemonės sąlygų');
  await card.getByRole('button', { name: 'Keisti būseną' }).click();
  await expect(staff.getByRole('status').filter({ hasText: title })).toContainText('Atmesta');
  await expect(staff.getByRole('heading', { name: title })).toHaveCount(0);
  await staffContext.close();
});

test('proposing is offered to those who may propose; others learn how to become a representative', async ({
  page,
  browser,
}) => {
  await signInThroughApi(page, demo.resident);
  await page.goto('/initiatives');
  await expect(page.getByText('Iniciatyvas siūlo VVG narių atstovai.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Siūlyti iniciatyvą' })).toHaveCount(0);
  // Typing the address leads to the same explanation, not to a form the server would refuse.
  await page.goto('/initiatives/new');
  await expect(page.getByText('Iniciatyvas siūlo VVG narių atstovai.')).toBeVisible();
  await expect(page.getByLabel('Pavadinimas')).toHaveCount(0);

  const memberContext = await browser.newContext({ locale: 'lt-LT' });
  const member = await memberContext.newPage();
  await signInThroughApi(member, demo.representative);
  await member.goto('/initiatives');
  await expect(member.getByRole('link', { name: 'Siūlyti iniciatyvą' })).toBeVisible();
  await expect(member.getByText('Iniciatyvas siūlo VVG narių atstovai.')).toHaveCount(0);
  await memberContext.close();
});
