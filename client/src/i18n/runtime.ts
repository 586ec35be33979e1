/**
 * What Lingui's macros call (`t`, `msg` + `i18n._`). English, the source language, is formatted
 * here from the message in the code, without a catalog or Lingui's runtime: they would not fit the
 * add screen's 100 kB. Spanish goes to Lingui with its compiled catalog, loaded before the first
 * render for those who chose it. english-format.test.ts holds every message to Lingui's own result.
 */
export type Locale = 'en' | 'es';
export type MessageDescriptor = {
  id?: string;
  message?: string;
  context?: string;
  values?: Values;
};
type Values = Record<string, unknown>;

let translate: ((descriptor: MessageDescriptor) => string) | undefined;
export let locale: Locale = 'en';
const listeners = new Set<() => void>();

export const i18n = {
  /** A descriptor, or its message alone when it has no values (client/build/lingui-macro.ts). */
  _(descriptor: MessageDescriptor | string, values?: Values): string {
    const all = typeof descriptor === 'string' ? { message: descriptor } : descriptor;
    const merged = { ...all, values: { ...all.values, ...values } };
    return translate ? translate(merged) : formatEnglish(all.message ?? '', merged.values);
  },
};

// A case body of a plural: text with placeholders one level deep.
const CASE = String.raw`\{((?:[^{}]|\{[^{}]*\})*)\}`;
const PLACEHOLDER = new RegExp(String.raw`\{(\w+)(?:, plural,((?:\s*=?\w+\s*${CASE})+))?\}|#`, 'g');

/** ICU's subset our English messages use: `{name}` and `{n, plural, one {…} other {…}}`. */
export function formatEnglish(message: string, values: Values, pound = '#'): string {
  return message.replace(PLACEHOLDER, (whole, name?: string, cases?: string) => {
    if (!name) return pound;
    const value = values[name];
    if (cases === undefined) return String((value as string | undefined) ?? '');
    const count = Number(value);
    const chosen: Record<string, string> = {};
    for (const [, key = '', body = ''] of cases.matchAll(
      new RegExp(String.raw`(=?\w+)\s*${CASE}`, 'g'),
    ))
      chosen[key] = body;
    const text =
      chosen[`=${count}`] ?? chosen[new Intl.PluralRules('en').select(count)] ?? chosen['other'];
    return formatEnglish(text ?? '', values, new Intl.NumberFormat('en').format(count));
  });
}

/** For `Intl` formatters: create them when rendering, as the language may change. */
export const intlLocale = () => (locale === 'es' ? 'es-419' : 'en');

const STORED = 'locale';

/** The stored choice, else the browser's first language we speak. */
export function preferredLocale(): Locale {
  const stored = localStorage.getItem(STORED);
  if (stored === 'en' || stored === 'es') return stored;
  const spoken = navigator.languages.map((tag) => tag.slice(0, 2));
  return spoken.find((code) => code === 'es' || code === 'en') === 'es' ? 'es' : 'en';
}

/** Loads the catalog first, so no screen ever shows half one language and half the other. */
export async function setLocale(next: Locale, remember = false) {
  translate = next === 'es' ? (await import('./spanish')).translate : undefined;
  locale = next;
  document.documentElement.lang = intlLocale();
  if (remember) localStorage.setItem(STORED, next);
  listeners.forEach((listener) => listener());
}

export function onLocaleChange(listener: () => void) {
  listeners.add(listener);
}
