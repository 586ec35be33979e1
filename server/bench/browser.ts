import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { TEST_PASSWORD, TEST_USERS } from '../src/testing/test-server';

/** Issue 9's slow link, as Chromium's network emulation takes it (bytes per second). */
export const THROTTLED = {
  offline: false,
  latency: 40,
  downloadThroughput: 10e6 / 8,
  uploadThroughput: 5e6 / 8,
} as const;

export const NETWORKS = ['loopback', 'throttled'] as const;
export type Network = (typeof NETWORKS)[number];

/** Playwright's own Chromium when installed, else the system's (as e2e/playwright.config.ts). */
export function launch(): Promise<Browser> {
  if (existsSync(chromium.executablePath())) return chromium.launch();
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The marks the watcher leaves, so a trace shows the moments too. */
export const USABLE_MARK = 'komet:usable';
export const STARTED_MARK = 'komet:started';

/**
 * A page load's two moments, in milliseconds from the navigation's start by the page's clock:
 * the customer box can be typed in (`usable`), and the box is the app's own, so typing reaches
 * the app (`started`). A prerendered box is usable first and replaced later; a box React made is
 * both at once.
 */
export interface Load {
  usable: number;
  started: number;
}

// Runs in the page before its own scripts. A string: the server's TypeScript has no DOM types,
// and this runs in the browser. React keeps its fiber on the nodes it made: that tells the app's
// box from the prerendered one.
const WATCH_CUSTOMER_BOX = `
  const usable = (box) => box !== null && !box.disabled && box.getClientRects().length > 0;
  const reacts = (box) => Object.keys(box).some((key) => key.startsWith('__reactFiber'));
  new MutationObserver((_changes, observer) => {
    const box = document.querySelector('input#customer');
    if (!usable(box)) return;
    if (!('usableAt' in window))
      window.usableAt = performance.mark(${JSON.stringify(USABLE_MARK)}).startTime;
    if (!reacts(box)) return;
    window.startedAt = performance.mark(${JSON.stringify(STARTED_MARK)}).startTime;
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true, attributes: true });
`;

/** Signs in as sales over HTTP; the session cookie as `name=value`. */
export async function salesCookie(origin: string): Promise<string> {
  const response = await fetch(`${origin}/api/session`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json' },
    body: JSON.stringify({ username: TEST_USERS.sales.username, password: TEST_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`bench sign-in answered ${response.status}`);
  return response.headers.getSetCookie()[0]!.split(';')[0]!;
}

/** A fresh context (empty cache): the first visit of the day, the slower case. */
export async function freshContext(
  browser: Browser,
  url: string,
  cookie?: string,
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  if (cookie) {
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url }]);
  }
  return context;
}

/** Sets the page's network before it navigates; loopback leaves it alone. */
export async function emulate(page: Page, network: Network): Promise<void> {
  if (network === 'loopback') return;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', THROTTLED);
}

/** Navigates and waits until the app's own customer box is usable (see `Load`). */
export async function openUntilUsable(page: Page, url: string): Promise<Load> {
  await page.addInitScript({ content: WATCH_CUSTOMER_BOX });
  await page.goto(url);
  await page.waitForFunction('"startedAt" in window');
  const [usable, started] = await page.evaluate<number[]>('[window.usableAt, window.startedAt]');
  return { usable: Number(usable), started: Number(started) };
}

/** One load in a fresh context (see `Load`). */
export async function timeToUsable(
  browser: Browser,
  url: string,
  options: { cookie?: string; network?: Network } = {},
): Promise<Load> {
  const context = await freshContext(browser, url, options.cookie);
  try {
    const page = await context.newPage();
    await emulate(page, options.network ?? 'loopback');
    return await openUntilUsable(page, url);
  } finally {
    await context.close();
  }
}
