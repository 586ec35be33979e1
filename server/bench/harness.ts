import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseConfig } from '../src/config';
import { startKometSimulator, type KometSimulator } from '../src/komet/simulator/simulator';
import { startServer, type RunningServer } from '../src/server';
import { seededStorage, TEST_PASSWORD, TEST_USERS } from '../src/testing/test-server';
import type { SimulatorStore } from '../src/storage/simulator-store';

/** A throwaway token: the simulator accepts only it, and it never leaves loopback. */
export const BENCH_TOKEN = 'bench-token-3c1d5e';

export interface Pair {
  simulator: KometSimulator;
  server: RunningServer;
  close(): Promise<void>;
}

/**
 * The simulator and the real server in "live" mode against it, both on 127.0.0.1, port 0.
 * `onListening` runs once the server takes requests, before the bench signs in.
 */
export async function startPair(store?: SimulatorStore, onListening?: () => void): Promise<Pair> {
  const simulator = await startKometSimulator({ token: BENCH_TOKEN, ...(store ? { store } : {}) });
  const config = parseConfig({
    KOMET_API_TOKEN: BENCH_TOKEN,
    KOMET_API_URL: simulator.url,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    // The bench makes hundreds of calls a minute on purpose: neither budget nor limits apply.
    KOMET_DAILY_CALLS: '1000000',
  });
  const unlimited = Number.MAX_SAFE_INTEGER;
  // A database file as in production: its writes (audit entries, the Komet call count) are
  // flushed to disk before Komet is called, and that cost belongs in the figures.
  const dataDir = await mkdtemp(path.join(tmpdir(), 'komet-contacts-bench-'));
  const server = await startServer(config, {
    storage: await seededStorage(Date.now(), { dataDir }),
    rateLimits: {
      writesPerUser: unlimited,
      writesPerAddress: unlimited,
      searchesPerUser: unlimited,
      searchesPerAddress: unlimited,
    },
  });
  onListening?.();
  await signIn(server.url);
  return {
    simulator,
    server,
    close: async () => {
      await server.close();
      await simulator.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Session cookies by server origin: every request goes out signed in, as staff's do. */
const sessions = new Map<string, string>();

async function signIn(origin: string): Promise<void> {
  const response = await fetch(`${origin}/api/session`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json' },
    body: JSON.stringify({ username: TEST_USERS.admin.username, password: TEST_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`bench sign-in answered ${response.status}`);
  sessions.set(origin, response.headers.getSetCookie()[0]!.split(';')[0]!);
}

/** Fetches and reads the whole body, so a timing covers the complete response. */
export async function request(
  url: string,
  init: RequestInit = {},
): Promise<{ status: number; text: string }> {
  const { origin } = new URL(url);
  const headers = new Headers(init.headers);
  const cookie = sessions.get(origin);
  if (cookie) headers.set('cookie', cookie);
  headers.set('origin', origin);
  const response = await fetch(url, { ...init, headers });
  return { status: response.status, text: await response.text() };
}

export const postJson = (url: string, body: string) =>
  request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
