import type { Page } from '@playwright/test';

/**
 * The sales flow a keyboard user follows on the add screen, counting keys: the same steps for
 * `npm run bench` (section 6) and e2e/tests/keys-per-contact.spec.ts, which holds them to issue
 * 8's goals. Browser-side checks are strings: the server's TypeScript has no DOM types.
 */
export const GOAL_FIRST_EXTRA_KEYS = 5;
export const GOAL_NEXT_EXTRA_KEYS = 3;

/** Counts what a keyboard user presses: characters typed (data), and every other key. */
export class Keys {
  typed = 0;
  other = 0;
  constructor(private readonly page: Page) {}
  async type(text: string) {
    this.typed += text.length;
    await this.page.keyboard.type(text);
  }
  async press(key: string) {
    this.other++;
    await this.page.keyboard.press(key);
  }
}

export interface ContactKeys {
  name: string;
  email: string;
}

/** Waits until the focused element `e` passes `check`: polled from here, as the app's CSP
 * forbids the string evaluation `waitForFunction` would do in the page. */
async function focusIs(page: Page, check: string, timeout = 5000): Promise<void> {
  const end = Date.now() + timeout;
  while (
    !(await page.evaluate(`(() => { const e = document.activeElement; return ${check}; })()`))
  ) {
    if (Date.now() > end) throw new Error(`focus never met ${check}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** Answered by the server, whichever way the screen then shows it. */
const added = (page: Page) =>
  page.waitForResponse(
    (response) =>
      response.request().method() === 'POST' &&
      /\/api\/customers\/\d+\/contacts$/.test(response.url()),
  );

/** Name, type and e-mail: Tab between fields, a select picks the option as its name is typed. */
async function typeContact(page: Page, keys: Keys, contact: ContactKeys) {
  await focusIs(page, 'e?.getAttribute("name") === "name"');
  await keys.type(contact.name);
  await keys.press('Tab');
  await keys.type('Buyer');
  await keys.press('Tab');
  await keys.type(contact.email);
  const answer = added(page);
  await keys.press('Control+Enter');
  if ((await answer).status() !== 201)
    throw new Error(`the add answered ${(await answer).status()}`);
}

/**
 * From the add screen's address: find Rosaflor Ecuador by name ("rosaflor"), take the match the
 * box highlights by itself with Tab, then name, type and e-mail, and save.
 */
export async function firstContact(page: Page, url: string, contact: ContactKeys): Promise<Keys> {
  const keys = new Keys(page);
  await page.goto(url);
  await page.getByRole('combobox', { name: 'Customer' }).waitFor();
  // The screen should open with the cursor in the box; every Tab it takes to get there counts.
  await focusIs(page, 'e?.id === "customer"', 2000).catch(() => undefined);
  while (!(await page.evaluate('document.activeElement?.id === "customer"'))) {
    await keys.press('Tab');
    if (keys.other > 10) throw new Error('the customer box is not reachable by Tab');
  }
  await keys.type('rosaflor');
  await page.getByRole('option', { name: /Rosaflor Ecuador/, selected: true }).waitFor();
  await keys.press('Tab');
  await typeContact(page, keys, contact);
  return keys;
}

/**
 * Right after a save: the next contact for the same customer. The saved news shows above a fresh
 * form with the cursor already in Name, so typing starts at once; a screen that still wanted a
 * key first (a focused "Add another contact") would never put the cursor there, and fails here.
 */
export async function nextContact(page: Page, contact: ContactKeys): Promise<{ keys: Keys }> {
  const keys = new Keys(page);
  await typeContact(page, keys, contact);
  return { keys };
}
