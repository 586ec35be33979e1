import { EVORA, ROSAFLOR, expect, test } from '../fixtures';

test.describe('a sales person adds a contact', () => {
  test('when every field is filled and saved, then Komet’s new contact id is shown', async ({
    addContact: screen,
    page,
  }) => {
    await screen.pickCustomer('rosaf', ROSAFLOR.name);
    await screen.field('Name').fill('Valentina Ríos');
    await screen.field('Type').selectOption('Buyer');
    await screen.field('E-mail').fill('valentina@rosaflor.example');
    await screen.field('Phone').fill('+593 2 255 0188');
    await screen.field('Ext.').fill('21');
    await screen.field('Mobile').fill('+593 99 555 0188');
    await screen.field('Fax').fill('+593 2 255 0189');
    await screen.field('Instant messaging').fill('whatsapp:+593995550188');
    await screen.field('Description').fill('Buys spray roses 🌹 for the Quito market');
    await screen.field(/proofs of delivery/i).check();
    await screen.save.click();

    const saved = page.getByRole('status');
    await expect(saved).toContainText('Contact saved in Komet');
    await expect(saved).toContainText(ROSAFLOR.name);
    await expect(saved.locator('.contact-id')).toHaveText(/^\d+$/);
  });

  test('when a customer is found by part of its name without accents, then its 20-digit id is kept exactly', async ({
    addContact: screen,
    page,
  }) => {
    await screen.customer.fill('evora');
    const option = page.getByRole('option', { name: new RegExp(EVORA.name) });
    await expect(option).toContainText(`#${EVORA.id}`);
    await option.click();
    await expect(screen.customer).toHaveAccessibleDescription(new RegExp(`Id ${EVORA.id}`));

    await screen.field('Name').fill('Inês Duarte');
    await screen.field('Type').selectOption('A/P');
    const request = page.waitForRequest((req) => req.method() === 'POST');
    await screen.save.click();

    expect(new URL((await request).url()).pathname).toBe(`/api/customers/${EVORA.id}/contacts`);
    await expect(page.getByRole('status')).toContainText(EVORA.name);
  });

  test('when a contact is saved, then its news shows above an empty form for the same customer, ready for the next one', async ({
    addContact: screen,
    page,
  }) => {
    await screen.pickCustomer('ROSAFLOR', ROSAFLOR.name);
    await screen.field('Name').fill('First Contact');
    await screen.field('Type').selectOption('Buyer');
    await screen.save.click();
    const news = page.getByRole('status');
    const firstId = await news.locator('.contact-id').textContent();

    await expect(news.getByRole('heading', { level: 2 })).toHaveText('Contact saved in Komet');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Add a contact');
    await expect(page.getByRole('button', { name: 'Add another contact' })).toHaveCount(0);
    await expect(screen.field('Name')).toBeFocused();
    await expect(screen.field('Name')).toHaveValue('');
    await expect(screen.customer).toHaveValue(ROSAFLOR.name);
    await page.keyboard.type('Second Contact');
    await screen.field('Type').selectOption('A/P');
    await screen.save.click();

    const secondId = news.locator('.contact-id');
    await expect(secondId).toHaveText(/^\d+$/);
    await expect(secondId).not.toHaveText(firstId ?? '');
    await expect(screen.field('Name')).toHaveValue('');
  });
});
