import type { ContactInput } from '../src/contract';
import { REQUEST_LOG_BOUNDS } from '../src/komet/simulator/request-log';
import { stringifyWithIntegers } from '../src/komet/wire-json';
import type { SimulatorStore } from '../src/storage/simulator-store';
import { BENCH_TOKEN, postJson, startPair } from './harness';
import { note, section, table } from './print';
import { mb, memory, timed, type Memory } from './stats';

const CLIENTS = 20;
const WARMUP_ADDS = 200;
const ADDS_PER_RUN = 2_000;
const RUNS = 5;
const CONTACT: ContactInput = {
  name: 'Throughput Buyer',
  type: 'Buyer',
  phone: '+593 2 255 0102',
  email: 'throughput.buyer@example.com',
  emailPOD: false,
};

/** `total` requests by `CLIENTS` clients at once, each client's one after another. */
async function concurrently(total: number, send: (client: number) => Promise<void>): Promise<void> {
  let started = 0;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      while (started++ < total) await send(client);
    }),
  );
}

/** Adds through the server, each client to its own customer (two calls about one run at once). */
const addVia = (serverUrl: string, customers: readonly string[]) => async (client: number) => {
  const url = `${serverUrl}/api/customers/${customers[client]}/contacts`;
  const answer = await postJson(url, JSON.stringify(CONTACT));
  if (answer.status !== 201) throw new Error(`add answered ${answer.status}: ${answer.text}`);
};

/** The same add straight to the simulator, in Komet's wire shape (KOMET-API.md). */
const addDirect = (simulatorUrl: string, customerId: string) => {
  const body = stringifyWithIntegers(
    { customerId },
    { authenticationToken: BENCH_TOKEN, ...CONTACT },
  );
  return async () => {
    const answer = await postJson(`${simulatorUrl}/customer.contact.add`, body);
    const status = (JSON.parse(answer.text) as { status?: unknown }).status;
    if (Number(status) !== 1) throw new Error(`simulator refused: ${answer.text}`);
  };
};

/**
 * The contacts a run added are Komet's data, not the server's memory: put the simulator's lists
 * back as they were, so that what grows from run to run is only what the server keeps.
 */
function restoreContacts(store: SimulatorStore, customers: readonly string[]): () => void {
  const lists = customers.map((id) => [id, store.contacts.get(id)] as const);
  return () => {
    for (const [id, list] of lists) {
      if (list) store.contacts.set(id, list);
      else store.contacts.delete(id);
    }
  };
}

export async function benchThroughput(): Promise<void> {
  section(
    `Throughput: adds by ${CLIENTS} concurrent clients, ${RUNS} runs of ${ADDS_PER_RUN} after ${WARMUP_ADDS} warm-up`,
  );
  const pair = await startPair();
  try {
    await pair.server.directory.ready();
    const store = pair.simulator.store;
    const active = [...store.customers.values()].filter((customer) => customer.active);
    if (active.length < CLIENTS * RUNS) throw new Error(`only ${active.length} active customers`);
    // Other customers each run, so that anything kept per customer would show as growth.
    const customersOf = (run: number) =>
      active.slice(run * CLIENTS, (run + 1) * CLIENTS).map((customer) => customer.id);

    // The simulator keeps its last requests up to a bound: fill it first, so that its growth up
    // to the bound does not read as the server's.
    const restoreFill = restoreContacts(store, customersOf(0));
    await concurrently(
      REQUEST_LOG_BOUNDS.maxEntries,
      addDirect(pair.simulator.url, customersOf(0)[0]!),
    );
    await concurrently(WARMUP_ADDS, addVia(pair.server.url, customersOf(0)));
    restoreFill();

    const rows: { run: number; seconds: number; before: Memory; after: Memory }[] = [];
    for (let run = 0; run < RUNS; run++) {
      const customers = customersOf(run);
      const restore = restoreContacts(store, customers);
      const before = memory();
      const [elapsedMs] = await timed(() =>
        concurrently(ADDS_PER_RUN, addVia(pair.server.url, customers)),
      );
      restore();
      rows.push({ run: run + 1, seconds: elapsedMs / 1000, before, after: memory() });
    }

    table(
      ['run', 'adds', 'time', 'adds/s', 'RSS before', 'RSS after', 'heap before', 'heap after'],
      rows.map(({ run, seconds, before, after }) => [
        String(run),
        String(ADDS_PER_RUN),
        `${seconds.toFixed(2)} s`,
        (ADDS_PER_RUN / seconds).toFixed(0),
        mb(before.rss),
        mb(after.rss),
        mb(before.heap),
        mb(after.heap),
      ]),
    );
    const first = rows[0]!.after;
    const last = rows.at(-1)!.after;
    const growth = (key: keyof Memory) =>
      `${last[key] >= first[key] ? '+' : ''}${mb(last[key] - first[key])}`;
    note(
      `From the end of run 1 to the end of run ${RUNS}: RSS ${growth('rss')}, heap ${growth('heap')}` +
        `${globalThis.gc ? ' (heap after a full collection)' : ' (no --expose-gc: heap includes garbage)'}.` +
        ' Server, simulator and bench clients share one process, so the figures are all three;' +
        " each run's contacts are taken out of the simulator afterwards, as they are Komet's data." +
        ` The simulator's request log was filled to its bound (${REQUEST_LOG_BOUNDS.maxEntries} requests)` +
        ' before run 1, so a leak would show as heap growing run after run.',
    );
  } finally {
    await pair.close();
  }
}
