import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { ROSAFLOR, expect, test } from '../fixtures';
import { storageStateFor } from '../roles';
import { expectNoAxeViolations, expectNoSidewaysScroll, PHONE } from '../screens';

// Every screen at the sizes staff use and in both colour schemes: no sideways scrolling at phone
// width, no axe violation anywhere, and a screenshot of each in test-results/screens/. With
// UPDATE_DOCS=1 the ones the README shows are written to docs/screens/ too.
const SHOTS = fileURLToPath(new URL('../../test-results/screens/', import.meta.url));
const DOCS = fileURLToPath(new URL('../../docs/screens/', import.meta.url));
const IN_README = new Set([
  'add-contact-search-1280-light',
  'customer-1280-light',
  'customer-390-light',
  'edit-contact-1280-dark',
]);

// Four variants of several screens per test, each with an axe scan.
test.describe.configure({ timeout: 120_000 });

const VARIANTS = [
  { size: { width: 1280, height: 800 }, scheme: 'light' },
  { size: { width: 1280, height: 800 }, scheme: 'dark' },
  { size: PHONE, scheme: 'light' },
  { size: PHONE, scheme: 'dark' },
] as const;

/** Checks (and photographs) the screen as it is now, in each variant. */
async function checkEveryVariant(page: Page, name: string): Promise<void> {
  for (const { size, scheme } of VARIANTS) {
    await page.setViewportSize(size);
    await page.emulateMedia({ colorScheme: scheme });
    if (size.width === PHONE.width) await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);
    const shot = `${name}-${size.width}-${scheme}`;
    const image = await page.screenshot({
      path: `${SHOTS}${shot}.png`,
      fullPage: size.width === PHONE.width,
    });
    if (process.env.UPDATE_DOCS && IN_README.has(shot)) {
      await writeFile(`${DOCS}${shot}.png`, image);
    }
  }
}

test.describe('every screen, as support', () => {
  test('the add screen: empty, with the customer list open, and saved', async ({
    addContact: screen,
    page,
  }) => {
    await screen.open();
    await checkEveryVariant(page, 'add-contact');
    await screen.customer.fill('rosa');
    await expect(page.getByRole('option').first()).toBeVisible();
    await checkEveryVariant(page, 'add-contact-search');
    await page.getByRole('option', { name: new RegExp(ROSAFLOR.name) }).click();
    await screen.field('Name').fill('Pantalla Completa');
    await screen.field('Type').selectOption('Buyer');
    await screen.save.click();
    await expect(page.getByRole('heading', { name: 'Contact saved in Komet' })).toBeVisible();
    await checkEveryVariant(page, 'add-contact-saved');
  });

  test('customers, a customer with a contact’s details open, and a contact’s edit page', async ({
    page,
  }) => {
    await page.goto('/customers');
    await expect(page.getByRole('heading', { name: 'Find a customer' })).toBeVisible();
    await checkEveryVariant(page, 'customers');

    await page.goto(`/customers/${ROSAFLOR.id}`);
    await page.getByRole('button', { name: /^Details of Carlos Andrade/ }).click();
    await expect(page.getByText('Komet id')).toBeVisible();
    await checkEveryVariant(page, 'customer');

    await page.goto(`/customers/${ROSAFLOR.id}`);
    await page.getByRole('link', { name: /^Edit Carlos Andrade/ }).click();
    await expect(page.getByRole('heading', { name: 'Edit Carlos Andrade' })).toBeVisible();
    await checkEveryVariant(page, 'edit-contact');
  });

  test('not yet in Komet, and the error screens', async ({ page }) => {
    await page.goto('/submissions');
    await expect(page.getByRole('heading', { level: 1, name: 'Not yet in Komet' })).toBeVisible();
    await checkEveryVariant(page, 'submissions');

    await page.goto('/no-such-page');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await checkEveryVariant(page, 'not-found');

    await page.goto('/customers/999999/contacts/new');
    await expect(page.getByRole('heading', { level: 1, name: 'Customer not found' })).toBeVisible();
    await checkEveryVariant(page, 'customer-not-found');
  });
});

test.describe('every screen, as an admin', () => {
  test.use({ storageState: storageStateFor('admin') });

  test('users, the audit trail and Komet usage', async ({ page }) => {
    for (const [path, name] of [
      ['/admin/users', 'admin-users'],
      ['/admin/audit', 'admin-audit'],
      ['/admin/usage', 'admin-usage'],
    ] as const) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('table').first()).toBeVisible();
      await checkEveryVariant(page, name);
    }
  });
});

test.describe('every screen, signed out', () => {
  test.use({ storageState: { cookies: [], origins: [] } });

  test('sign-in', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: /sign in/i })).toBeVisible();
    await checkEveryVariant(page, 'sign-in');
  });
});
