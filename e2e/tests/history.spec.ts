import type { Page } from '@playwright/test';
import { ROSAFLOR, expect, test } from '../fixtures';
import { storageStateFor } from '../roles';
import { PHONE, expectNoAxeViolations, expectNoSidewaysScroll } from '../screens';

const history = (page: Page) => page.getByRole('region', { name: 'History' });

test.describe('a sales person’s add shows in the customer’s history', () => {
  test.use({ storageState: storageStateFor('sales') });

  test('when a contact is added on the add screen, then the customer’s History lists it with who added it', async ({
    addContact: screen,
    page,
  }) => {
    await screen.pickCustomer('rosaf', ROSAFLOR.name);
    await screen.field('Name').fill('Gabriela Historia');
    await screen.field('Type').selectOption('A/P');
    await screen.field('E-mail').fill('gabriela.historia@rosaflor.example');
    await screen.save.click();
    await expect(page.getByRole('status')).toContainText('Contact saved in Komet');

    await page.goto(`/customers/${ROSAFLOR.id}`);

    const entry = history(page)
      .getByRole('listitem')
      .filter({ hasText: 'Added Gabriela Historia' });
    await expect(entry).toContainText('by Sales demo');
    await expect(entry).toContainText('Saved in Komet');
    await expect(entry).toContainText('E-mail: gabriela.historia@rosaflor.example');
  });
});

test.describe('a support person’s change shows in the customer’s history', () => {
  test('when one field of a contact is changed, then History shows it before → after, and the page passes axe', async ({
    page,
    baseURL,
  }) => {
    // A contact of this test's own, so no other spec's edits meet it.
    const added = await page.request.post(`/api/customers/${ROSAFLOR.id}/contacts`, {
      data: { name: 'Hernán Antes', type: 'Buyer', phone: '+593 2 255 0111' },
      headers: { origin: baseURL! },
    });
    expect(added.status()).toBe(201);

    await page.goto(`/customers/${ROSAFLOR.id}`);
    await page.getByRole('link', { name: 'Edit Hernán Antes' }).click();
    await page.getByLabel(/^Phone/).fill('+593 2 255 0222');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status')).toContainText('Changes to Hernán Antes were saved');

    const entry = history(page).getByRole('listitem').filter({ hasText: 'Changed Hernán Antes' });
    await expect(entry).toContainText('by Support demo');
    await expect(entry).toContainText('Phone: +593 2 255 0111 → +593 2 255 0222');
    await expectNoAxeViolations(page);

    await page.setViewportSize(PHONE);
    await expect(entry).toBeVisible();
    await expectNoSidewaysScroll(page);
  });
});
