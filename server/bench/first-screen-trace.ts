import type { Browser } from '@playwright/test';
import { emulate, freshContext, openUntilUsable, STARTED_MARK, type Network } from './browser';
import { summarize } from './stats';
import { bucketTimes, parseTrace } from './trace-buckets';

/**
 * The timeline, V8's compile events (else lazy compilation hides inside execution), the page's
 * marks. The compile events slow a traced load down: read the shares, not the sum.
 */
const CATEGORIES = [
  '-*',
  'devtools.timeline',
  'v8.execute',
  'disabled-by-default-v8.compile',
  'blink.user_timing',
  'loading',
  'toplevel',
];
/** Long enough for what the first screen starts, short enough for a bench. */
const SETTLE_MS = 2_000;

export interface Request {
  url: string;
  kind: string;
  /** Page milliseconds from the navigation's start. */
  start: number;
  end: number;
  /** Bytes on the wire, headers included (0 for a cached answer). */
  bytes: number;
}

export interface Profile {
  domContentLoaded: number;
  /** When the app's own customer box was usable (browser.ts, `Load`). */
  started: number;
  /** Milliseconds per bucket: [navigation → DOMContentLoaded, DOMContentLoaded → started]. */
  buckets: Map<string, number[]>;
  /** Every request the page made, the document first. */
  requests: Request[];
}

// A string: the server's TypeScript has no DOM types, and this runs in the browser.
const READ_TIMINGS = `JSON.stringify({
  domContentLoaded: performance.getEntriesByType('navigation')[0].domContentLoadedEventStart,
  requests: performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
    .map((e) => ({ url: e.name, kind: e.initiatorType, start: e.startTime, end: e.responseEnd, bytes: e.transferSize })),
})`;

/** One traced load in a fresh context, read once the page's requests have settled. */
export async function profileLoad(
  browser: Browser,
  url: string,
  network: Network,
  cookie?: string,
): Promise<Profile> {
  const context = await freshContext(browser, url, cookie);
  try {
    const page = await context.newPage();
    await emulate(page, network);
    await browser.startTracing(page, { categories: CATEGORIES });
    const { started } = await openUntilUsable(page, url).catch(async (error: unknown) => {
      await browser.stopTracing();
      throw error;
    });
    const trace = await browser.stopTracing();
    await page.waitForLoadState('networkidle', { timeout: SETTLE_MS }).catch(() => undefined);
    const timings = JSON.parse(String(await page.evaluate(READ_TIMINGS))) as Omit<
      Profile,
      'started' | 'buckets'
    >;
    const spans = [
      [0, timings.domContentLoaded],
      [timings.domContentLoaded, started],
    ] as const;
    return { ...timings, started, buckets: bucketTimes(parseTrace(trace), STARTED_MARK, spans) };
  } finally {
    await context.close();
  }
}

export interface MedianProfile extends Profile {
  /** The load with the median time to the app's own box, as it happened: its requests are its own. */
  timeline: Profile;
}

const median = (values: readonly number[]) => summarize(values).p50;

/** `loads` traced loads, each figure their median: a busy machine makes any one load noisy. */
export async function medianProfile(
  loads: number,
  load: () => Promise<Profile>,
): Promise<MedianProfile> {
  const profiles: Profile[] = [];
  for (let i = 0; i < loads; i++) profiles.push(await load());
  profiles.sort((a, b) => a.started - b.started);
  const buckets = [...profiles[0]!.buckets.keys()].map((bucket) => {
    const spans = profiles.map((profile) => profile.buckets.get(bucket)!);
    return [bucket, spans[0]!.map((_, span) => median(spans.map((each) => each[span]!)))] as const;
  });
  const timeline = profiles[Math.floor(profiles.length / 2)]!;
  return {
    domContentLoaded: median(profiles.map((profile) => profile.domContentLoaded)),
    started: timeline.started,
    buckets: new Map(buckets),
    requests: timeline.requests,
    timeline,
  };
}
