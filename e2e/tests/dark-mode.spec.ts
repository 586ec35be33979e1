import type { Page } from '@playwright/test';
import { ROSAFLOR, expect, test } from '../fixtures';
import { storageStateFor } from '../roles';
import { expectNoAxeViolations } from '../screens';

// Staff whose system is set to dark get the dark palette; its contrast must pass axe as well.
test.use({ colorScheme: 'dark' });

const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test.describe('in dark mode', () => {
  test('when the add screen opens, then it is dark and axe finds no violations', async ({
    addContact: screen,
    page,
  }) => {
    await screen.open();
    expect(await background(page)).toBe('rgb(18, 22, 31)');
    await screen.customer.fill('rosaf');
    await expect(page.getByRole('option', { name: new RegExp(ROSAFLOR.name) })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('when a customer and a contact’s edit page are opened, then axe finds no violations', async ({
    page,
  }) => {
    await page.goto(`/customers/${ROSAFLOR.id}`);
    await expect(page.getByRole('heading', { level: 1, name: ROSAFLOR.name })).toBeVisible();
    await expect(page.getByRole('table')).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('link', { name: /^Edit Carlos Andrade/ }).click();
    await expect(page.getByRole('heading', { name: 'Edit Carlos Andrade' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe('in dark mode, as an admin', () => {
  test.use({ storageState: storageStateFor('admin') });

  test('when the audit trail and the outbox are opened, then axe finds no violations', async ({
    page,
  }) => {
    await page.goto('/admin/audit');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto('/submissions');
    await expect(page.getByRole('heading', { level: 1, name: 'Not yet in Komet' })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
