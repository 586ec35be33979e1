import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { App } from '../app/app';
import { setLocale, type Locale } from '../i18n/runtime';

/**
 * The app's first render at `/`, as markup: what a signed-in user sees before any answer arrives.
 * Runs at build time in a DOM (client/build/add-form-shell.ts), through the same React as the browser, so the
 * markup is the one the app replaces when it starts.
 */
export async function renderAddForm(language: Locale): Promise<string> {
  await setLocale(language);
  const container = document.createElement('div');
  const root = createRoot(container);
  flushSync(() => root.render(<App key={language} />));
  const markup = container.innerHTML;
  root.unmount();
  return markup;
}
