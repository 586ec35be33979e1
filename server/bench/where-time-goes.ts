import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { NETWORKS, type Network } from './browser';
import type { MedianProfile, Profile, Request } from './first-screen-trace';
import { note, table } from './print';
import { kb } from './stats';
import { BUCKETS } from './trace-buckets';

const MANIFEST = fileURLToPath(new URL('../../client/dist/.vite/manifest.json', import.meta.url));

export type Profiles = Record<Network, { app: MedianProfile; bare: MedianProfile }>;

const whole = (value: number) => `${Math.round(value)} ms`;
const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** Lazy chunks go by hash alone (vite.config.ts); the build manifest says what each holds. */
async function chunkNames(): Promise<Map<string, string>> {
  const manifest = JSON.parse(await readFile(MANIFEST, 'utf8')) as Record<
    string,
    { file: string; name?: string }
  >;
  return new Map(Object.values(manifest).map(({ file, name }) => [`/${file}`, name ?? '']));
}

/** Main-thread time by bucket for our app (before and after DOMContentLoaded) beside bare React. */
function printBuckets(profiles: Profiles): void {
  const { loopback, throttled } = profiles;
  const spans = (profile: Profile) => [
    [0, profile.domContentLoaded],
    [profile.domContentLoaded, profile.started],
  ];
  /** Counted in the median load, against its own milestones. */
  const requested = ({ timeline }: MedianProfile, span: number) => {
    const [from, to] = spans(timeline)[span]!;
    const begun = timeline.requests.filter(({ start }) => start >= from! && start < to!);
    return `${begun.length}, ${kb(sum(begun.map(({ bytes }) => bytes)))}`;
  };
  const row = (
    label: string,
    app: (profile: MedianProfile, span: number) => string,
    bare: (profile: MedianProfile) => string,
  ) => [
    label,
    ...[loopback.app, throttled.app].flatMap((profile) => [app(profile, 0), app(profile, 1)]),
    bare(loopback.bare),
    bare(throttled.bare),
  ];
  table(
    [
      'main thread (medians)',
      'loopback: to DCL',
      'DCL → app started',
      'throttled: to DCL',
      'DCL → app started',
      'bare React: loopback',
      'throttled',
    ],
    [
      ...BUCKETS.map((bucket) =>
        row(
          bucket,
          (profile, span) => whole(profile.buckets.get(bucket)![span]!),
          (profile) => whole(sum(profile.buckets.get(bucket)!)),
        ),
      ),
      row(
        'span ends at',
        (profile, span) => whole(spans(profile)[span]![1]!),
        (profile) => whole(profile.started),
      ),
      row('requests begun, bytes', requested, (profile) => {
        const begun = profile.timeline.requests.filter(({ start }) => start < profile.started);
        return `${begun.length}, ${kb(sum(begun.map(({ bytes }) => bytes)))}`;
      }),
    ],
  );
}

type Row = Partial<Record<Network, Request>>;

/** Every request our app began before its box was usable, DOMContentLoaded among them. */
function printRequests(profiles: Profiles, names: Map<string, string>): void {
  const path = (request: Request) => new URL(request.url).pathname + new URL(request.url).search;
  const rows = new Map<string, Row>();
  for (const network of NETWORKS) {
    const { requests, started } = profiles[network].app.timeline;
    for (const request of requests.filter(({ start }) => start < started)) {
      rows.set(path(request), { ...rows.get(path(request)), [network]: request });
    }
  }
  const span = (request: Request | undefined) =>
    request ? `${whole(request.start)} → ${whole(request.end)}` : '-';
  const cells = ([url, row]: [string, Row]) => {
    const either = (row.throttled ?? row.loopback)!;
    const name = names.get(url);
    return [
      name ? `${url} (${name})` : url,
      either.kind,
      span(row.loopback),
      span(row.throttled),
      kb(either.bytes),
    ];
  };
  const milestone = (label: string, at: (profile: Profile) => number) => [
    label,
    '',
    ...NETWORKS.map((network) => whole(at(profiles[network].app.timeline))),
    '',
  ];
  const beforeLoaded = ([, row]: [string, Row]) =>
    NETWORKS.some((network) => {
      const { domContentLoaded } = profiles[network].app.timeline;
      return row[network] !== undefined && row[network].start < domContentLoaded;
    });
  table(
    ['our app, median load', 'kind', 'loopback: start → end', 'throttled', 'bytes'],
    [
      ...[...rows].filter(beforeLoaded).map(cells),
      milestone('DOMContentLoaded', (profile) => profile.domContentLoaded),
      ...[...rows].filter((entry) => !beforeLoaded(entry)).map(cells),
      milestone("app's own customer box usable", (profile) => profile.started),
    ],
  );
}

export async function printWhereTimeGoes(profiles: Profiles, loads: number): Promise<void> {
  note('Where the time goes in our app, from Chromium traces; bare React beside it.');
  printBuckets(profiles);
  note(
    `Each figure the median of ${loads} traced loads per page and network: the self time of the page's main-thread trace slices per bucket, before and after DOMContentLoaded (DCL); "idle": no slice ran, the page waited for the network. Tracing V8's compiler slows these loads: read shares, not sums. Requests: those of the load with the median time to the app's own box.`,
  );
  console.log('');
  printRequests(profiles, await chunkNames());
  note(
    'The requests begun before the app’s own box was usable, in the traced load with the median time to it; page milliseconds from navigation start (the document\'s "end" is its last byte). One that ends after that did not hold the app up. bytes: on the wire, headers included.',
  );
}
