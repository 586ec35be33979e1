import type { KometCustomer } from '../src/komet/komet';
import type { CustomerIndex } from '../src/storage/customer-index';
import { generateCustomers, seedCustomers } from '../src/storage/seed-customers';
import { SimulatorStore } from '../src/storage/simulator-store';
import { request, startPair } from './harness';
import { measureIndexMemory } from './index-memory';
import { note, reading, section, table } from './print';
import { mb, ms, summarize, timed, type Summary } from './stats';

const COUNT = 100_000;
const WARMUP_ROUNDS = 3;
const ROUNDS = 25;
const TARGET_P95_MS = 10;
const OPTIONS = { includeInactive: false, limit: 20 };

type Runner = (q: string) => Promise<unknown>;
type Times = Map<string, number[]>;

/** What people type: prefixes, accents or not, several words, a code, an id, non-Latin, a miss. */
function queriesFor(customers: readonly KometCustomer[]): string[] {
  const sample = customers[Math.floor(customers.length * 0.54)]!;
  const words = ['r', 'ro', 'flor', 'bogo', 'bogota', 'Bogotá', 'rosas valle', 'rosaflor'];
  return [...words, sample.code, sample.id, '東京', 'zzzz'];
}

/**
 * Each round runs every query through every runner, so the in-process and HTTP figures share
 * the same conditions and no query always runs cold or warm.
 */
async function measure(queries: readonly string[], runners: Runner[]): Promise<Times[]> {
  const times = runners.map(() => new Map(queries.map((q) => [q, [] as number[]])));
  for (let round = 0; round < WARMUP_ROUNDS + ROUNDS; round++) {
    for (const q of queries) {
      for (const [i, run] of runners.entries()) {
        const [elapsed] = await timed(() => run(q));
        if (round >= WARMUP_ROUNDS) times[i]!.get(q)!.push(elapsed);
      }
    }
  }
  return times;
}

/** The real server on a simulator holding every customer: start-up load, then searches. */
async function searchTimes(customers: KometCustomer[], queries: readonly string[]) {
  const startedAt = performance.now();
  const pair = await startPair(new SimulatorStore(customers));
  try {
    const index = await pair.server.directory.ready();
    const loadMs = performance.now() - startedAt;
    const inProcess: Runner = (q) => Promise.resolve(index.search(q, OPTIONS));
    const overHttp: Runner = async (q) => {
      const answer = await request(`${pair.server.url}/api/customers?q=${encodeURIComponent(q)}`);
      if (answer.status !== 200) throw new Error(`search answered ${answer.status}`);
    };
    const [direct, http] = await measure(queries, [inProcess, overHttp]);
    return { index, loadMs, direct: direct!, http: http! };
  } finally {
    await pair.close();
  }
}

const cells = (summary: Summary) => [ms(summary.p50), ms(summary.p95)];
const overall = (times: Times) => summarize([...times.values()].flat());

function printLatency(
  index: CustomerIndex,
  queries: readonly string[],
  direct: Times,
  http: Times,
) {
  const rows = queries.map((q) => [
    q,
    String(index.search(q, OPTIONS).total),
    ...cells(summarize(direct.get(q)!)),
    ...cells(summarize(http.get(q)!)),
  ]);
  rows.push(['all queries', '', ...cells(overall(direct)), ...cells(overall(http))]);
  table(['query', 'matches', 'index p50', 'index p95', 'HTTP p50', 'HTTP p95'], rows);
  note(
    `${ROUNDS} rounds after ${WARMUP_ROUNDS} warm-up: ${overall(http).n} GET /api/customers?q=…` +
      ` and as many CustomerIndex.search calls on the server's own index, interleaved;` +
      ` active customers, limit ${OPTIONS.limit}.`,
  );
}

export async function benchSearch(): Promise<void> {
  section(`4. Customer search with ${COUNT.toLocaleString('en')} simulated customers`);
  // The seed's fixed customers (Rosaflor 4242, a 20-digit id) replace three generated ones.
  const customers = [...generateCustomers(COUNT), ...seedCustomers()];
  const memory = await measureIndexMemory(customers);
  const queries = queriesFor(customers);
  const { index, loadMs, direct, http } = await searchTimes(customers, queries);
  printLatency(index, queries, direct, http);

  const p95 = overall(http).p95;
  const perCustomer = Math.round(memory.totalBytes / memory.size);
  table(
    ['figure', 'value', 'target', 'reading'],
    [
      ['HTTP search p95', ms(p95), `≤ ${TARGET_P95_MS} ms`, reading(p95 <= TARGET_P95_MS)],
      ['customers in the index', memory.size.toLocaleString('en'), '-', '-'],
      ['heap for the list (index total)', mb(memory.totalBytes), '-', '-'],
      ['of which: customer objects', mb(memory.customersBytes), '-', '-'],
      ['bytes per customer', String(perCustomer), '-', '-'],
      ['server start to list loaded', ms(loadMs), '-', '-'],
    ],
  );
  note(`Heap = process.memoryUsage().heapUsed after a forced GC (${memory.gcVia}); MB = 10^6 B.`);
}
