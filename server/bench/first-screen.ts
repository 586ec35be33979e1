import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { TEST_PASSWORD, TEST_USERS } from '../src/testing/test-server';
import { startPair } from './harness';
import {
  firstContact,
  GOAL_FIRST_EXTRA_KEYS,
  GOAL_NEXT_EXTRA_KEYS,
  nextContact,
  type Keys,
} from './keys-per-contact';
import { note, reading, section, table } from './print';
import { ms, summarize } from './stats';

const LOADS = 15;

/** Playwright's own Chromium when installed, else the system's (as e2e/playwright.config.ts). */
function launch(): Promise<Browser> {
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

// Runs in the page before its own scripts: notes when the customer box can first be typed in.
// A string: the server's TypeScript has no DOM types, and this runs in the browser.
const WATCH_CUSTOMER_BOX = `
  const usable = () => {
    const box = document.querySelector('input#customer');
    return box !== null && !box.disabled && box.getClientRects().length > 0;
  };
  new MutationObserver((_changes, observer) => {
    if (!usable()) return;
    window.usableAt = performance.now();
    observer.disconnect();
  }).observe(document, { childList: true, subtree: true, attributes: true });
`;

/** A fresh context (empty cache) per load: the first visit of the day, the slower case. */
async function timeToUsable(browser: Browser, url: string, cookie: string): Promise<number> {
  const context = await signedInContext(browser, url, cookie);
  try {
    const page = await context.newPage();
    await page.addInitScript({ content: WATCH_CUSTOMER_BOX });
    await page.goto(url);
    await page.waitForFunction('"usableAt" in window');
    return Number(await page.evaluate('window.usableAt'));
  } finally {
    await context.close();
  }
}

async function signedInContext(
  browser: Browser,
  url: string,
  cookie: string,
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const [name, value] = cookie.split('=') as [string, string];
  await context.addCookies([{ name, value, url }]);
  return context;
}

/** The flow of e2e/tests/keys-per-contact.spec.ts (keys-per-contact.ts), counted once. */
async function keysPerContact(browser: Browser, url: string, cookie: string) {
  const context = await signedInContext(browser, url, cookie);
  try {
    const page = await context.newPage();
    const first = await firstContact(page, url, {
      name: 'Keys Counted',
      email: 'keys@rosaflor.example',
    });
    const { keys: next } = await nextContact(page, {
      name: 'Keys Counted Again',
      email: 'again@rosaflor.example',
    });
    return { first, next };
  } finally {
    await context.close();
  }
}

export async function benchFirstScreen(): Promise<void> {
  section('6. The add screen in Chromium: time to a usable form, keys per contact');
  const pair = await startPair();
  const browser = await launch();
  try {
    const url = pair.server.url;
    const response = await fetch(`${url}/api/session`, {
      method: 'POST',
      headers: { origin: url, 'content-type': 'application/json' },
      body: JSON.stringify({ username: TEST_USERS.sales.username, password: TEST_PASSWORD }),
    });
    const cookie = response.headers.getSetCookie()[0]!.split(';')[0]!;
    await timeToUsable(browser, url, cookie); // warm the server and the disk cache
    const samples: number[] = [];
    for (let i = 0; i < LOADS; i++) samples.push(await timeToUsable(browser, url, cookie));
    const usable = summarize(samples);
    table(
      ['measure', 'n', 'median', 'p95', 'max'],
      [
        [
          'navigation to a usable customer box',
          String(usable.n),
          ms(usable.p50),
          ms(usable.p95),
          ms(usable.max),
        ],
      ],
    );
    note(
      'Loopback, no throttling, a fresh browser context (empty cache) per load, signed in as sales; "usable": the customer box is in the page, visible and enabled.',
    );

    const { first, next } = await keysPerContact(browser, url, cookie);
    const row = (label: string, keys: Keys, goal: number) => [
      label,
      String(keys.typed),
      String(keys.other),
      `≤ ${goal}`,
      reading(keys.other <= goal),
    ];
    console.log('');
    table(
      ['flow', 'typed characters', 'other keys', 'target (other keys)', 'reading'],
      [
        row('first contact, customer found by name', first, GOAL_FIRST_EXTRA_KEYS),
        row('next contact, same customer', next, GOAL_NEXT_EXTRA_KEYS),
      ],
    );
  } finally {
    await browser.close();
    await pair.close();
  }
}
