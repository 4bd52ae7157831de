import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { demo, expectNoMessageKeys, graphql, signInThroughApi } from './fixtures.js';

/**
 * Every page, as every kind of person who reaches it meets it: its words rather than message keys
 * (its feature's messages load with it), no WCAG 2.1 AA violation found by axe at desktop width,
 * and nothing wider than a 360 px phone. Pages differ by role (menus,
 * actions offered, explanations instead of forms), so each page is checked for each role that
 * can open it. One test a page and role: each fits its own time limit, and they run in parallel.
 */
type Role = keyof typeof roleEmails;

const roleEmails = {
  visitor: undefined,
  resident: demo.resident,
  representative: demo.representative,
  partner: demo.partner,
  staff: demo.staff,
  admin: demo.admin,
};

const everyone = Object.keys(roleEmails) as Role[];
const signedIn = everyone.filter((role) => role !== 'visitor');
const staff: Role[] = ['staff', 'admin'];

/** A submitted initiative anyone may read, and a draft of the representative's organisation. */
const publicInitiative = '/initiatives/vievio-duonos-kelias';
const representativesDraft = '/initiatives/pastrevio-bendruomenes-namu-saules-elektrine';

const pages: { path: string; roles: Role[] }[] = [
  { path: '/', roles: everyone },
  { path: '/about', roles: ['visitor', 'representative'] },
  { path: '/privacy', roles: ['visitor'] },
  { path: '/accessibility', roles: ['visitor'] },
  { path: '/organisations', roles: everyone },
  { path: '/organisations/pastrevio-kaimo-bendruomene', roles: everyone },
  { path: '/initiatives', roles: everyone },
  { path: publicInitiative, roles: everyone },
  { path: '/cooperation', roles: everyone },
  { path: '/calls', roles: ['visitor', 'representative', 'staff'] },
  { path: '/calls/7', roles: ['visitor', 'representative', 'staff'] },
  // The draft, with what publishing still needs, only staff see.
  { path: '/calls/9', roles: ['staff'] },
  { path: '/search?q=bendruomen%C4%97', roles: everyone },
  { path: '/no-such-page', roles: ['visitor', 'representative'] },
  { path: '/sign-in', roles: ['visitor'] },
  { path: '/register', roles: ['visitor'] },
  { path: '/forgot-password', roles: ['visitor'] },
  { path: '/reset-password/nezinoma-nuoroda', roles: ['visitor'] },
  { path: '/verify-email/nezinoma-nuoroda', roles: ['visitor', 'resident'] },
  { path: '/invitations/no-such-invitation', roles: ['visitor', 'resident'] },
  { path: '/account', roles: signedIn },
  { path: '/notifications', roles: signedIn },
  { path: '/unsubscribe/no-such-token', roles: ['visitor'] },
  // Residents and partners are told how to take part instead of getting the form.
  { path: '/initiatives/new', roles: ['resident', 'partner', 'representative', 'staff'] },
  { path: '/initiatives/mine', roles: ['representative', 'partner'] },
  { path: representativesDraft, roles: ['representative', 'staff'] },
  { path: `${representativesDraft}/edit`, roles: ['representative'] },
  { path: '/staff/initiatives', roles: staff },
  { path: '/staff/organisations', roles: staff },
  { path: '/staff/partnerships', roles: staff },
  { path: '/staff/partnerships?view=board', roles: ['staff'] },
  { path: '/staff/partnerships/naryste-lietuvos-vvg-tinkle', roles: staff },
  { path: '/staff/moderation', roles: staff },
  { path: '/staff/calls/new', roles: ['staff'] },
  { path: '/staff/calls/7/edit', roles: ['staff'] },
  // Applications: starting one (residents are told who may apply), the applicant's list, staff's queue.
  { path: '/calls/7/apply', roles: ['representative', 'resident'] },
  { path: '/my-applications', roles: ['representative', 'partner'] },
  { path: '/staff/calls/7/applications', roles: staff },
  { path: '/staff/calls/7/applications?status=COMPLETION_REQUESTED', roles: ['staff'] },
  { path: '/staff/users', roles: ['admin'] },
  // Staff pages asked for by someone who may not: the refusal is a page like any other.
  { path: '/staff/users', roles: ['resident'] },
];

async function open(page: Page, role: Role, path: string): Promise<void> {
  const email = roleEmails[role];
  if (email) await signInThroughApi(page, email);
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
}

/** Its words rather than message keys, no axe violation at desktop width, and no sideways scrolling at 360 px. */
async function expectAccessible(page: Page): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectNoMessageKeys(page);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

  await page.setViewportSize({ width: 360, height: 740 });
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'sideways scrolling at 360 px').toBeLessThanOrEqual(0);
}

for (const { path, roles } of pages) {
  for (const role of roles) {
    test(`${path} as ${role}: no WCAG 2.1 AA violations, and it fits a 360 px phone`, async ({ page }) => {
      await open(page, role, path);
      await expectAccessible(page);
    });
  }
}

test('a draft’s page with what submitting still needs, and its edit form, are accessible', async ({ page }) => {
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
  await page.goto(draft);
  await expect(page.getByRole('list', { name: 'Ko dar trūksta pateikimui' })).toBeVisible();
  await expectAccessible(page);
  await page.goto(`${draft}/edit`);
  await expectAccessible(page);
});

/** Demo call 7's applications (seed: applications.ts), by status, as the one who opens them finds them. */
async function applicationPath(page: Page, role: 'representative' | 'staff', status: string): Promise<string> {
  if (role === 'representative') {
    const { myApplications } = await graphql<{ myApplications: { id: string; status: string }[] }>(
      page,
      'query Mine { myApplications { id status } }',
    );
    return `/applications/${myApplications.find((application) => application.status === status)!.id}`;
  }
  const { call } = await graphql<{ call: { id: string } }>(page, 'query Call { call(number: 7) { id } }');
  const { complianceQueue } = await graphql<{ complianceQueue: { application: { id: string } }[] }>(
    page,
    'query Queue($callId: ID!, $status: [ApplicationStatus!]) { complianceQueue(callId: $callId, status: $status) { application { id } } }',
    { callId: call.id, status: [status] },
  );
  return `/applications/${complianceQueue[0]!.application.id}`;
}

const applicationPages = [
  // The applicant's form with the server's checks, annexes and withdrawal.
  { role: 'representative', status: 'DRAFT' },
  // Staff's checklist, completion request, ineligibility and passing on; a returned one with its round.
  { role: 'staff', status: 'SUBMITTED' },
  { role: 'staff', status: 'COMPLETION_REQUESTED' },
  { role: 'staff', status: 'PASSED_TO_EVALUATION' },
] as const;

for (const { role, status } of applicationPages) {
  test(`a ${status} application's page as ${role}: no WCAG 2.1 AA violations, and it fits a 360 px phone`, async ({
    page,
  }) => {
    await signInThroughApi(page, roleEmails[role]);
    await page.goto(await applicationPath(page, role, status));
    await expect(page.getByRole('heading', { level: 2, name: 'Priedai' })).toBeVisible();
    await expectAccessible(page);
  });
}
