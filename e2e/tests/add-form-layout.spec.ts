import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures';
import { expectNoSidewaysScroll, PHONE } from '../screens';

/** The top edge of each control, to compare rows. */
const topOf = async (page: Page, label: RegExp) => (await page.getByLabel(label).boundingBox())!.y;

for (const size of [
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
]) {
  test(`when the add screen opens at ${size.width}×${size.height}, then the whole form, Save included, fits without scrolling`, async ({
    addContact: screen,
    page,
  }) => {
    await page.setViewportSize(size);
    await screen.open();
    const save = (await screen.save.boundingBox())!;
    expect(save.y + save.height, 'bottom of Save').toBeLessThanOrEqual(size.height);
  });
}

test('when the add screen opens, then phone and ext. share a row, after the e-mail', async ({
  addContact: screen,
  page,
}) => {
  await screen.open();
  // Polled: the rows settle as the screen's lazy parts land (a 2 px offset once showed in a full run).
  const rowOf = async (label: RegExp) => (await topOf(page, label)) - (await topOf(page, /^Phone/));
  await expect.poll(() => rowOf(/^Ext\./)).toBe(0);
  await expect.poll(() => rowOf(/^E-mail/)).toBe(0);

  await page.setViewportSize(PHONE);
  await expect.poll(() => rowOf(/^Ext\./)).toBe(0);
  expect(await topOf(page, /^Phone/)).toBeGreaterThan(await topOf(page, /^E-mail/));
  await expectNoSidewaysScroll(page);
});
