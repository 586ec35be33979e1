import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import { createHttpKomet } from '../src/komet/http-komet';
import type { KometCustomer } from '../src/komet/komet';
import { seededRandom } from '../src/seeded-random';
import { CustomerIndex } from '../src/storage/customer-index';
import { generateCustomers, seedCustomers } from '../src/storage/seed-customers';
import { SimulatorStore } from '../src/storage/simulator-store';
import { runSliced, type Sliced } from '../src/sliced';
import { BENCH_TOKEN, startPair, type Pair } from './harness';
import { note, reading, section, table } from './print';
import { mb, ms, summarize } from './stats';

const COUNT = 100_000;
const OPS = 2_000;
const WARMUP_OPS = 200;
const TARGET_OP_MS = 1;
const TARGET_STALL_MS = 50;
// monitorEventLoopDelay samples with a timer this often; a stall shows once that timer fires.
const RESOLUTION_MS = 1;

const us = (value: number) => `${(value * 1000).toFixed(1)} µs`;
const settle = () => new Promise((resolve) => setTimeout(resolve, 10 * RESOLUTION_MS));

/** Longest event-loop stall while `work` runs, how long it took in all, and its result. */
async function stallDuring<T>(
  work: () => Promise<T>,
): Promise<[stallMs: number, tookMs: number, result: T]> {
  await settle();
  const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
  histogram.enable();
  const started = performance.now();
  const result = await work();
  const took = performance.now() - started;
  await settle();
  histogram.disable();
  return [histogram.max / 1e6, took, result];
}

/** Times each single-customer change separately, after a few untimed ones to warm the JIT. */
function timeEach(count: number, change: (i: number) => void): number[] {
  for (let i = 0; i < WARMUP_OPS; i++) change(i);
  const times: number[] = [];
  for (let i = WARMUP_OPS; i < WARMUP_OPS + count; i++) {
    const started = performance.now();
    change(i);
    times.push(performance.now() - started);
  }
  return times;
}

function singleChanges(customers: readonly KometCustomer[]): string[][] {
  const index = CustomerIndex.from(customers);
  const next = seededRandom(11);
  const any = () => customers[Math.floor(next() * customers.length)]!;
  const fresh = generateCustomers(WARMUP_OPS + OPS, 99).map((c) => ({ ...c, id: `7${c.id}` }));
  const series: [string, number[]][] = [
    ['insert a new customer', timeEach(OPS, (i) => index.put(fresh[i]!))],
    ['replace one (renamed)', timeEach(OPS, (i) => index.put({ ...any(), name: `Renamed ${i}` }))],
    ['remove one', timeEach(OPS, () => index.remove(any().id))],
  ];
  return series.map(([name, times]) => {
    const s = summarize(times);
    const mean = times.reduce((a, b) => a + b, 0) / times.length;
    return [name, us(mean), us(s.p50), us(s.p95), us(s.max), reading(s.p95 < TARGET_OP_MS)];
  });
}

const how = (index: CustomerIndex, before: CustomerIndex['counts']) =>
  index.counts.rebuilds > before.rebuilds
    ? 'rebuilt in slices'
    : `${index.counts.changes - before.changes} changed`;

const row = (name: string, done: string, took: number, stall: number) => [
  name,
  done,
  ms(took),
  ms(stall),
  reading(stall <= TARGET_STALL_MS),
];

type Refresh = [name: string, index: CustomerIndex | undefined, run: () => Promise<unknown>];

/** Times each refresh and reads the longest stall, saying whether it rebuilt or changed a few. */
async function refreshRows(refreshes: Refresh[]): Promise<string[][]> {
  const rows: string[][] = [];
  for (const [name, index, run] of refreshes) {
    const before = index && { ...index.counts };
    const [stall, took] = await stallDuring(run);
    rows.push(row(name, index && before ? how(index, before) : '-', took, stall));
  }
  return rows;
}

/**
 * Slices of busy waiting as long as the index's, for two seconds, and no index work: the stall
 * other work on the machine alone causes, to read the other rows against.
 */
function* busyFor(ms: number): Sliced<void> {
  const until = performance.now() + ms;
  while (performance.now() < until) yield;
}

function indexRefreshes(customers: KometCustomer[]): Refresh[] {
  const index = new CustomerIndex();
  const renamed = customers.map((c) => ({ ...c, name: `${c.name} Nueva` }));
  const oneChanged = renamed.map((c, i) => (i === 500 ? { ...c, name: 'Rosas Cambiadas' } : c));
  const recent = oneChanged
    .slice(0, 1_000)
    .map((c, i) => (i === 7 ? { ...c, active: !c.active } : c));
  return [
    ['baseline: busy slices, no index work', undefined, () => runSliced(busyFor(2_000))],
    ['first load into an empty index', index, () => index.replaceAll(customers)],
    ['full list, every name changed', index, () => index.replaceAll(renamed)],
    ['full list, one customer changed', index, () => index.replaceAll(oneChanged)],
    ['updateAsOf list of 1,000, one changed', index, () => index.upsert(recent)],
  ];
}

/**
 * Our Komet client alone loading the full list, as at start-up and in the daily full reload:
 * the simulator's answer, written once beforehand, is served as ready bytes from this process, so
 * the stall read is the client's own (receiving, parsing, checking), not the simulator's writing.
 */
async function fullListLoad(pair: Pair): Promise<string[]> {
  const url = `${pair.simulator.url}/customer.list?includeInactive=1&authenticationToken=${BENCH_TOKEN}`;
  const body = Buffer.from(await (await fetch(url)).arrayBuffer());
  const komet = createServer((_request, response) =>
    response.setHeader('content-type', 'application/json').end(body),
  );
  await new Promise<void>((resolve) => komet.listen(0, '127.0.0.1', resolve));
  try {
    const { port } = komet.address() as AddressInfo;
    const client = createHttpKomet({
      baseUrl: `http://127.0.0.1:${port}/api`,
      token: BENCH_TOKEN,
      timeoutMs: 60_000,
    });
    const [stall, took, customers] = await stallDuring(() =>
      client.listCustomers({ includeInactive: true }),
    );
    const done = `${customers.length.toLocaleString('en')} customers, ${mb(body.length)}`;
    return row('  its full list load alone (listCustomers)', done, took, stall);
  } finally {
    await new Promise((resolve) => komet.close(resolve));
  }
}

/**
 * The real server against the simulator, both in this process: its start-up load of the whole
 * list (and apart, our Komet client's share of it), then the periodic refresh after one customer
 * changed in "Komet".
 */
async function serverRefreshes(customers: KometCustomer[]): Promise<string[][]> {
  const store = new SimulatorStore(customers);
  // Stalls before the server listens hold up no request (none can arrive yet): read apart from
  // those of the list load, which goes on while requests are served.
  let listening: { histogram: IntervalHistogram; at: number } | undefined;
  let readyAt = 0;
  const [startStall, startTook, pair] = await stallDuring(async () => {
    const pair = await startPair(store, () => {
      const histogram = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
      histogram.enable();
      listening = { histogram, at: performance.now() };
    });
    await pair.server.directory.ready();
    readyAt = performance.now();
    return pair;
  });
  const served = listening!;
  served.histogram.disable();
  try {
    const { directory } = pair.server;
    const loaded = how(directory.index, { rebuilds: 0, changes: 0 });
    const rows = [
      row('server start-up over HTTP, whole', loaded, startTook, startStall),
      row(
        '  once listening: the list load while requests are served',
        loaded,
        readyAt - served.at,
        served.histogram.max / 1e6,
      ),
      await fullListLoad(pair),
    ];
    const changed = customers[500]!;
    store.customers.set(changed.id, {
      ...changed,
      name: 'Rosas Renombradas',
      updatedOn: '2026-12-01T08:00:00',
    });
    const before = { ...directory.index.counts };
    const [stall, took] = await stallDuring(() => directory.refresh());
    rows.push(row('server periodic refresh over HTTP', how(directory.index, before), took, stall));
    return rows;
  } finally {
    await pair.close();
  }
}

export async function benchIndexRefresh(): Promise<void> {
  section(`4b. Customer index updates with ${COUNT.toLocaleString('en')} customers`);
  const customers = [...generateCustomers(COUNT), ...seedCustomers()];
  table(
    ['one customer', 'mean', 'p50', 'p95', 'max', `p95 < ${TARGET_OP_MS} ms`],
    singleChanges(customers),
  );
  note(
    `${OPS} of each after ${WARMUP_OPS} untimed, each timed alone on an index of ${COUNT.toLocaleString('en')}.`,
  );
  const rows = await refreshRows(indexRefreshes(customers));
  rows.push(...(await serverRefreshes(customers)));
  table(['refresh', 'how', 'took', 'longest stall', `≤ ${TARGET_STALL_MS} ms`], rows);
  note(
    'Longest stall = max of monitorEventLoopDelay (resolution 1 ms) while the refresh ran. The' +
      ' server rows hold the simulator too (same process, as without a token), writing the list' +
      ' a hundred customers at a time. "Whole" start-up includes opening the database and' +
      ' building the app before the server listens, when no request can be waiting; "once' +
      ' listening" is the part that can hold one up. "Its full list load alone" is our Komet' +
      ' client receiving, parsing and checking that list (served as ready bytes), in slices.',
  );
}
