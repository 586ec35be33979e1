import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { ROSAFLOR, expect, test } from '../fixtures';
import {
  expectNoAxeViolations,
  expectNoSidewaysScroll,
  expectWithinWidth,
  PHONE,
} from '../screens';

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

  test('when seen at phone width, then each contact is a card with its actions on screen and nothing scrolls sideways', async ({
    page,
  }) => {
    await page.setViewportSize(PHONE);
    await page.goto(`/customers/${ROSAFLOR.id}`);
    const contacts = page.getByRole('table', { name: 'Contacts' });
    await expect(contacts.getByRole('rowheader', { name: 'Carlos Andrade' })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectWithinWidth(
      page,
      page.getByRole('button', { name: /^Name/ }),
      page.getByRole('button', { name: /^Type/ }),
      page.getByRole('button', { name: 'Download CSV' }),
      contacts.getByRole('link', { name: 'Edit Carlos Andrade, Buyer' }),
      contacts.getByRole('link', { name: 'Edit Lucía Paredes, A/P' }),
      contacts.getByRole('button', { name: 'Details of Lucía Paredes, A/P' }),
    );

    await contacts.getByRole('button', { name: 'Details of Carlos Andrade, Buyer' }).click();
    await expect(contacts.getByRole('term').filter({ hasText: 'Instant messaging' })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectNoAxeViolations(page);
  });

  test('when every field is shown, then e-mail and phones are links and the page passes axe', async ({
    page,
  }) => {
    await page.goto(`/customers/${ROSAFLOR.id}`);
    const carlos = page.getByRole('row', { name: /^Carlos Andrade/ });
    await expect(carlos.getByRole('link', { name: 'carlos@rosaflor.example' })).toHaveAttribute(
      'href',
      'mailto:carlos@rosaflor.example',
    );
    await expect(carlos.getByRole('link', { name: '+593 2 255 0101' })).toHaveAttribute(
      'href',
      'tel:+59322550101',
    );
    const details = carlos.getByRole('button', { name: 'Details of Carlos Andrade, Buyer' });
    await details.press('Enter');
    await expect(details).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByRole('term').filter({ hasText: 'Description' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('when the list is filtered and sorted, then the URL keeps it through reload and back', async ({
    page,
  }) => {
    await page.goto(`/customers/${ROSAFLOR.id}?sort=-type&q=rosaflor`);
    await expect(page.getByLabel('Filter contacts')).toHaveValue('rosaflor');
    await expect(page.getByRole('columnheader', { name: /^Type/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
    await expect(page.getByText(/^\d+ (of \d+ )?contacts?$/)).toBeVisible();

    await page.getByLabel('Filter contacts').fill('cuentas');
    await expect(page).toHaveURL(/\?sort=-type&q=cuentas$/);
    await page.getByRole('button', { name: /^Name/ }).click();
    await expect(page).toHaveURL(/\?q=cuentas$/);
    await page.reload();
    await expect(page.getByLabel('Filter contacts')).toHaveValue('cuentas');
    await expect(page.getByRole('table').getByRole('rowheader')).toHaveText(['Lucía Paredes']);
    await page.goBack();
    await expect(page).toHaveURL(/\?sort=-type&q=cuentas$/);
    await expect(page.getByRole('columnheader', { name: /^Type/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );
  });

  test('when the tab is looked at, then it names the customer, and on the edit page the contact', async ({
    page,
  }) => {
    await page.goto(`/customers/${ROSAFLOR.id}`);
    await expect(page).toHaveTitle(`${ROSAFLOR.name} · Komet Contacts`);
    await page.getByRole('link', { name: 'Edit Carlos Andrade, Buyer' }).click();
    await expect(page).toHaveTitle('Edit Carlos Andrade · Komet Contacts');
    await page.goBack();
    await expect(page).toHaveTitle(`${ROSAFLOR.name} · Komet Contacts`);
  });

  test('when Download CSV is pressed, then the file holds the contacts shown, with a BOM', async ({
    page,
  }) => {
    await page.goto(`/customers/${ROSAFLOR.id}?q=cuentas`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const csv = await download;
    expect(csv.suggestedFilename()).toMatch(/^rosaflor-ecuador-contacts-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync(await csv.path(), 'utf8');
    expect(text.startsWith('\uFEFFName,Type,E-mail,Phone,Ext.,Mobile,Fax,')).toBe(true);
    expect(text).toContain('\r\nLucía Paredes,A/P,cuentas@rosaflor.example,');
    expect(text).not.toContain('Carlos Andrade');
  });

  test('when a customer id is unknown, then the page says so', async ({ page }) => {
    await page.goto('/customers/777');
    await expect(page.getByRole('alert')).toContainText('isn’t in Komet’s customer list');
  });
});
