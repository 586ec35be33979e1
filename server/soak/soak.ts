import { randomBytes } from 'node:crypto';
import { hashPassword } from '../src/auth/passwords';
import { buildContactInput } from '../src/contract/testing';
import type { DatabaseLocation } from '../src/db/database';
import { openStorage } from '../src/db/storage';
import type { Fault } from '../src/komet/simulator/faults';
import { startKometSimulator } from '../src/komet/simulator/simulator';
import { AppFleet } from './app-fleet';
import { SoakClient, type SubmissionResult } from './soak-client';
import { verdictOf, type Verdict } from './verdict';

export interface PhaseOptions {
  name: string;
  database: { dataDir: string } | { databaseUrl: string };
  /** App processes on the one database; clients spread their requests over all of them. */
  processes: number;
  submissions: number;
  clients: number;
  /** A person's pause between two contacts (keeps each under the per-user write limit). */
  paceMs: number;
  /** Share of Komet requests that misbehave, drawn from every kind of fault. */
  faultRate: number;
  seed: number;
  /** Komet down for this long once `outageAt` of the submissions have been answered. */
  outage: { at: number; ms: number };
  /** App processes stopped (and started again) once `at` of the submissions have been answered. */
  restarts: { at: number; process: number; signal: 'SIGTERM' | 'SIGKILL' }[];
}

export interface PhaseReport extends Verdict {
  name: string;
  durationMs: number;
  /** Komet requests made for the submissions (adds and the look-ups that reconcile them). */
  kometCalls: { add: number; list: number };
  /** What happened when, for the printout. */
  events: string[];
  /** Komet requests that met each kind of fault. */
  faultsMet: Record<string, number>;
}

export const SOAK_PASSWORD = 'soak-password-not-secret';
const TOKEN = 'soak-token-0123456789';
// Every kind the simulator can do; `hang` becomes a timeout at KOMET_TIMEOUT_MS.
const FAULT_KINDS: Fault[] = [
  { kind: 'delay', ms: 300 },
  { kind: 'http-error', status: 502 },
  { kind: 'non-json' },
  { kind: 'unavailable-message' },
  { kind: 'hang' },
  { kind: 'commit-then-drop' },
  { kind: 'reject', message: 'Contact could not be saved: the customer is locked for editing.' },
];
/** How long a queued submission may take to reach Komet before the soak calls it lost. */
const FOLLOW_MS = 180_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function seedUsers(database: PhaseOptions['database'], count: number): Promise<string[]> {
  const location: DatabaseLocation = database;
  const storage = await openStorage(location);
  const passwordHash = await hashPassword(SOAK_PASSWORD);
  const usernames = Array.from(
    { length: count },
    (_, i) => `soak${String(i + 1).padStart(2, '0')}`,
  );
  try {
    for (const username of usernames) {
      await storage.users.create(
        { username, name: `Soak ${username}`, role: 'sales', passwordHash },
        new Date().toISOString(),
      );
    }
  } finally {
    await storage.close();
  }
  return usernames;
}

/**
 * One soak phase: `clients` people submit contacts to `processes` app processes while Komet
 * misbehaves, goes down once and app processes are stopped; then the outbox drains and what
 * Komet holds is compared with what each person was told.
 */
export async function runPhase(options: PhaseOptions): Promise<PhaseReport> {
  const started = performance.now();
  // In the soak's own process: "Komet" outlives the app processes stopped under it.
  const simulator = await startKometSimulator({ token: TOKEN });
  const events: string[] = [];
  const note = (event: string) =>
    events.push(`${((performance.now() - started) / 1000).toFixed(1)} s ${event}`);
  const usernames = await seedUsers(options.database, options.clients).catch(
    async (error: unknown) => {
      await simulator.close();
      throw error;
    },
  );
  const env: Record<string, string> = {
    KOMET_API_URL: simulator.url,
    KOMET_API_TOKEN: TOKEN,
    KOMET_TIMEOUT_MS: '1000',
    OUTBOX_RETRY_SECONDS: '1',
    KOMET_DAILY_CALLS: '100000',
    ...('dataDir' in options.database
      ? { DATA_DIR: options.database.dataDir }
      : { DATABASE_URL: options.database.databaseUrl }),
  };
  const fleet = await AppFleet.start(options.processes, env).catch(async (error: unknown) => {
    await simulator.close();
    throw error;
  });
  const clients = usernames.map(
    (username, i) =>
      new SoakClient({
        address: `127.0.1.${i + 1}`,
        username,
        password: SOAK_PASSWORD,
        endpoints: fleet.urls,
      }),
  );
  const customers = [...simulator.store.customers.values()]
    .filter((customer) => customer.active)
    .slice(0, 10)
    .map((customer) => customer.id);
  const run = randomBytes(3).toString('hex');
  const results: SubmissionResult[] = [];
  const following: Promise<void>[] = [];
  const firstCall = simulator.received.length;
  try {
    await Promise.all(clients.map((client) => client.signIn()));
    simulator.faults.random({ rate: options.faultRate, kinds: FAULT_KINDS, seed: options.seed });
    note(
      `${options.clients} clients submitting, ${options.faultRate * 100}% of Komet calls faulty`,
    );

    const answered = async (share: number) => {
      while (results.length < share * options.submissions) await sleep(20);
    };
    const disruptions = (async () => {
      await answered(options.outage.at);
      await simulator.outage(true);
      note(`Komet down (HTTP 503 for every call)`);
      await sleep(options.outage.ms);
      await simulator.outage(false);
      note(`Komet back after ${options.outage.ms} ms`);
      for (const restart of options.restarts) {
        await answered(restart.at);
        const goneMs = await fleet.restart(restart.process, restart.signal);
        note(
          `app process ${restart.process + 1} ${restart.signal}, back in ${goneMs.toFixed(0)} ms`,
        );
      }
    })();

    const perClient = Math.ceil(options.submissions / options.clients);
    await Promise.all(
      clients.map(async (client, i) => {
        for (let n = 0; n < perClient && i * perClient + n < options.submissions; n++) {
          const customerId = customers[(i + n) % customers.length]!;
          const name = `Soak ${options.name.slice(0, 3)} ${run} ${i + 1}-${n + 1}`;
          const result = await client.submit(customerId, buildContactInput({ name }));
          results.push(result);
          // Watched from now on, as the "Not yet in Komet" screen does, while the next is typed.
          if (result.outcome === 'unsettled') {
            following.push(client.follow(result, performance.now() + FOLLOW_MS));
          }
          await sleep(options.paceMs);
        }
      }),
    );
    await disruptions;
    simulator.faults.clear();
    note(`all ${results.length} answered; faults off, waiting for the outbox to drain`);
    await Promise.all(following);
    note('outbox drained');
  } finally {
    simulator.faults.clear();
    clients.forEach((client) => client.close());
    await fleet.stop();
    await simulator.close();
  }
  const calls = simulator.received.slice(firstCall);
  return {
    name: options.name,
    ...verdictOf(results, simulator.store),
    durationMs: performance.now() - started,
    kometCalls: {
      add: calls.filter((call) => call.method === 'customer.contact.add').length,
      list: calls.filter((call) => call.method === 'customer.contact.list').length,
    },
    events,
    faultsMet: Object.fromEntries(simulator.faults.met),
  };
}
