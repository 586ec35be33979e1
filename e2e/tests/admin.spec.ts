import { readFileSync } from 'node:fs';
import { request, type Page } from '@playwright/test';
import { ROSAFLOR, expect, test } from '../fixtures';
import { storageStateFor } from '../roles';
import {
  PHONE,
  expectNoAxeViolations,
  expectNoSidewaysScroll,
  expectWithinWidth,
} from '../screens';

const OLGA = { username: 'olga.admin-made', name: 'Olga Nueva' } as const;
const AUDITED_CONTACT = 'Adriana Auditada';

test.use({ storageState: storageStateFor('admin') });

// One change of the admin's own, so the trail and today's usage have something of this spec's.
test.beforeAll(async () => {
  const baseURL = test.info().project.use.baseURL!;
  const admin = await request.newContext({
    baseURL,
    storageState: storageStateFor('admin'),
    extraHTTPHeaders: { origin: baseURL },
  });
  const added = await admin.post(`/api/customers/${ROSAFLOR.id}/contacts`, {
    data: { name: AUDITED_CONTACT, type: 'Buyer', email: 'adriana.auditada@rosaflor.example' },
  });
  expect(added.status()).toBe(201);
  await admin.dispose();
});

const userRow = (page: Page, username: string) =>
  page
    .getByRole('table', { name: 'Users' })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: username, exact: true }) });

test.describe('/admin/users', () => {
  test('when an admin adds a user, changes their role and disables them, then the list shows each step', async ({
    page,
  }) => {
    await page.goto('/admin/users');
    await expect(userRow(page, 'admin')).toBeVisible();
    await expectNoAxeViolations(page);

    const form = page.getByRole('form', { name: 'Add a user' });
    await form.getByLabel(/^Username/).fill(OLGA.username);
    await form.getByLabel(/^Display name/).fill(OLGA.name);
    await form.getByLabel(/^Role/).selectOption('support');
    await form.getByLabel(/^First password/).fill('olga’s first password');
    await form.getByRole('button', { name: 'Add user' }).click();

    await expect(form.getByRole('status')).toHaveText(
      `${OLGA.name} can now sign in as “${OLGA.username}”.`,
    );
    const row = userRow(page, OLGA.username);
    await expect(row.getByRole('cell', { name: OLGA.name })).toBeVisible();
    await expect(row.getByRole('cell', { name: 'Support', exact: true })).toBeVisible();
    await expect(row.getByRole('cell', { name: 'Never', exact: true })).toBeVisible();

    await row.getByLabel(`Role of ${OLGA.username}`).selectOption('sales');
    await row.getByRole('button', { name: 'Change role' }).click();
    await expect(row.getByRole('status')).toHaveText(`${OLGA.name} is now Sales.`);
    await expect(row.getByRole('cell', { name: 'Sales', exact: true })).toBeVisible();

    await row.getByRole('button', { name: `Disable ${OLGA.username}` }).click();
    await expect(row.getByRole('status')).toHaveText(
      `${OLGA.name} is disabled and signed out everywhere.`,
    );
    await expect(row.getByRole('cell', { name: 'Disabled', exact: true })).toBeVisible();
    await expect(row.getByRole('button', { name: `Enable ${OLGA.username}` })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('/admin/audit', () => {
  test('when filtered by action, then only those entries show and the CSV download follows the filter', async ({
    page,
  }) => {
    await page.goto('/admin/audit');
    const entries = page.getByRole('table', { name: 'Audit entries, newest first' });
    await expect(entries.getByRole('rowheader').first()).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel('Action').selectOption('add');
    await page.getByRole('button', { name: 'Show entries' }).click();

    await expect(page).toHaveURL(/\/admin\/audit\?action=add$/);
    await expect(
      entries.getByRole('rowheader', { name: `Added ${AUDITED_CONTACT}` }),
    ).toBeVisible();
    await expect(
      entries.getByRole('row').filter({ hasText: `Added ${AUDITED_CONTACT}` }),
    ).toContainText('Admin demo (admin)');
    for (const what of await entries.getByRole('rowheader').allInnerTexts()) {
      expect(what).toMatch(/^Added /);
    }
    await expect(page.getByLabel('Action')).toHaveValue('add');
    await expectNoAxeViolations(page);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const csv = await download;
    expect(csv.suggestedFilename()).toMatch(/^komet-contacts-audit-\d{4}-\d{2}-\d{2}\.csv$/);
    const [header, ...rows] = readFileSync(await csv.path(), 'utf8')
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(header).toBe(
      'Date and time (UTC),Username,User,Customer id,Customer,Contact id,Action,Outcome,Message,Fields sent,Values before,Steps',
    );
    expect(rows.some((line) => line.includes(`Name: ${AUDITED_CONTACT}`))).toBe(true);
  });
});

test.describe('/admin/usage', () => {
  test('when opened, then today’s Komet calls show with a breakdown by user and by method', async ({
    page,
  }) => {
    await page.goto('/admin/usage');
    await expect(page.getByRole('heading', { level: 1, name: 'Komet usage today' })).toBeVisible();
    await expect(page.getByLabel(/^[1-9][\d,]* of [\d,]+ Komet calls used today/)).toBeVisible();
    await expect(
      page.getByRole('table', { name: 'By user' }).getByRole('rowheader', { name: 'admin' }),
    ).toBeVisible();
    await expect(
      page
        .getByRole('table', { name: 'By method' })
        .getByRole('rowheader', { name: 'customer.contact.add' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('the admin screens at phone width', () => {
  test.use({ viewport: PHONE });

  test('when each is opened, then nothing scrolls sideways and every row keeps its actions on screen', async ({
    page,
  }) => {
    await page.goto('/admin/users');
    const row = userRow(page, 'admin');
    await expect(row).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectWithinWidth(
      page,
      row.getByLabel('Role of admin'),
      row.getByRole('button', { name: 'Change role' }),
      row.getByRole('button', { name: 'Reset password' }),
      row.getByRole('button', { name: 'Disable admin' }),
      page.getByRole('button', { name: 'Add user' }),
    );

    await page.goto('/admin/audit');
    const entry = page
      .getByRole('table', { name: 'Audit entries, newest first' })
      .getByRole('row')
      .filter({ hasText: `Added ${AUDITED_CONTACT}` });
    await expect(entry).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectWithinWidth(
      page,
      page.getByRole('button', { name: 'Download CSV' }),
      page.getByRole('button', { name: 'Show entries' }),
      entry.getByRole('rowheader'),
      entry.getByRole('cell', { name: 'Saved in Komet' }),
      entry.getByRole('link', { name: new RegExp(ROSAFLOR.name) }),
    );

    await page.goto('/admin/usage');
    await expect(page.getByRole('table', { name: 'By method' })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectWithinWidth(
      page,
      page.getByRole('button', { name: 'Refresh' }),
      page.getByRole('table', { name: 'By user' }),
      page.getByRole('table', { name: 'By method' }),
    );
  });
});
