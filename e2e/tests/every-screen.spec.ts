import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { ROSAFLOR, expect, test } from '../fixtures';
import { storageStateFor } from '../roles';
import { expectNoAxeViolations, expectNoSidewaysScroll, PHONE } from '../screens';
import {
  BROWSER_LOCALE,
  expectNoEnglish,
  LANGUAGES,
  PAGE_LANG,
  patternFor,
  wordsFor,
} from '../words';

// Every screen at the sizes staff use, in both colour schemes and both languages: no sideways
// scrolling at phone width, no axe violation anywhere, no English left on a Spanish screen, and a
// screenshot of each in test-results/screens/. With UPDATE_DOCS=1 the ones the README shows are
// written to docs/screens/ too.
const SHOTS = fileURLToPath(new URL('../../test-results/screens/', import.meta.url));
const DOCS = fileURLToPath(new URL('../../docs/screens/', import.meta.url));
const IN_README = new Set([
  'add-contact-search-1280-light-en',
  'customer-1280-light-en',
  'customer-390-light-es',
  'edit-contact-1280-dark-es',
]);

// Four variants of several screens per test, each with an axe scan.
test.describe.configure({ timeout: 150_000 });

const VARIANTS = [
  { size: { width: 1280, height: 800 }, scheme: 'light' },
  { size: { width: 1280, height: 800 }, scheme: 'dark' },
  { size: PHONE, scheme: 'light' },
  { size: PHONE, scheme: 'dark' },
] as const;

for (const language of LANGUAGES) {
  const w = wordsFor(language);
  const starts = patternFor(language);

  /** Checks (and photographs) the screen as it is now, in each variant. */
  async function checkEveryVariant(page: Page, name: string): Promise<void> {
    await expect(page.locator('html')).toHaveAttribute('lang', PAGE_LANG[language]);
    if (language === 'es') await expectNoEnglish(page);
    for (const { size, scheme } of VARIANTS) {
      await page.setViewportSize(size);
      await page.emulateMedia({ colorScheme: scheme });
      if (size.width === PHONE.width) await expectNoSidewaysScroll(page);
      await expectNoAxeViolations(page);
      const shot = `${name}-${size.width}-${scheme}-${language}`;
      const image = await page.screenshot({
        path: `${SHOTS}${shot}.png`,
        fullPage: size.width === PHONE.width,
      });
      if (process.env.UPDATE_DOCS && IN_README.has(shot)) {
        await writeFile(`${DOCS}${shot}.png`, image);
      }
    }
  }

  test.describe(`every screen in ${language}`, () => {
    test.use({ locale: BROWSER_LOCALE[language] });

    test.describe('as support', () => {
      test('the add screen: empty, with the customer list open, and saved', async ({ page }) => {
        await page.goto('/');
        await expect(page.getByRole('heading', { name: w('Add a contact') })).toBeVisible();
        await checkEveryVariant(page, 'add-contact');
        await page.getByRole('combobox', { name: w('Customer') }).fill('rosa');
        await expect(page.getByRole('option').first()).toBeVisible();
        await checkEveryVariant(page, 'add-contact-search');
        await page.getByRole('option', { name: new RegExp(ROSAFLOR.name) }).click();
        await page.getByLabel(new RegExp(`^${w('Name')}`)).fill(`Pantalla Completa ${language}`);
        await page.getByLabel(new RegExp(`^${w('Type')}`)).selectOption('Buyer');
        await page.getByRole('button', { name: w('Save contact') }).click();
        await expect(
          page.getByRole('heading', { name: w('Contact saved in Komet') }),
        ).toBeVisible();
        await checkEveryVariant(page, 'add-contact-saved');
      });

      test('customers, a customer with a contact’s details open, and a contact’s edit page', async ({
        page,
      }) => {
        await page.goto('/customers');
        await expect(page.getByRole('heading', { name: w('Find a customer') })).toBeVisible();
        await checkEveryVariant(page, 'customers');

        const carlos = { name: 'Carlos Andrade' };
        await page.goto(`/customers/${ROSAFLOR.id}`);
        await page
          .getByRole('button', { name: starts('Details of {name}, {type}', carlos) })
          .click();
        await expect(page.getByText(w('Komet id'))).toBeVisible();
        await checkEveryVariant(page, 'customer');

        await page.goto(`/customers/${ROSAFLOR.id}`);
        await page.getByRole('link', { name: starts('Edit {name}, {type}', carlos) }).click();
        await expect(
          page.getByRole('heading', {
            name: w('Edit {contactName}', { contactName: carlos.name }),
          }),
        ).toBeVisible();
        await checkEveryVariant(page, 'edit-contact');
      });

      test('not yet in Komet, and the error screens', async ({ page }) => {
        await page.goto('/submissions');
        await expect(
          page.getByRole('heading', { level: 1, name: w('Not yet in Komet') }),
        ).toBeVisible();
        await checkEveryVariant(page, 'submissions');

        await page.goto('/no-such-page');
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        await checkEveryVariant(page, 'not-found');

        await page.goto('/customers/999999/contacts/new');
        await expect(
          page.getByRole('heading', { level: 1, name: w('Customer not found') }),
        ).toBeVisible();
        await checkEveryVariant(page, 'customer-not-found');
      });
    });

    test.describe('as an admin', () => {
      test.use({ storageState: storageStateFor('admin') });

      test('users, the audit trail and Komet usage', async ({ page }) => {
        for (const [path, name] of [
          ['/admin/users', 'admin-users'],
          ['/admin/audit', 'admin-audit'],
          ['/admin/usage', 'admin-usage'],
        ] as const) {
          await page.goto(path);
          await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
          await expect(page.getByRole('table').first()).toBeVisible();
          await checkEveryVariant(page, name);
        }
      });
    });

    test.describe('signed out', () => {
      test.use({ storageState: { cookies: [], origins: [] } });

      test('sign-in', async ({ page }) => {
        await page.goto('/');
        await expect(page.getByRole('heading', { level: 1, name: w('Sign in') })).toBeVisible();
        await checkEveryVariant(page, 'sign-in');
      });
    });
  });
}
