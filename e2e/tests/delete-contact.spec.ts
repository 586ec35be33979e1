import { expect, test, ROSAFLOR } from '../fixtures';
import { expectNoAxeViolations } from '../screens';

test.describe('support staff delete a contact', () => {
  test('when a contact is deleted from its edit page, then Cancel asks first about unsaved changes, and after confirming it is gone from the customer', async ({
    page,
    baseURL,
  }) => {
    const name = `Dolores Borrar ${Date.now()}`;
    const added = await page.request.post(`/api/customers/${ROSAFLOR.id}/contacts`, {
      data: { name, type: 'Buyer', email: 'dolores@rosaflor.example' },
      headers: { origin: baseURL!, 'idempotency-key': `delete-spec-${name.replace(/\D/g, '')}` },
    });
    expect(added.status()).toBe(201);

    await page.goto(`/customers/${ROSAFLOR.id}`);
    await page.getByRole('link', { name: `Edit ${name}` }).click();
    await expect(page.getByRole('heading', { name: `Edit ${name}` })).toBeVisible();

    // Cancel with unsaved changes asks first; staying keeps what was typed.
    await page.getByLabel(/^Description/).fill('Half-typed note');
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByLabel(/^Description/)).toHaveValue('Half-typed note');

    const opener = page.getByRole('button', { name: 'Delete contact' });
    await opener.click();
    const dialog = page.getByRole('alertdialog', {
      name: `Delete ${name} from ${ROSAFLOR.name}?`,
    });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText('This removes it from Komet.');
    await expect(dialog.getByRole('button', { name: 'Keep' })).toBeFocused();
    await expectNoAxeViolations(page);

    // Escape keeps it, and focus goes back to where it was.
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(opener).toBeFocused();

    await opener.click();
    await dialog.getByRole('button', { name: 'Delete' }).click();

    await expect(page).toHaveURL(
      new RegExp(`/customers/${ROSAFLOR.id}\\?deleted=${encodeURIComponent(name)}$`),
    );
    await expect(page.getByRole('heading', { level: 1, name: ROSAFLOR.name })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Edit Carlos Andrade' })).toBeVisible();
    await expect(page.getByRole('link', { name: `Edit ${name}` })).toHaveCount(0);

    await page.reload();
    await expect(page.getByRole('link', { name: 'Edit Carlos Andrade' })).toBeVisible();
    await expect(page.getByRole('link', { name: `Edit ${name}` })).toHaveCount(0);
  });
});
