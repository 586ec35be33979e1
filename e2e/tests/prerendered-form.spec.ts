import type { Page } from '@playwright/test';
import { ROSAFLOR, expect, test } from '../fixtures';
import { expectNoAxeViolations } from '../screens';
import { wordsFor } from '../words';

/**
 * Holds the app's first-screen script until the returned function is called: what the user sees
 * and does before it is allowed through is the prerendered form alone.
 */
async function holdTheApp(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/first-screen-*.js', async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

test.describe('the add form before the app has started (issue 9)', () => {
  test('when a signed-in user types before the app has started, then the app keeps the typing and searches for it', async ({
    page,
  }) => {
    const release = await holdTheApp(page);
    await page.goto('/', { waitUntil: 'commit' });
    const customer = page.getByRole('combobox', { name: 'Customer' });
    // The box is there, enabled and focused, from the HTML alone.
    await expect(customer).toBeFocused();
    await expect(page.getByRole('heading', { name: 'Add a contact' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByLabel(/^Name/).fill('Early Typist');
    await customer.click();
    await page.keyboard.type('rosaf');
    // Still the prerendered page: the header's buttons come with the app.
    await expect(page.getByRole('button', { name: 'Español' })).toHaveCount(0);

    release();
    await expect(page.getByRole('option', { name: new RegExp(ROSAFLOR.name) })).toBeVisible();
    await expect(customer).toHaveValue('rosaf');
    await expect(customer).toBeFocused();
    await page.keyboard.type('lor');
    await page.getByRole('option', { name: new RegExp(ROSAFLOR.name) }).click();
    await expect(customer).toHaveValue(ROSAFLOR.name);
    // The form has the name typed before it started: a save without it would say Required.
    await expect(page.getByLabel(/^Name/)).toHaveValue('Early Typist');
    await page.getByRole('button', { name: 'Save contact' }).click();
    await expect(page.getByLabel(/^Type/)).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel(/^Name/)).toHaveAttribute('aria-invalid', 'false');
  });

  test.describe('with a browser set to Spanish', () => {
    test.use({ locale: 'es-419' });

    test('when the page opens, then the form is already in Spanish', async ({ page }) => {
      const es = wordsFor('es');
      const release = await holdTheApp(page);
      await page.goto('/', { waitUntil: 'commit' });
      await expect(page.getByRole('heading', { name: es('Add a contact') })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', 'es-419');
      await expectNoAxeViolations(page);
      release();
      await expect(page.getByRole('button', { name: 'English' })).toBeVisible();
    });
  });

  test.describe('without a session', () => {
    test.use({ storageState: { cookies: [], origins: [] } });

    test('when the page opens, then no add form is shown before sign-in', async ({ page }) => {
      const release = await holdTheApp(page);
      await page.goto('/', { waitUntil: 'commit' });
      await expect(page.locator('#root')).toBeEmpty();
      release();
      await expect(page.getByRole('heading', { name: /sign in/i })).toBeVisible();
    });
  });
});
