import { expect, test } from '../fixtures';
import { expectNoAxeViolations } from '../screens';

test.describe('error screens', () => {
  test('when the add page names an unknown customer, then it has a heading, the ways back, and no axe violations', async ({
    page,
  }) => {
    await page.goto('/customers/999999/contacts/new');

    const screen = page.getByRole('region', { name: 'Customer not found' });
    await expect(screen.getByRole('heading', { level: 1 })).toHaveText('Customer not found');
    await expect(screen.getByRole('link', { name: 'Find the customer' })).toBeVisible();
    await expect(
      screen.getByRole('link', { name: 'Add a contact for another customer' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);

    await screen.getByRole('link', { name: 'Add a contact for another customer' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Add a contact' })).toBeVisible();
  });

  test('when a hashed asset is gone (a tab older than the deploy), then the server answers 404, not the app', async ({
    request,
  }) => {
    const response = await request.get('/assets/customer-page-GONE1234.js');
    expect(response.status()).toBe(404);
    expect(response.headers()['content-type']).not.toContain('text/html');
  });
});
