/**
 * What Lingui's macros call (`t`, `msg` + `i18n._`). English, the source language, is formatted
 * here from the message in the code, without a catalog or Lingui's runtime: they would not fit the
 * add screen's 100 kB. Spanish goes to Lingui with its compiled catalog, loaded before the first
 * render for those who chose it. english-format.test.ts holds every message to Lingui's own result.
 */
export type Locale = 'en' | 'es';
export type MessageDescriptor = { id: string; message?: string; values?: Values };
type Values = Record<string, unknown>;

let translate: ((descriptor: MessageDescriptor) => string) | undefined;
export let locale: Locale = 'en';
const listeners = new Set<() => void>();

export const i18n = {
  _(descriptor: MessageDescriptor, values?: Values): string {
    const all = { ...descriptor, values: { ...descriptor.values, ...values } };
    return translate ? translate(all) : formatEnglish(all.message ?? all.id, all.values);
  },
};

/** ICU's subset our English messages use: `{name}` and `{n, plural, one {…} other {…}}`. */
export function formatEnglish(message: string, values: Values, pound = ''): string {
  let out = '';
  for (let at = 0; at < message.length; at++) {
    const char = message[at];
    if (char === '#' && pound) out += pound;
    else if (char !== '{') out += char;
    else {
      const end = closing(message, at);
      const [name = '', kind, ...rest] = message.slice(at + 1, end).split(',');
      const value = values[name.trim()];
      out +=
        kind?.trim() === 'plural'
          ? plural(rest.join(','), Number(value), values)
          : String((value as string | undefined) ?? '');
      at = end;
    }
  }
  return out;
}

function closing(message: string, open: number) {
  let depth = 0;
  for (let at = open; ; at++) {
    if (message[at] === '{') depth++;
    if (message[at] === '}' && !--depth) return at;
  }
}

function plural(options: string, count: number, values: Values) {
  const cases: Record<string, string> = {};
  for (let at = 0; at < options.length;) {
    const open = options.indexOf('{', at);
    if (open < 0) break;
    const end = closing(options, open);
    cases[options.slice(at, open).trim()] = options.slice(open + 1, end);
    at = end + 1;
  }
  const category = new Intl.PluralRules('en').select(count);
  const chosen = cases[`=${count}`] ?? cases[category] ?? cases['other'] ?? '';
  return formatEnglish(chosen, values, new Intl.NumberFormat('en').format(count));
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
