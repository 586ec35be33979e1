import { ROSAFLOR, expect, test } from '../fixtures';

test.describe('bad input gets a clear error and loses nothing', () => {
  test('when saved empty, then each required field says so and the customer gets focus', async ({
    addContact: screen,
    page,
  }) => {
    await screen.save.click();

    await expect(screen.customer).toBeFocused();
    await expect(screen.customer).toHaveAccessibleDescription('Choose a customer');
    await expect(screen.field('Name')).toHaveAttribute('aria-invalid', 'true');
    await expect(screen.field('Name')).toHaveAccessibleDescription('Required');
    await expect(screen.field('Type')).toHaveAccessibleDescription('Required');
    await expect(page.getByRole('status')).toHaveCount(0);
  });

  test('when a field is left invalid, then its message shows on blur and the text stays', async ({
    addContact: screen,
  }) => {
    await screen.field('E-mail').fill('ana@example');
    await screen.field('E-mail').blur();
    await expect(screen.field('E-mail')).toHaveAccessibleDescription(/valid e-mail address/);

    const tooLong = 'x'.repeat(201);
    await screen.field('Description').fill(tooLong);
    await expect(screen.field('Description')).toHaveAccessibleDescription(/201\/200/);
    await screen.field('Description').blur();
    await expect(screen.field('Description')).toHaveAccessibleDescription(/At most 200 characters/);
    await expect(screen.field('Description')).toHaveValue(tooLong);
  });

  test('when Komet refuses an unregistered type, then the message shows under Type and everything typed stays', async ({
    addContact: screen,
  }) => {
    await screen.pickCustomer('rosaf', ROSAFLOR.name);
    await screen.field('Name').fill('Tomás Vera');
    await screen.field('Type').selectOption('Logistics');
    await screen.field('E-mail').fill('tomas@rosaflor.example');
    await screen.save.click();

    await expect(screen.field('Type')).toHaveAccessibleDescription(/Logistics.*not registered/);
    await expect(screen.field('Type')).toBeFocused();
    await expect(screen.field('Name')).toHaveValue('Tomás Vera');
    await expect(screen.field('E-mail')).toHaveValue('tomas@rosaflor.example');

    await screen.field('Type').selectOption('Buyer');
    await screen.save.click();
    await expect(screen.page.getByRole('status')).toContainText('Contact saved in Komet');
  });
});
