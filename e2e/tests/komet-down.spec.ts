import type { APIRequestContext, Browser } from '@playwright/test';
import { expect, test } from '../fixtures';
import { storageStateFor } from '../roles';

const ORIGIN = 'http://127.0.0.1:4183';
const QUIET_CUSTOMER = '1017';

/** The simulator's outage switch, as the demo admin (a route only the simulator has). */
async function adminRequests(browser: Browser): Promise<APIRequestContext> {
  const context = await browser.newContext({ storageState: storageStateFor('admin') });
  return context.request;
}
async function kometDown(admin: APIRequestContext, on: boolean): Promise<void> {
  const response = await admin.post('/api/simulator/outage', {
    data: { on },
    headers: { origin: ORIGIN },
  });
  expect(response.status()).toBe(200);
}

test.describe('Komet down while a contact is saved', () => {
  test('when Komet is down, then the contact is saved here, and once Komet is back it is sent once and its Komet id shows', async ({
    addContact: screen,
    page,
    browser,
  }) => {
    const admin = await adminRequests(browser);
    await kometDown(admin, true);
    try {
      // A customer no other spec reads, so its contacts are not in the server's cache: the
      // duplicate check meets the outage too.
      await page.goto(`/customers/${QUIET_CUSTOMER}/contacts/new`);
      await screen.field('Name').fill('Caída Pasajera');
      await screen.field('Type').selectOption('Buyer');
      await screen.save.click();
      // Komet cannot be read either, so the duplicate check could not run: the user decides.
      await page.getByRole('button', { name: 'Save anyway' }).click();
      await expect(
        page.getByRole('heading', { name: 'Saved here, not yet in Komet' }),
      ).toBeVisible();
      await expect(page.getByText(/Waiting for Komet/)).toBeVisible();
    } finally {
      await kometDown(admin, false);
    }

    const arrived = page.getByText(/^Now in Komet: contact id \d+\.$/);
    await expect(arrived).toBeVisible({ timeout: 20_000 });
    const contactId = await arrived.locator('.contact-id').textContent();

    await page.getByRole('link', { name: /^See all contacts of / }).click();
    const rows = page.getByRole('row').filter({ hasText: 'Caída Pasajera' });
    await expect(rows).toHaveCount(1);
    const response = await page.request.get(`/api/customers/${QUIET_CUSTOMER}/contacts`);
    const { contacts } = (await response.json()) as { contacts: { id: string; name: string }[] };
    expect(contacts.filter((contact) => contact.name === 'Caída Pasajera')).toEqual([
      expect.objectContaining({ id: contactId }),
    ]);
  });
});
