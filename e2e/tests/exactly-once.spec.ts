import type { Page } from '@playwright/test';
import { ROSAFLOR, expect, test, type AddContactScreen } from '../fixtures';

/** How many of the customer's contacts in Komet carry this name (read through our API). */
async function contactsNamed(page: Page, name: string): Promise<number> {
  const response = await page.request.get(`/api/customers/${ROSAFLOR.id}/contacts`);
  const { contacts } = (await response.json()) as { contacts: { name: string }[] };
  return contacts.filter((contact) => contact.name === name).length;
}

async function fill(screen: AddContactScreen, name: string) {
  await screen.pickCustomer('rosaf', ROSAFLOR.name);
  await screen.field('Name').fill(name);
  await screen.field('Type').selectOption('Buyer');
}

test.describe('a contact is added once, however impatient the user', () => {
  test('when Save is double-clicked, then Komet gets one contact', async ({
    addContact: screen,
    page,
  }) => {
    await fill(screen, 'Doble Clic');
    await screen.save.dblclick();

    await expect(page.getByRole('heading', { name: 'Contact saved in Komet' })).toBeVisible();
    expect(await contactsNamed(page, 'Doble Clic')).toBe(1);
  });

  test('when Ctrl+Enter is pressed twice, then Komet gets one contact', async ({
    addContact: screen,
    page,
  }) => {
    await fill(screen, 'Dos Atajos');
    await screen.field('Name').focus();
    // On whatever has the focus by then: the form while it saves, or the fresh form under the
    // news, which has nothing to send.
    await page.keyboard.press('Control+Enter');
    await page.keyboard.press('Control+Enter');

    await expect(page.getByRole('heading', { name: 'Contact saved in Komet' })).toBeVisible();
    expect(await contactsNamed(page, 'Dos Atajos')).toBe(1);
  });
});
