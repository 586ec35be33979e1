import type { Browser } from '@playwright/test';
import { freshContext, launch, salesCookie, timeToUsable } from './browser';
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

/** The flow of e2e/tests/keys-per-contact.spec.ts (keys-per-contact.ts), counted once. */
async function keysPerContact(browser: Browser, url: string, cookie: string) {
  const context = await freshContext(browser, url, cookie);
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
    const cookie = await salesCookie(url);
    await timeToUsable(browser, url, { cookie }); // warm the server and the disk cache
    const samples: number[] = [];
    for (let i = 0; i < LOADS; i++)
      samples.push((await timeToUsable(browser, url, { cookie })).usable);
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
