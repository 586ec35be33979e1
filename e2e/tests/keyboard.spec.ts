import { ROSAFLOR, expect, test } from '../fixtures';

test('when the whole flow is done by keyboard only, then the contact is saved', async ({
  addContact: screen,
  page,
}) => {
  // The add screen opens ready to type in the customer box.
  await expect(screen.customer).toBeFocused();
  await page.keyboard.type('rosaflor');
  await expect(page.getByRole('option', { name: new RegExp(ROSAFLOR.name) })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(screen.customer).toHaveValue(ROSAFLOR.name);

  await page.keyboard.press('Tab');
  await expect(screen.field('Name')).toBeFocused();
  await page.keyboard.type('Keyboard Person');
  await page.keyboard.press('Tab');
  await expect(screen.field('Type')).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Tab');
  await page.keyboard.type('kp@rosaflor.example');
  await page.keyboard.press('Control+Enter');

  const saved = page.getByRole('status');
  await expect(saved).toContainText('Contact saved in Komet');
  // The news does not take the cursor: the next contact for the customer is typed straight away.
  await expect(screen.field('Name')).toBeFocused();
  await expect(screen.field('Name')).toHaveValue('');
  await expect(screen.customer).toHaveValue(ROSAFLOR.name);
});

test('when Enter is pressed before the results came, then the top match is picked and nothing is marked wrong', async ({
  addContact: screen,
  page,
}) => {
  await expect(screen.customer).toBeFocused();
  // Typed and entered at once: the results are still on their way.
  await page.keyboard.type('rosaflor');
  await page.keyboard.press('Enter');

  await expect(screen.customer).toHaveValue(ROSAFLOR.name);
  await expect(screen.customer).toBeFocused();
  await expect(page.getByText('Required')).toHaveCount(0);
  await expect(page.getByText('Choose a customer')).toHaveCount(0);
});

test('when Tab is pressed on the match highlighted by itself, then it is picked and Name is next', async ({
  addContact: screen,
  page,
}) => {
  await expect(screen.customer).toBeFocused();
  await page.keyboard.type('rosaflor');
  await expect(page.getByRole('option', { name: new RegExp(ROSAFLOR.name) })).toHaveAttribute(
    'aria-selected',
    'true',
  );

  await page.keyboard.press('Tab');

  await expect(screen.customer).toHaveValue(ROSAFLOR.name);
  await expect(screen.field('Name')).toBeFocused();
  await expect(page.getByText('Choose a customer')).toHaveCount(0);
});

test('when a customer’s own add form opens, then the cursor is in Name', async ({ page }) => {
  await page.goto(`/customers/${ROSAFLOR.id}/contacts/new`);
  await expect(page.getByLabel(/^Name/)).toBeFocused();
});

test('when only an inactive customer matches, then one click shows it, marked, and saving to it asks once', async ({
  addContact: screen,
  page,
}) => {
  await page.keyboard.type('pena');
  await expect(screen.customer).toHaveAccessibleDescription('No active customer matches “pena”.');
  await page.getByRole('button', { name: 'Show 1 inactive customer' }).click();
  const option = page.getByRole('option', { name: /Floristería Peña Núñez/ });
  await expect(option).toContainText('Inactive');
  await page.keyboard.press('Tab');
  await expect(screen.customer).toHaveValue('Floristería Peña Núñez');
  await expect(screen.customer).toHaveAccessibleDescription(/^Inactive/);

  await page.keyboard.type('Inactive Person');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Buyer');
  await page.keyboard.press('Control+Enter');
  const addAnyway = page.getByRole('button', { name: 'Add to the inactive customer' });
  await expect(addAnyway).toBeFocused();
  await expect(addAnyway).toHaveAccessibleDescription(
    'This customer is inactive in Komet. Add the contact anyway?',
  );
  await page.keyboard.press('Enter');

  await expect(page.getByRole('status')).toContainText('Contact saved in Komet');
});
