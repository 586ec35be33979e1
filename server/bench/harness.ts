import { parseConfig } from '../src/config';
import { startKometSimulator, type KometSimulator } from '../src/komet/simulator/simulator';
import { startServer, type RunningServer } from '../src/server';
import type { SimulatorStore } from '../src/storage/simulator-store';

/** A throwaway token: the simulator accepts only it, and it never leaves loopback. */
export const BENCH_TOKEN = 'bench-token-3c1d5e';

export interface Pair {
  simulator: KometSimulator;
  server: RunningServer;
  close(): Promise<void>;
}

/** The simulator and the real server in "live" mode against it, both on 127.0.0.1, port 0. */
export async function startPair(store?: SimulatorStore): Promise<Pair> {
  const simulator = await startKometSimulator({ token: BENCH_TOKEN, ...(store ? { store } : {}) });
  const config = parseConfig({
    KOMET_API_TOKEN: BENCH_TOKEN,
    KOMET_API_URL: simulator.url,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
  });
  const server = await startServer(config);
  return {
    simulator,
    server,
    close: async () => {
      await server.close();
      await simulator.close();
    },
  };
}

/** Fetches and reads the whole body, so a timing covers the complete response. */
export async function request(
  url: string,
  init?: RequestInit,
): Promise<{ status: number; text: string }> {
  const response = await fetch(url, init);
  return { status: response.status, text: await response.text() };
}

export const postJson = (url: string, body: string) =>
  request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
