import { ROSAFLOR, expect, test } from '../fixtures';

test.describe('a half-typed contact is not lost', () => {
  test('when the page is reloaded mid-typing, then what was typed comes back', async ({
    addContact: screen,
    page,
  }) => {
    await screen.pickCustomer('rosaf', ROSAFLOR.name);
    await screen.field('Name').fill('Draft Survivor');
    await screen.field('E-mail').fill('draft@rosaflor.example');
    await expect(page.getByRole('button', { name: 'Discard draft' })).toBeVisible();

    // The half-typed form asks before the reload; the user agrees.
    page.on('dialog', (dialog) => void dialog.accept());
    await page.reload();

    await expect(page.getByText(/restored what you were typing/i)).toBeVisible();
    await expect(screen.customer).toHaveValue(ROSAFLOR.name);
    await expect(screen.field('Name')).toHaveValue('Draft Survivor');
    await expect(screen.field('E-mail')).toHaveValue('draft@rosaflor.example');

    await page.getByRole('button', { name: 'Discard draft' }).click();
    await expect(screen.field('Name')).toHaveValue('');
  });

  test('when the next contact is half-typed after a save, then a reload brings that one back, not the saved one', async ({
    addContact: screen,
    page,
  }) => {
    await screen.pickCustomer('rosaf', ROSAFLOR.name);
    await screen.field('Name').fill('Draft Saved First');
    await screen.field('Type').selectOption('Buyer');
    await screen.save.click();
    await expect(page.getByRole('status')).toContainText('Contact saved in Komet');
    await expect(screen.field('Name')).toBeFocused();
    await expect(page.getByRole('button', { name: 'Discard draft' })).toHaveCount(0);

    await page.keyboard.type('Draft Typed Next');
    await expect(page.getByRole('button', { name: 'Discard draft' })).toBeVisible();
    page.on('dialog', (dialog) => void dialog.accept());
    await page.reload();

    await expect(page.getByText(/restored what you were typing/i)).toBeVisible();
    await expect(screen.customer).toHaveValue(ROSAFLOR.name);
    await expect(screen.field('Name')).toHaveValue('Draft Typed Next');
    await expect(screen.field('Type')).toHaveValue('');
  });

  test('when a half-typed form is left by a link, then it asks first and stays if told to', async ({
    addContact: screen,
    page,
  }) => {
    await screen.field('Name').fill('Half Typed');
    await expect(page.getByRole('button', { name: 'Discard draft' })).toBeVisible();

    const asked: string[] = [];
    page.once('dialog', (dialog) => {
      asked.push(dialog.message());
      void dialog.dismiss();
    });
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Customers' })
      .click();
    await expect.poll(() => asked).toEqual([expect.stringMatching(/not saved yet/)]);
    await expect(page).toHaveURL(/\/$/);
    await expect(screen.field('Name')).toHaveValue('Half Typed');

    page.once('dialog', (dialog) => void dialog.accept());
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Customers' })
      .click();
    await expect(page).toHaveURL(/\/customers$/);
  });

  test('when the tab is closed half-typed, then the browser asks first', async ({
    addContact: screen,
    page,
  }) => {
    await screen.field('Name').fill('Closing Tab');
    await expect(page.getByRole('button', { name: 'Discard draft' })).toBeVisible();

    const dialog = page.waitForEvent('dialog');
    await page.close({ runBeforeUnload: true });
    const prompt = await dialog;
    expect(prompt.type()).toBe('beforeunload');
    await prompt.accept();
  });
});
