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

/** The mark the watcher leaves, so a trace shows the moment too. */
export const USABLE_MARK = 'komet:usable';

// Runs in the page before its own scripts: notes when the customer box can first be typed in.
// A string: the server's TypeScript has no DOM types, and this runs in the browser.
const WATCH_CUSTOMER_BOX = `
  const usable = () => {
    const box = document.querySelector('input#customer');
    return box !== null && !box.disabled && box.getClientRects().length > 0;
  };
  new MutationObserver((_changes, observer) => {
    if (!usable()) return;
    window.usableAt = performance.mark(${JSON.stringify(USABLE_MARK)}).startTime;
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

/**
 * Navigates and waits for a usable customer box (`input#customer` in the page, visible and
 * enabled); milliseconds from the navigation's start, by the page's own clock.
 */
export async function openUntilUsable(page: Page, url: string): Promise<number> {
  await page.addInitScript({ content: WATCH_CUSTOMER_BOX });
  await page.goto(url);
  await page.waitForFunction('"usableAt" in window');
  return Number(await page.evaluate('window.usableAt'));
}

/** One load in a fresh context: milliseconds to a usable customer box. */
export async function timeToUsable(
  browser: Browser,
  url: string,
  options: { cookie?: string; network?: Network } = {},
): Promise<number> {
  const context = await freshContext(browser, url, options.cookie);
  try {
    const page = await context.newPage();
    await emulate(page, options.network ?? 'loopback');
    return await openUntilUsable(page, url);
  } finally {
    await context.close();
  }
}
