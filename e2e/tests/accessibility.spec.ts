import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { ROSAFLOR, expect, test } from '../fixtures';

const scan = (page: Page) =>
  new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();

test.describe('the add form is accessible', () => {
  test('when empty, with errors, with the list open and after saving, then axe finds no violations', async ({
    addContact: screen,
    page,
  }) => {
    expect((await scan(page)).violations).toEqual([]);

    await screen.save.click();
    await expect(screen.field('Name')).toHaveAttribute('aria-invalid', 'true');
    expect((await scan(page)).violations).toEqual([]);

    await screen.customer.fill('rosa');
    await expect(page.getByRole('option').first()).toBeVisible();
    expect((await scan(page)).violations).toEqual([]);

    await page.getByRole('option', { name: new RegExp(ROSAFLOR.name) }).click();
    await screen.field('Name').fill('Axe Checked');
    await screen.field('Type').selectOption('Buyer');
    await screen.save.click();
    await expect(page.getByRole('status')).toBeVisible();
    expect((await scan(page)).violations).toEqual([]);
  });

  test('when seen at phone width, then nothing scrolls sideways and the form still saves', async ({
    addContact: screen,
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await screen.pickCustomer('rosaf', ROSAFLOR.name);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screen.field('Name').fill('Phone Width');
    await screen.field('Type').selectOption('Buyer');
    await screen.save.click();
    await expect(page.getByRole('status')).toContainText('Contact saved in Komet');
  });
});
