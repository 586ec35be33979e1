import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';

const AERO = { id: '4243', name: 'Bloemenhandel Ærø & Søn' } as const;

async function openSoren(page: Page) {
  await page.goto(`/customers/${AERO.id}`);
  await page.getByRole('link', { name: 'Edit Søren Ærø' }).click();
  await expect(page.getByRole('heading', { name: 'Edit Søren Ærø' })).toBeVisible();
}

test.describe('support staff correct a contact', () => {
  test('when one field is changed and saved, then the list shows it and the other fields are kept', async ({
    page,
  }) => {
    await openSoren(page);
    const save = page.getByRole('button', { name: 'Save changes' });
    await expect(save).toBeDisabled();
    await expect(page.getByLabel(/^Mobile/)).toHaveValue('+45 20 12 34 56');

    await page.getByLabel(/^Phone/).fill('+45 33 12 34 56');
    await expect(save).toBeEnabled();
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    await save.click();

    await expect(page).toHaveURL(new RegExp(`/customers/${AERO.id}\\?saved=`));
    await expect(page.getByRole('status')).toContainText('Changes to Søren Ærø were saved');
    const row = page.getByRole('row', { name: /Søren Ærø/ });
    await expect(row).toContainText('+45 33 12 34 56');
    await expect(row).toContainText('+45 20 12 34 56');

    await page.reload();
    await expect(page.getByRole('row', { name: /Søren Ærø/ })).toContainText('+45 33 12 34 56');
  });

  test('when the edit screen is opened by its URL and reloaded, then it shows the contact again', async ({
    page,
  }) => {
    await openSoren(page);
    const url = page.url();
    await page.goto('/');
    await page.goto(url);
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Edit Søren Ærø' })).toBeVisible();
    await expect(page).toHaveTitle('Edit Søren Ærø · Komet Contacts');
    await expect(page.getByLabel(/^Mobile/)).toHaveValue('+45 20 12 34 56');
  });

  test('when a change is undone by hand, then Save is disabled again', async ({ page }) => {
    await openSoren(page);
    const name = page.getByLabel(/^Name/);
    await name.fill('Søren Ærø Jr.');
    await expect(page.getByRole('button', { name: 'Save changes' })).toBeEnabled();
    await name.fill('Søren Ærø');
    await expect(page.getByRole('button', { name: 'Save changes' })).toBeDisabled();
  });

  test('when leaving with unsaved changes, then the user is asked and can stay or go', async ({
    page,
  }) => {
    await openSoren(page);
    await page.getByLabel(/^Description/).fill('Unsaved note');

    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('link', { name: `← ${AERO.name}` }).click();
    await expect(page.getByRole('heading', { name: 'Edit Søren Ærø' })).toBeVisible();
    await expect(page.getByLabel(/^Description/)).toHaveValue('Unsaved note');

    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.goBack();
    await expect(page.getByLabel(/^Description/)).toHaveValue('Unsaved note');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('link', { name: `← ${AERO.name}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: AERO.name })).toBeVisible();
  });

  test('when Forward is cancelled on a dirty form, then history is left as it was', async ({
    page,
  }) => {
    await openSoren(page);
    await page.getByRole('link', { name: `← ${AERO.name}` }).click();
    await page.goBack();
    await page.getByLabel(/^Description/).fill('Forward test');

    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.goForward();
    await expect(page.getByLabel(/^Description/)).toHaveValue('Forward test');

    page.once('dialog', (dialog) => void dialog.accept());
    await page.goForward();
    await expect(page.getByRole('heading', { level: 1, name: AERO.name })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { name: 'Edit Søren Ærø' })).toBeVisible();
  });

  test('when the tab is closed with unsaved changes, then the browser asks first', async ({
    page,
  }) => {
    await openSoren(page);
    await page.getByLabel(/^Fax/).fill('+45 33 00 00 00');
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.type());
        void dialog.accept();
      }),
    );
    await page.close({ runBeforeUnload: true });
    expect(await asked).toBe('beforeunload');
  });
});
