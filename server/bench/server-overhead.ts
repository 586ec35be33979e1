import { closeSync, fdatasyncSync, openSync, writeSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { ContactInput } from '../src/contract';
import { stringifyWithIntegers } from '../src/komet/wire-json';
import { BENCH_TOKEN } from './harness';
import {
  BenchClient,
  startAppProcess,
  startBareProxyProcess,
  startSimulatorProcess,
  type AddProfile,
  type AppOptions,
  type AppProcess,
  type AppReport,
  type SimulatorProcess,
} from './overhead-processes';
import { note, reading, section, table } from './print';
import { ms, percentile, timed } from './stats';

const WARMUP = 100;
const N = 1000;
/** The breakdown's runs: fewer rounds, three series each. */
const PROFILE_WARMUP = 50;
const PROFILE_N = 500;
/** Adds per signed-in user before the next takes over: under the app's 60 writes a minute. */
const ADDS_PER_USER = 50;
const GOAL_MEDIAN_MS = 0.5;
const GOAL_P99_MS = 2;
const OLD_TARGET_RATIO = 1.5;
const SYNCHRONOUS = ['OFF', 'NORMAL', 'FULL', 'EXTRA'];

const contactFor = (round: number): ContactInput => ({
  name: `Bench Buyer ${round}`,
  type: 'Buyer',
  phone: '+593 2 255 0101',
  email: 'bench.buyer@example.com',
  emailPOD: true,
});

interface Distribution {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

function distribution(samples: readonly number[]): Distribution {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => percentile(sorted, p);
  return { n: sorted.length, p50: at(50), p95: at(95), p99: at(99), max: sorted.at(-1) ?? NaN };
}

const load = () =>
  os
    .loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

/** One kind of request the bench times: `send(round)` makes round `round`'s request. */
interface Series {
  name: string;
  send(round: number): Promise<void>;
}

/**
 * Every round makes each series' request once, one after another, the order rotating so that no
 * series always follows the same one; the first `warmup` rounds are not kept.
 */
async function interleaved(
  series: Series[],
  warmup: number,
  n: number,
  measuring?: () => Promise<void>,
): Promise<number[][]> {
  const samples = series.map((): number[] => []);
  for (let round = 0; round < warmup + n; round++) {
    if (round === warmup) await measuring?.();
    for (let k = 0; k < series.length; k++) {
      const index = (round + k) % series.length;
      const [elapsed] = await timed(() => series[index]!.send(round));
      if (round >= warmup) samples[index]!.push(elapsed);
    }
  }
  return samples;
}

/**
 * The same add in Komet's wire shape (KOMET-API.md), from its own client: straight to "Komet" at
 * `base`, or through a bare proxy to it.
 */
function kometSeries(
  name: string,
  base: string,
  customerOf: (round: number) => string,
  address = '127.0.0.1',
): Series {
  const client = new BenchClient(new URL(base).origin, address);
  return {
    name,
    async send(round) {
      const body = stringifyWithIntegers(
        { customerId: customerOf(round) },
        { authenticationToken: BENCH_TOKEN, ...contactFor(round) },
      );
      const answer = await client.post(`${base}/customer.contact.add`, body);
      const status = (JSON.parse(answer.text) as { status?: unknown }).status;
      if (Number(status) !== 1) throw new Error(`simulator refused: ${answer.text}`);
    },
  };
}

function appSeries(name: string, app: AppProcess, customerOf: (round: number) => string): Series {
  return {
    name,
    send: (round) => {
      const client = app.clients[Math.floor(round / ADDS_PER_USER)]!;
      return client.add(customerOf(round), JSON.stringify(contactFor(round)));
    },
  };
}

/** Through − direct, from the two distributions (not from pairs): what a user waits longer. */
const added = (through: Distribution, direct: Distribution) => ({
  p50: through.p50 - direct.p50,
  p95: through.p95 - direct.p95,
  p99: through.p99 - direct.p99,
});

function printSeries(names: string[], results: Distribution[]): void {
  table(
    ['series', 'n', 'median', 'p95', 'p99', 'max'],
    names.map((name, i) => {
      const s = results[i]!;
      return [name, String(s.n), ms(s.p50), ms(s.p95), ms(s.p99), ms(s.max)];
    }),
  );
}

/** What one fdatasync of a 4 kB append costs on the disk the database lives on. */
function fsyncCost(dir: string): Distribution {
  const file = path.join(dir, 'fsync-probe');
  const fd = openSync(file, 'w');
  const block = Buffer.alloc(4096, 1);
  const samples: number[] = [];
  try {
    for (let i = 0; i < 220; i++) {
      const started = performance.now();
      writeSync(fd, block);
      fdatasyncSync(fd);
      if (i >= 20) samples.push(performance.now() - started);
    }
  } finally {
    closeSync(fd);
  }
  return distribution(samples);
}

/** CPU time (user + system) a process has used so far, from /proc; undefined off Linux. */
async function cpuTimeMs(pid: number): Promise<number | undefined> {
  try {
    const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
    // utime and stime, in clock ticks of 10 ms (USER_HZ is 100 on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

const median = (values: number[]) =>
  percentile(
    [...values].sort((a, b) => a - b),
    50,
  );
const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** SQLite's part of an add, in the order it comes; anything else the hook saw comes after. */
const STEPS = [
  'preparing statements',
  'session check',
  'session touch',
  'key claim',
  'audit begin',
  'daily call count',
  'audit complete',
  'key finish',
];

/**
 * The app's handling of an add between its milestones (server/bench/app-profile-hook.mjs): what
 * runs in each gap, SQLite included; the gaps add up to the whole handling.
 */
const SEGMENTS: [string, string | undefined, string | undefined][] = [
  [
    'arrival → session check: host check, helmet, compression, same-origin, JSON body',
    undefined,
    'session check start',
  ],
  ['session check (Kysely, SQLite)', 'session check start', 'session check end'],
  ['→ key claim: rate limits, routing, zod, fingerprint', 'session check end', 'key claim start'],
  ['key claim, audit begin, daily count → Komet request sent', 'key claim start', 'komet start'],
  ['Komet call (app → simulator process → app)', 'komet start', 'komet end'],
  ['answer parsed, audit complete, key finish', 'komet end', 'key finish end'],
  ['→ answer handed to Node: JSON, headers', 'key finish end', undefined],
];

interface Profiled {
  label: string;
  report: AppReport;
  /** Round by round, as measured: the add through this app, and the direct add of that round. */
  through: number[];
  direct: number[];
}

type Row<T> = [string, (value: T) => number];

function statsTable<T>(runs: { label: string }[], values: T[][], rows: Row<T>[]): void {
  table(
    ['per add', ...runs.flatMap(({ label }) => [`${label} median`, `${label} mean`])],
    rows.map(([name, value]) => [
      name,
      ...values.flatMap((list) => {
        const numbers = list.map(value);
        return [ms(median(numbers)), ms(mean(numbers))];
      }),
    ]),
  );
}

/**
 * Added latency split round by round, so the parts add up: through − direct = the extra hop
 * (what the client waited beyond the app's handling) + the app's own time + how much longer the
 * app's Komet call took than the bench's direct one. Then the app's handling between milestones,
 * and SQLite's part by purpose.
 */
function breakdown(runs: Profiled[]): void {
  const rounds = runs.map(({ report, through, direct }) =>
    report.adds
      .slice(-through.length)
      .map((add, i) => ({ ...add, through: through[i]!, direct: direct[i]! })),
  );
  type Round = (typeof rounds)[number][number];
  const own = (add: AddProfile) => add.totalMs - add.kometMs;
  const sqlite = (add: AddProfile) => Object.values(add.sqlite).reduce((a, b) => a + b, 0);
  statsTable<Round>(runs, rounds, [
    ['added: through − direct, same round', (add) => add.through - add.direct],
    ["  the extra HTTP hop (client's wait − app's handling)", (add) => add.through - add.totalMs],
    ["  the app's Komet call − the direct call", (add) => add.kometMs - add.direct],
    ["  the app's own time (handling − its Komet call)", own],
    ["    of which the app process's CPU time (handling, all threads)", (add) => add.cpuMs],
  ]);
  note("The app's handling between milestones:");
  const at = (add: AddProfile, mark: string | undefined, otherwise: number) =>
    mark === undefined ? otherwise : (add.marks[mark] ?? NaN);
  statsTable<AddProfile>(
    runs,
    rounds,
    SEGMENTS.map(([name, from, to]): Row<AddProfile> => [
      name,
      (add) => at(add, to, add.totalMs) - at(add, from, 0),
    ]),
  );
  note("SQLite's part (time in better-sqlite3 calls, commits included) and log lines:");
  const purposes = [...STEPS, ...rounds.flat().flatMap((add) => Object.keys(add.sqlite))].filter(
    (purpose, i, all) => all.indexOf(purpose) === i,
  );
  statsTable<AddProfile>(runs, rounds, [
    ['SQLite, all', sqlite],
    ...purposes.map((purpose): Row<AddProfile> => [
      `  ${purpose}`,
      (add) => add.sqlite[purpose] ?? 0,
    ]),
    ['log lines written to stdout', (add) => add.logMs],
  ]);
}

async function withProcesses<T>(
  run: (
    simulator: SimulatorProcess,
    startApp: (
      options: Omit<AppOptions, 'simulatorUrl' | 'token' | 'dataDir'>,
    ) => Promise<AppProcess>,
    dataRoot: string,
  ) => Promise<T>,
): Promise<T> {
  const dataRoot = await mkdtemp(path.join(os.tmpdir(), 'komet-contacts-bench-'));
  const simulator = await startSimulatorProcess(BENCH_TOKEN);
  const apps: AppProcess[] = [];
  try {
    return await run(
      simulator,
      async (options) => {
        const dataDir = await mkdtemp(path.join(dataRoot, 'app-'));
        const app = await startAppProcess({
          ...options,
          simulatorUrl: simulator.url,
          token: BENCH_TOKEN,
          dataDir,
        });
        apps.push(app);
        return app;
      },
      dataRoot,
    );
  } finally {
    // An app already stopped by `run` stops at once again.
    await Promise.all(apps.map((app) => app.stop().catch(() => undefined)));
    await simulator.stop();
    await rm(dataRoot, { recursive: true, force: true });
  }
}

export async function benchServerOverhead(): Promise<void> {
  section(
    `2. Server overhead per add, three processes (bench client, app, Komet simulator): ${N} interleaved rounds after ${WARMUP} warm-up`,
  );
  const loadBefore = load();
  await withProcesses(async (simulator, startApp, dataRoot) => {
    const customerOf = (round: number) =>
      simulator.customerIds[round % simulator.customerIds.length]!;
    const direct = kometSeries('POST direct to the simulator', simulator.url, customerOf);

    // 1. The app as production runs it: no hook but the pragma report, nothing timed inside.
    // Beside it, a bare Node proxy: what any server in between adds on this machine.
    const app = await startApp({ users: Math.ceil((WARMUP + N) / ADDS_PER_USER), addressBlock: 2 });
    const proxy = await startBareProxyProcess(simulator.url);
    const series = [
      direct,
      kometSeries('POST through a bare Node proxy', proxy.url, customerOf, '127.0.0.5'),
      appSeries('POST through the app', app, customerOf),
    ];
    let cpuBefore: (number | undefined)[] = [];
    const cpuOf = () => Promise.all([app.pid, simulator.pid].map(cpuTimeMs));
    const rounds = await interleaved(series, WARMUP, N, async () => {
      cpuBefore = await cpuOf();
    });
    const cpuAfter = await cpuOf();
    const [directTimes, proxyTimes, throughTimes] = rounds.map(distribution);
    const report = await app.stop();
    await proxy.stop();
    printSeries(
      series.map((s) => s.name),
      [directTimes!, proxyTimes!, throughTimes!],
    );
    const extra = added(throughTimes!, directTimes!);
    const floor = added(proxyTimes!, directTimes!);
    note(
      `Added by the app (through − direct, per percentile), its SQLite file at` +
        ` synchronous=${report.synchronous.map((level) => SYNCHRONOUS[level]).join(', ')}. The app sets` +
        ' no level: better-sqlite3 is built with SQLITE_DEFAULT_WAL_SYNCHRONOUS=1, so a process that' +
        ' opens a file already in WAL mode (every live start: the users command made it) runs' +
        ' NORMAL; only the process that creates the file runs FULL, as the in-process bench did.',
    );
    table(
      ['added latency', 'figure', 'goal', 'reading'],
      [
        ['median', ms(extra.p50), `≤ ${GOAL_MEDIAN_MS} ms`, reading(extra.p50 <= GOAL_MEDIAN_MS)],
        ['p95', ms(extra.p95), '', ''],
        ['p99', ms(extra.p99), `≤ ${GOAL_P99_MS} ms`, reading(extra.p99 <= GOAL_P99_MS)],
        ['the floor: added by a bare Node proxy, median', ms(floor.p50), '', ''],
        ['the floor: added by a bare Node proxy, p99', ms(floor.p99), '', ''],
        ['the app beyond the floor, median', ms(extra.p50 - floor.p50), '', ''],
        ['the app beyond the floor, p99', ms(extra.p99 - floor.p99), '', ''],
        [
          'ratio through / direct, median (the old measure)',
          (throughTimes!.p50 / directTimes!.p50).toFixed(2),
          `≤ ${OLD_TARGET_RATIO}`,
          reading(throughTimes!.p50 / directTimes!.p50 <= OLD_TARGET_RATIO),
        ],
      ],
    );
    const [appCpu, simulatorCpu] = cpuAfter.map((after, i) =>
      after === undefined || cpuBefore[i] === undefined ? undefined : after - cpuBefore[i],
    );
    if (appCpu !== undefined && simulatorCpu !== undefined) {
      // Each round the simulator answers twice: the direct add and the app's.
      note(
        `CPU time, which other work on the machine skews less than latency: the app ${ms(appCpu / N)} per add,` +
          ` the simulator ${ms(simulatorCpu / (2 * N))} per add it answers (10 ms ticks from /proc, over ${N} rounds).`,
      );
    }

    // 2. Where the time goes: the same adds, the app timed from inside, at FULL and at NORMAL.
    const users = Math.ceil((PROFILE_WARMUP + PROFILE_N) / ADDS_PER_USER);
    const full = await startApp({ users, addressBlock: 3, synchronous: 'FULL', profile: true });
    const normal = await startApp({ users, addressBlock: 4, synchronous: 'NORMAL', profile: true });
    const profiled = [
      direct,
      appSeries('POST through the app, synchronous=FULL, timed inside', full, customerOf),
      appSeries('POST through the app, synchronous=NORMAL, timed inside', normal, customerOf),
    ];
    const samples = await interleaved(profiled, PROFILE_WARMUP, PROFILE_N);
    const [directRounds, fullRounds, normalRounds] = samples;
    const results = samples.map(distribution);
    const [fullReport, normalReport] = [await full.stop(), await normal.stop()];
    note(`Where the time goes: ${PROFILE_N} rounds of three after ${PROFILE_WARMUP} warm-up.`);
    printSeries(
      profiled.map((s) => s.name),
      results,
    );
    const [directB, fullB, normalB] = results as [Distribution, Distribution, Distribution];
    const fullAdded = added(fullB, directB);
    const normalAdded = added(normalB, directB);
    table(
      ['added latency', 'FULL', 'NORMAL', 'goal'],
      [
        ['median', ms(fullAdded.p50), ms(normalAdded.p50), `≤ ${GOAL_MEDIAN_MS} ms`],
        ['p99', ms(fullAdded.p99), ms(normalAdded.p99), `≤ ${GOAL_P99_MS} ms`],
      ],
    );
    note('Per add, round by round (medians do not add up; means do):');
    breakdown([
      { label: 'FULL', report: fullReport, through: fullRounds!, direct: directRounds! },
      { label: 'NORMAL', report: normalReport, through: normalRounds!, direct: directRounds! },
    ]);
    const fsync = fsyncCost(dataRoot);
    note(
      `One fdatasync of a 4 kB append on this disk: median ${ms(fsync.p50)}, p99 ${ms(fsync.p99)}.` +
        ' At FULL each of the five commits of an add (key claim, daily count, audit begin, audit' +
        ' complete, key finish) waits for one; at NORMAL (WAL) a commit reaches the OS, which' +
        ' survives a killed process, and the disk only at a checkpoint.',
    );
  });
  note(
    `Load average before and after this section: ${loadBefore} → ${load()} (${os.availableParallelism()} cores; other work on the machine skews timings).`,
  );
}
