import { AddContactScreen, ROSAFLOR, expect, test } from '../fixtures';
import {
  PHONE,
  expectNoAxeViolations,
  expectNoSidewaysScroll,
  expectWithinWidth,
} from '../screens';
import { createUser, type TypedUser } from '../users';

const TOMAS: TypedUser = {
  username: 'tomas.expired',
  name: 'Tomás Expired',
  role: 'sales',
  password: 'tomas keeps his work',
};

// Each test signs in afresh in its own browser and ends only that session.
test.use({ storageState: { cookies: [], origins: [] } });

test.beforeAll(async () => {
  await createUser(test.info(), TOMAS);
});

const emailOf = (name: string) => `${name.toLowerCase().replace(' ', '.')}@rosaflor.example`;

/** A whole contact typed into the add form, not yet saved (one name per test: no duplicates). */
async function typeContact(screen: AddContactScreen, name: string) {
  await screen.open();
  await screen.pickCustomer('rosaf', ROSAFLOR.name);
  await screen.field('Name').fill(name);
  await screen.field('Type').selectOption('Buyer');
  await screen.field('E-mail').fill(emailOf(name));
}

async function expectTypedValuesKept(screen: AddContactScreen, name: string) {
  await expect(screen.customer).toHaveValue(ROSAFLOR.name);
  await expect(screen.field('Name')).toHaveValue(name);
  await expect(screen.field('Type')).toHaveValue('Buyer');
  await expect(screen.field('E-mail')).toHaveValue(emailOf(name));
}

test.describe('a session that ends while typing', () => {
  test('when the session ends before Save, then a dialog signs the user in again and the typed contact is saved', async ({
    page,
    baseURL,
  }) => {
    const screen = new AddContactScreen(page);
    const signIn = await page.request.post('/api/session', {
      data: { username: TOMAS.username, password: TOMAS.password },
      headers: { origin: baseURL! },
    });
    expect(signIn.status()).toBe(200);
    await typeContact(screen, 'Carmen Vega');

    await page.context().clearCookies();
    await screen.save.click();

    const dialog = page.getByRole('dialog', { name: 'Your session has ended' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel(/^Username/)).toHaveValue(TOMAS.username);
    await expect(dialog.getByLabel(/^Password/)).toBeFocused();
    await expectNoAxeViolations(page);

    await dialog.getByLabel(/^Password/).fill(TOMAS.password);
    await dialog.getByRole('button', { name: 'Sign in', exact: true }).click();

    await expect(dialog).toBeHidden();
    await expectTypedValuesKept(screen, 'Carmen Vega');
    await screen.save.click();
    const saved = page.getByRole('status');
    await expect(saved).toContainText('Contact saved in Komet');
    await expect(saved).toContainText(
      new RegExp(`Komet contact id \\d+ was added to ${ROSAFLOR.name}`),
    );
  });

  test('when a demo user’s session ends, then the dialog offers that demo user’s button, which keeps the typed contact', async ({
    page,
  }) => {
    const screen = new AddContactScreen(page);
    await page.goto('/');
    await page.getByRole('button', { name: 'Sign in as Sales demo' }).click();
    await typeContact(screen, 'Ines Demo');

    await page.context().clearCookies();
    await screen.save.click();

    const dialog = page.getByRole('dialog', { name: 'Your session has ended' });
    const again = dialog.getByRole('button', { name: 'Sign in again as Sales demo' });
    await expect(again).toBeFocused();
    // A demo user has no password anybody knows: only its button is offered.
    await expect(dialog.getByLabel(/^Password/)).toBeHidden();
    await expectNoAxeViolations(page);

    await again.click();

    await expect(dialog).toBeHidden();
    await expectTypedValuesKept(screen, 'Ines Demo');
    await screen.save.click();
    await expect(page.getByRole('status')).toContainText(/Komet contact id \d+ was added/);
  });

  test('when the dialog opens at phone width, then nothing scrolls sideways and its actions are on screen', async ({
    page,
    baseURL,
  }) => {
    await page.setViewportSize(PHONE);
    const screen = new AddContactScreen(page);
    const signIn = await page.request.post('/api/session', {
      data: { username: TOMAS.username, password: TOMAS.password },
      headers: { origin: baseURL! },
    });
    expect(signIn.status()).toBe(200);
    await typeContact(screen, 'Paula Phone');

    await page.context().clearCookies();
    await screen.save.click();

    const dialog = page.getByRole('dialog', { name: 'Your session has ended' });
    await expect(dialog.getByLabel(/^Password/)).toBeFocused();
    await expectNoSidewaysScroll(page);
    await expectWithinWidth(
      page,
      dialog.getByLabel(/^Password/),
      dialog.getByRole('button', { name: 'Sign in', exact: true }),
      dialog.getByRole('button', { name: 'Not now' }),
    );
  });
});
