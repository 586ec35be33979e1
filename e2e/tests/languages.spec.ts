import { ROSAFLOR, expect, test } from '../fixtures';
import { expectNoAxeViolations } from '../screens';
import { wordsFor } from '../words';

const es = wordsFor('es');

test.describe('languages', () => {
  test('when a user switches to Spanish in the header, then the app speaks Spanish, also after a reload, until switched back', async ({
    page,
  }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Add a contact' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.getByRole('button', { name: 'Español' }).click();
    await expect(page.getByRole('heading', { name: es('Add a contact') })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'es-419');
    await expect(page).toHaveTitle(new RegExp(es('Add a contact')));

    await page.reload();
    await expect(page.getByRole('heading', { name: es('Add a contact') })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { name: 'Add a contact' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Add a contact' })).toBeVisible();
  });

  test.describe('with a browser set to Spanish', () => {
    test.use({ locale: 'es-419' });

    test('when the form is saved with a field missing, then the error is in Spanish and nothing typed is lost', async ({
      page,
    }) => {
      await page.goto('/');
      const customer = page.getByRole('combobox', { name: es('Customer') });
      await customer.fill('rosa');
      await page.getByRole('option', { name: new RegExp(ROSAFLOR.name) }).click();
      const email = page.getByLabel(new RegExp(`^${es('E-mail')}`));
      await email.fill('ana@rosaflor.example');
      await page.getByRole('button', { name: es('Save contact') }).click();
      await expect(page.getByText(es('Required')).first()).toBeVisible();
      await expect(email).toHaveValue('ana@rosaflor.example');
    });

    test('when an unknown customer is opened, then the server’s problem is worded in Spanish', async ({
      page,
    }) => {
      await page.goto('/customers/999999/contacts/new');
      await expect(
        page.getByRole('heading', { level: 1, name: es('Customer not found') }),
      ).toBeVisible();
    });
  });
});
