import AxeBuilder from '@axe-core/playwright';
import { ROSAFLOR, expect, test } from '../fixtures';

test.describe('support staff check a customer’s contacts', () => {
  test('when a customer page is opened by its URL, then its contacts are listed, sortable and filterable', async ({
    page,
  }) => {
    await page.goto(`/customers/${ROSAFLOR.id}`);
    await expect(page.getByRole('heading', { level: 1, name: ROSAFLOR.name })).toBeVisible();
    const table = page.getByRole('table');
    await expect(table.getByRole('rowheader', { name: 'Carlos Andrade' })).toBeVisible();
    await expect(table.getByRole('row', { name: /Carlos Andrade/ })).toContainText('ext. 14');

    // Other specs add contacts to this customer too: check the order, not a fixed list.
    const names = () => table.locator('tbody th').allTextContents();
    const inOrder = (list: string[], direction: 1 | -1) =>
      list.every(
        (name, i) =>
          i === 0 ||
          direction * list[i - 1]!.localeCompare(name, undefined, { sensitivity: 'base' }) <= 0,
      );
    expect(inOrder(await names(), 1)).toBe(true);
    await page.getByRole('button', { name: /^Name/ }).click();
    await expect(page.getByRole('columnheader', { name: /^Name/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    expect(inOrder(await names(), -1)).toBe(true);

    await page.getByLabel('Filter contacts').fill('cuentas');
    await expect(table.locator('tbody tr')).toHaveCount(1);
    await expect(table.getByRole('rowheader')).toHaveText('Lucía Paredes');

    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });

  test('when a customer was opened, then it is one click away on the Customers screen', async ({
    page,
  }) => {
    await page.goto(`/customers/${ROSAFLOR.id}`);
    await expect(page.getByRole('heading', { level: 1, name: ROSAFLOR.name })).toBeVisible();
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Customers' })
      .click();
    await page
      .getByRole('navigation', { name: 'Recently opened' })
      .getByRole('link', { name: ROSAFLOR.name })
      .click();
    await expect(page).toHaveURL(`/customers/${ROSAFLOR.id}`);
  });

  test('when moving between screens, then back and forward return to each one', async ({
    page,
  }) => {
    await page.goto('/customers');
    await page.getByRole('combobox', { name: 'Customer' }).fill('rosaflor');
    await page.getByRole('option', { name: new RegExp(ROSAFLOR.name) }).click();
    await expect(page).toHaveURL(`/customers/${ROSAFLOR.id}`);
    await page.getByRole('link', { name: 'Edit Lucía Paredes' }).click();
    await expect(page.getByRole('heading', { name: 'Edit Lucía Paredes' })).toBeVisible();

    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: ROSAFLOR.name })).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { name: 'Find a customer' })).toBeVisible();
    await page.goForward();
    await expect(page.getByRole('heading', { level: 1, name: ROSAFLOR.name })).toBeVisible();
    await page.reload();
    await expect(
      page.getByRole('table').getByRole('rowheader', { name: 'Lucía Paredes' }),
    ).toBeVisible();
  });

  test('when seen at phone width, then the page does not scroll sideways', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(`/customers/${ROSAFLOR.id}`);
    await expect(page.getByRole('table')).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });

  test('when a customer id is unknown, then the page says so', async ({ page }) => {
    await page.goto('/customers/777');
    await expect(page.getByRole('alert')).toContainText('isn’t in Komet’s customer list');
  });
});
