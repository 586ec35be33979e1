import type { Browser } from '@playwright/test';
import {
  launch,
  NETWORKS,
  salesCookie,
  THROTTLED,
  timeToUsable,
  type Load,
  type Network,
} from './browser';
import { medianProfile, profileLoad } from './first-screen-trace';
import { startPair } from './harness';
import { note, reading, section, table } from './print';
import { startBareReact } from './serve-bare-react';
import { ms, summarize } from './stats';
import { printWhereTimeGoes, type Profiles } from './where-time-goes';

/** Issue 9: loads of each page per network, after one warm-up each. */
const LOADS = 15;
const TRACED_LOADS = 3;
/** Issue 9: our time to a usable form over bare React's, medians. */
const GOALS: Record<Network, number> = { loopback: 1.2, throttled: 1.1 };

const times = (ratio: number) => `${ratio.toFixed(2)}×`;

interface Target {
  url: string;
  cookie?: string;
}

type Samples = { app: Load[]; bare: Load[] };

async function interleaved(
  browser: Browser,
  pages: Record<keyof Samples, Target>,
  network: Network,
): Promise<Samples> {
  const load = (which: keyof Samples) =>
    timeToUsable(browser, pages[which].url, { ...pages[which], network });
  await load('app');
  await load('bare');
  const samples: Samples = { app: [], bare: [] };
  for (let i = 0; i < LOADS; i++) {
    // Each goes first in turn, so a change in the machine's load falls on both alike.
    const order = i % 2 === 0 ? (['app', 'bare'] as const) : (['bare', 'app'] as const);
    for (const which of order) samples[which].push(await load(which));
  }
  return samples;
}

function printComparison(samples: Record<Network, Samples>): void {
  const rows = NETWORKS.flatMap((network) =>
    (['usable', 'started'] as const).flatMap((moment) => {
      const app = summarize(samples[network].app.map((load) => load[moment]));
      const bare = summarize(samples[network].bare.map((load) => load[moment]));
      const ratio = app.p50 / bare.p50;
      const goal = GOALS[network];
      // The goal is on "usable"; "started" is printed beside it, for what it hides.
      const judged = moment === 'usable';
      return [
        [network, moment, 'komet-contacts', String(app.n), ms(app.p50), ms(app.p95), '', ''],
        [network, moment, 'bare React 19', String(bare.n), ms(bare.p50), ms(bare.p95), '', ''],
        [
          network,
          moment,
          'ratio',
          '',
          times(ratio),
          times(app.p95 / bare.p95),
          judged ? `≤ ${goal}×` : '',
          judged ? reading(ratio <= goal) : '',
        ],
      ];
    }),
  );
  table(['network', 'moment', 'page', 'n', 'median', 'p95', 'goal (medians)', 'reading'], rows);
  note(
    `From navigation, by the page's clock. usable: the customer box (input#customer) is in the page, visible and enabled, and takes typing; ours is the prerendered form (client/build/add-form-shell.ts), whose typing the app keeps when it starts. started: the box is the one React made, so typing reaches the app at once (searches run); for bare React the two are the same moment. A fresh browser context (empty cache) per load; the pages take turns, each first in every other pair. Our app is signed in as sales. Bare React 19: server/bench/bare-react/ (11 labelled fields, createRoot, nothing else), built with Vite, the React plugin and client/build/precompress.ts, served by serveClient() like our client. throttled: Chromium's network emulation, ${THROTTLED.latency} ms latency per request, ${(THROTTLED.downloadThroughput * 8) / 1e6} Mbit/s down, ${(THROTTLED.uploadThroughput * 8) / 1e6} Mbit/s up.`,
  );
}

/**
 * Issue 9: time to a usable add form against a bare React 19 page served the same way, on
 * loopback and on a throttled network; then where our first screen's time goes.
 */
export async function benchFirstScreenVsReact(): Promise<void> {
  section('The first screen against bare React 19, and where its time goes (Chromium)');
  const pair = await startPair();
  const bare = await startBareReact();
  const browser = await launch();
  try {
    const pages = {
      app: { url: pair.server.url, cookie: await salesCookie(pair.server.url) },
      bare: { url: bare.url },
    };
    const samples = {} as Record<Network, Samples>;
    for (const network of NETWORKS) samples[network] = await interleaved(browser, pages, network);
    printComparison(samples);

    const profiles = {} as Profiles;
    for (const network of NETWORKS) {
      const traced = (page: Target) => () => profileLoad(browser, page.url, network, page.cookie);
      profiles[network] = {
        app: await medianProfile(TRACED_LOADS, traced(pages.app)),
        bare: await medianProfile(TRACED_LOADS, traced(pages.bare)),
      };
    }
    console.log('');
    await printWhereTimeGoes(profiles, TRACED_LOADS);
  } finally {
    await browser.close();
    await bare.close();
    await pair.close();
  }
}
