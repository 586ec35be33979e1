import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '../fixtures';

// The "Komet down → saved here → Komet back → sent" story is in komet-down.spec.ts.
test.describe('the “Not yet in Komet” screen', () => {
  test('when opened, then it has its title and heading, and axe finds no violations', async ({
    page,
  }) => {
    await page.goto('/submissions');
    await expect(page.getByRole('heading', { level: 1, name: 'Not yet in Komet' })).toBeVisible();
    await expect(page).toHaveTitle('Not yet in Komet · Komet Contacts');
    await expect(page.getByText(/nothing to do|tries/i).first()).toBeVisible();

    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
      .analyze();
    expect(results.violations).toEqual([]);
  });
});
