import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { createServer, type Plugin } from 'vite';

/** Where the server looks for them (server/src/edge/client-files.ts). */
export const SHELL_FILES = { en: 'shell/add-contact.en.html', es: 'shell/add-contact.es.html' };
const HTML_LANG = { en: 'en', es: 'es-419' };
const RENDERER = '/src/prerender/render-add-form.tsx';

type Language = keyof typeof SHELL_FILES;
type Renderer = { renderAddForm: (language: Language) => Promise<string> };

/**
 * A DOM for React to render into, as globals (what jsdom-based tests have). Answers never come:
 * the shell is the screen before any. Returns what puts the globals back.
 */
function borrowDom(): () => void {
  const dom = new JSDOM('<!doctype html><html><body></body></html>', {
    url: 'http://localhost/',
    pretendToBeVisual: true,
  });
  const global = globalThis as Record<string, unknown>;
  const added = Object.getOwnPropertyNames(dom.window).filter((key) => !(key in global));
  for (const key of added) global[key] = (dom.window as unknown as Record<string, unknown>)[key];
  const { fetch, setTimeout } = globalThis;
  // A query's retry or cache timer must not hold the build open: cleared when done.
  const timers = new Set<ReturnType<typeof setTimeout>>();
  Object.assign(globalThis, {
    fetch: () => new Promise(() => {}),
    setTimeout: (...args: Parameters<typeof setTimeout>) => {
      const timer = setTimeout(...args);
      timers.add(timer);
      return timer;
    },
  });
  return () => {
    timers.forEach(clearTimeout);
    Object.assign(globalThis, { fetch, setTimeout });
    for (const key of added) delete global[key];
    dom.window.close();
  };
}

/** index.html with the form's markup in #root, in one language. */
function withShell(indexHtml: string, language: Language, rendered: string): string {
  // Where the app puts the cursor once started (customer-slot.tsx): the HTML does it at once.
  const markup = rendered.replace('<input id="customer"', '<input autofocus="" id="customer"');
  if (markup === rendered) throw new Error('the prerendered add form has no customer box');
  // The indentation between tags is bytes on the first screen's wire (issue 9: ≤ 90 kB brotli).
  const page = indexHtml
    .replace(/>\s+</g, '><')
    .replace(/<html lang="[^"]*"/, `<html lang="${HTML_LANG[language]}"`)
    .replace('<div id="root"></div>', `<div id="root">${markup}</div>`);
  if (!page.includes(markup)) throw new Error('index.html has no empty <div id="root"></div>');
  return page;
}

/**
 * Writes the add screen, prerendered in each language, beside index.html (issue 9): the server
 * sends it for `/` to a signed-in browser, so the customer box can be typed in before the app's
 * JS has run. The app replaces it on start and keeps what was typed (src/prerender/keep-typing.ts).
 * Rendered through Vite's SSR loader with the project's own config, so Lingui's macros and the
 * aliases apply as in the browser build.
 */
export function addFormShell(): Plugin {
  let configFile: string | undefined;
  return {
    name: 'komet:add-form-shell',
    apply: 'build',
    configResolved(config) {
      configFile = config.configFile;
    },
    writeBundle: {
      // Before precompress (the next plugin), which compresses what is in the folder.
      sequential: true,
      async handler(options) {
        if (!options.dir) return;
        const indexHtml = await readFile(path.join(options.dir, 'index.html'), 'utf8');
        const giveBack = borrowDom();
        const vite = await createServer({
          configFile,
          logLevel: 'warn',
          server: { middlewareMode: true, hmr: false, ws: false, watch: null },
          appType: 'custom',
        });
        try {
          const { renderAddForm } = (await vite.ssrLoadModule(RENDERER)) as Renderer;
          await mkdir(path.join(options.dir, 'shell'), { recursive: true });
          for (const language of ['en', 'es'] as const) {
            const markup = await renderAddForm(language);
            const file = path.join(options.dir, SHELL_FILES[language]);
            await writeFile(file, withShell(indexHtml, language, markup));
          }
        } finally {
          await vite.close();
          giveBack();
        }
      },
    },
  };
}
