import { ROSAFLOR, expect, test } from '../fixtures';
import {
  expectNoAxeViolations,
  expectNoSidewaysScroll,
  expectWithinWidth,
  PHONE,
} from '../screens';

test.describe('keyboard shortcuts and toasts', () => {
  test('when ? is pressed, then the shortcuts are listed in an accessible dialog; n opens the add form for the customer, / the add screen ready to search', async ({
    page,
  }) => {
    await page.goto(`/customers/${ROSAFLOR.id}`);
    await expect(page.getByRole('heading', { level: 1, name: ROSAFLOR.name })).toBeVisible();

    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(help).toBeVisible();
    await expect(help.getByRole('heading', { level: 2 })).toHaveText('Keyboard shortcuts');
    await expect(help.getByRole('listitem')).toHaveCount(5);
    await expect(help.locator('kbd', { hasText: 'Ctrl' })).toBeVisible();
    await expect(help.getByRole('button', { name: 'Close' })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await expect(help).toBeHidden();

    // The header button opens it too, and focus comes back to the button.
    const button = page.getByRole('button', { name: 'Keyboard shortcuts' });
    await button.click();
    await help.getByRole('button', { name: 'Close' }).click();
    await expect(help).toBeHidden();
    await expect(button).toBeFocused();

    // Typed in a field, the keys are text.
    const filter = page.getByLabel('Filter contacts');
    await filter.pressSequentially('n?');
    await expect(filter).toHaveValue('n?');
    await expect(help).toBeHidden();
    await expect(page).toHaveURL(new RegExp(`/customers/${ROSAFLOR.id}\\?q=`));
    await filter.clear();

    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('n');
    await expect(page).toHaveURL(`/customers/${ROSAFLOR.id}/contacts/new`);
    await expect(page.getByRole('heading', { level: 1, name: 'Add a contact' })).toBeVisible();
    const customer = page.getByRole('combobox', { name: 'Customer' });
    await expect(customer).toHaveValue(ROSAFLOR.name);

    // `/` from a screen without a customer box opens the add screen, ready to search.
    await page.goBack();
    await page.getByRole('heading', { level: 1, name: ROSAFLOR.name }).click();
    await page.keyboard.press('/');
    await expect(page).toHaveURL('/');
    await expect(customer).toBeFocused();
    await expect(customer).toHaveValue('');
  });

  test('when a contact is deleted, then a toast at the bottom says so, fits a phone in dark mode, passes axe and closes', async ({
    page,
    baseURL,
  }) => {
    const name = `Toast Borrar ${Date.now()}`;
    const added = await page.request.post(`/api/customers/${ROSAFLOR.id}/contacts`, {
      data: { name, type: 'Buyer' },
      headers: { origin: baseURL!, 'idempotency-key': `shortcuts-spec-${name.replace(/\D/g, '')}` },
    });
    expect(added.status()).toBe(201);
    await page.setViewportSize(PHONE);
    await page.emulateMedia({ colorScheme: 'dark' });

    await page.goto(`/customers/${ROSAFLOR.id}`);
    const edit = page.getByRole('link', { name: `Edit ${name}` });
    await edit.click();
    await expect(page).toHaveTitle(`Edit ${name} · Komet Contacts`);
    // Escape with nothing changed goes back without asking.
    await page.keyboard.press('Escape');
    await expect(page).toHaveURL(`/customers/${ROSAFLOR.id}`);

    await edit.click();
    await page.getByRole('button', { name: 'Delete contact' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete' }).click();

    const toast = page.getByRole('status');
    await expect(toast).toHaveText(`${name} was deleted from Komet.`);
    const box = toast.locator('..');
    // Under the pointer it stays, however long the checks below take.
    await box.hover();
    await expect(box).toHaveCSS('opacity', '1');
    await expectWithinWidth(page, box);
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);

    await box.getByRole('button', { name: 'Close' }).click();
    await expect(toast).toHaveCount(0);
    await expect(page).toHaveURL(`/customers/${ROSAFLOR.id}`);
  });
});
