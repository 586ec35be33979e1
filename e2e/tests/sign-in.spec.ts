import { ROSAFLOR, expect, test } from '../fixtures';
import {
  PHONE,
  expectNoAxeViolations,
  expectNoSidewaysScroll,
  expectWithinWidth,
} from '../screens';
import { createUser, type TypedUser } from '../users';

const MARTA: TypedUser = {
  username: 'marta.signin',
  name: 'Marta Signin',
  role: 'support',
  password: 'marta signs in with this',
};

// Every test here starts signed out, in a browser of its own: none of them touches the demo
// users' shared sessions.
test.use({ storageState: { cookies: [], origins: [] } });

test.beforeAll(async () => {
  await createUser(test.info(), MARTA);
});

test.describe('staff sign in', () => {
  test('when a signed-out user opens a customer’s link, then sign-in shows, and the demo button leads to that customer', async ({
    page,
  }) => {
    await page.goto(`/customers/${ROSAFLOR.id}`);
    await expect(page.getByRole('heading', { name: 'Sign in to Komet Contacts' })).toBeVisible();
    await expect(page).toHaveTitle('Sign in · Komet Contacts');
    await expect(page.getByRole('button', { name: 'Sign in as Sales demo' })).toBeVisible();
    await expectNoAxeViolations(page);

    await page.getByRole('button', { name: 'Sign in as Sales demo' }).click();

    await expect(page.getByRole('heading', { level: 1, name: ROSAFLOR.name })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe(`/customers/${ROSAFLOR.id}`);
    await expect(page.getByRole('banner')).toContainText('Sales demo · Sales');
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  });

  test('when the password is wrong, then a clear message shows and the username stays; the right one signs in', async ({
    page,
  }) => {
    await page.goto('/');
    const username = page.getByLabel(/^Username/);
    const password = page.getByLabel(/^Password/);
    await username.fill(MARTA.username);
    await password.fill('not marta’s password');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    await expect(page.getByRole('alert')).toHaveText(
      "That username and password don't match. Check them and try again.",
    );
    await expect(username).toHaveValue(MARTA.username);
    await expectNoAxeViolations(page);

    await password.fill(MARTA.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();

    await expect(page.getByRole('heading', { name: 'Add a contact' })).toBeVisible();
    await expect(page.getByRole('banner')).toContainText(`${MARTA.name} · Support`);
  });

  test('when the user signs out, then the sign-in screen is back and the API answers 401', async ({
    page,
  }) => {
    // Signed in here, in this test's own browser: signing out ends this session only.
    await page.goto(`/customers/${ROSAFLOR.id}`);
    await page.getByRole('button', { name: 'Sign in as Support demo' }).click();
    await expect(page.getByRole('banner')).toContainText('Support demo · Support');

    await page.getByRole('button', { name: 'Sign out' }).click();

    await expect(page.getByRole('heading', { name: 'Sign in to Komet Contacts' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Sign out' })).toBeHidden();
    expect((await page.request.get('/api/session')).status()).toBe(401);
    expect((await page.request.get('/api/customers?q=rosa')).status()).toBe(401);
  });

  test('when seen at phone width, then nothing scrolls sideways and every way to sign in is on screen', async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/');
    await expect(page.getByRole('heading', { name: 'Sign in to Komet Contacts' })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectWithinWidth(
      page,
      page.getByLabel(/^Password/),
      page.getByRole('button', { name: 'Sign in', exact: true }),
      page.getByRole('button', { name: 'Sign in as Sales demo' }),
      page.getByRole('button', { name: 'Sign in as Support demo' }),
      page.getByRole('button', { name: 'Sign in as Admin demo' }),
    );
  });
});
