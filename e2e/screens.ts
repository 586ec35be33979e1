import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** The phone the sales staff carry: every screen must work at this size. */
export const PHONE = { width: 390, height: 844 } as const;

/** axe with the rules of the accessibility spec (WCAG 2.1 A and AA, best practices). */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(results.violations).toEqual([]);
}

/** The page does not scroll sideways. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth, 'page width').toBeLessThanOrEqual(clientWidth);
}

/**
 * Each control lies whole within the window's width, so nobody has to find it by scrolling a
 * box sideways (a table that scrolls inside its own box passes the page check and still hides
 * its last column).
 */
export async function expectWithinWidth(page: Page, ...controls: Locator[]): Promise<void> {
  const width = page.viewportSize()!.width;
  for (const control of controls) {
    await expect(control).toBeVisible();
    const box = (await control.boundingBox())!;
    expect(box.x, `left edge of ${control.toString()}`).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width, `right edge of ${control.toString()}`).toBeLessThanOrEqual(width);
  }
}
