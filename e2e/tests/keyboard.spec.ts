import { ROSAFLOR, expect, test } from '../fixtures';

test('when the whole flow is done by keyboard only, then the contact is saved', async ({
  addContact: screen,
  page,
}) => {
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await expect(screen.customer).toBeFocused();
  await page.keyboard.type('rosaflor');
  await expect(page.getByRole('option', { name: new RegExp(ROSAFLOR.name) })).toBeVisible();
  await page.keyboard.press('ArrowDown');
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
  await expect(page.getByRole('button', { name: 'Add another contact' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(screen.field('Name')).toBeFocused();
});
