import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import PO from 'pofile';
import { expect } from '@playwright/test';

export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
/** What the browser says it speaks: the app picks its language from it (client/src/i18n). */
export const BROWSER_LOCALE: Record<Language, string> = { en: 'en-US', es: 'es-419' };
/** What the app then says it speaks, on <html lang>. */
export const PAGE_LANG: Record<Language, string> = { en: 'en', es: 'es-419' };

const catalog = fileURLToPath(new URL('../client/src/locales/es/messages.po', import.meta.url));
const spanish = new Map(
  PO.parse(readFileSync(catalog, 'utf8')).items.map((item) => [item.msgid, item.msgstr[0] ?? '']),
);

/**
 * The words a screen shows in `language`, for locators: the English message (as in the code, with
 * `{name}` placeholders) and its Spanish translation from the catalog the app itself uses.
 */
export function wordsFor(language: Language) {
  return (english: string, values: Record<string, string> = {}): string => {
    const text = language === 'en' ? english : spanish.get(english);
    if (!text) throw new Error(`No Spanish for “${english}” in the catalog`);
    return text.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
  };
}

/** The same words as a pattern that starts the accessible name; placeholders match anything. */
export function patternFor(language: Language) {
  const words = wordsFor(language);
  return (english: string, values: Record<string, string> = {}): RegExp => {
    const text = words(english, values).replace(/[.*+?^$()|[\]\\]/g, '\\$&');
    return new RegExp(`^${text.replace(/\{\w+\}/g, '.*')}`);
  };
}

// The app's own English sentences and labels: the catalog's, where Spanish words them
// differently. Data, such as a description a test typed in English, is not among them.
const ENGLISH = new Set(
  [...spanish]
    .filter(([english, text]) => !english.includes('{') && text !== english)
    .map(([english]) => english),
);

/**
 * A Spanish screen shows none of the app's English: one would be a message worded before the
 * language was known, or an English server message left unworded. (A string left out of the
 * catalogs altogether is ESLint's to find: lingui/no-unlocalized-strings.)
 */
export async function expectNoEnglish(page: Page): Promise<void> {
  const texts = await page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || element.closest('script, style, [hidden]')) continue;
      const text = node.textContent?.trim();
      if (text) found.push(text);
    }
    for (const element of Array.from(
      document.querySelectorAll('[aria-label], [title], [placeholder]'),
    )) {
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = element.getAttribute(name)?.trim();
        if (value) found.push(value);
      }
    }
    found.push(document.title);
    return found;
  });
  const words = texts.map((text) => text.replaceAll('Komet Contacts', ''));
  expect(words.filter((text) => ENGLISH.has(text.trim()))).toEqual([]);
}
