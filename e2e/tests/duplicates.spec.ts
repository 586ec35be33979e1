import { ROSAFLOR, expect, test } from '../fixtures';

test.describe('adding a contact that may exist already', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto(`/customers/${ROSAFLOR.id}/contacts/new`);
    await expect(page.getByRole('combobox', { name: 'Customer' })).toHaveValue(ROSAFLOR.name);
    await page.getByLabel(/^Name/).fill('lucia  PAREDES');
    await page.getByLabel(/^Type/).selectOption('A/P');
    await page.getByRole('button', { name: 'Save contact' }).click();
  });

  test('when the name matches an existing contact, then the warning names it and "Edit that contact" opens it', async ({
    page,
  }) => {
    const warning = page.getByRole('region', {
      name: 'This customer may already have this contact',
    });
    await expect(warning).toContainText('Lucía Paredes');
    await expect(warning).toContainText('same name');
    await warning.getByRole('button', { name: 'Edit that contact' }).click();
    await expect(page.getByRole('heading', { name: 'Edit Lucía Paredes' })).toBeVisible();
  });

  test('when "Add anyway" is chosen, then the contact is saved and listed', async ({ page }) => {
    await page.getByRole('button', { name: 'Add anyway' }).click();
    await expect(page.getByRole('status')).toContainText('Contact saved in Komet');
    await page.getByRole('link', { name: /See all contacts of/ }).click();
    await expect(
      page.getByRole('table').getByRole('rowheader', { name: 'lucia PAREDES' }),
    ).toBeVisible();
  });
});
