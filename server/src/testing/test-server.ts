import { parseConfig } from '../config';
import { startKometSimulator, type KometSimulator } from '../komet/simulator/simulator';
import { createLogger } from '../logger';
import { startServer, type RunningServer } from '../server';

/** The Komet token every server test configures: it must appear in no response and no log line. */
export const SENTINEL_TOKEN = 'SENTINEL-token-7f3a9c';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** Tests talk to loopback only: a mistyped URL must fail the test, not reach a real Komet. */
function assertLoopback(url: string, what: string): void {
  const host = new URL(url).hostname;
  if (!LOOPBACK.has(host)) throw new Error(`${what} must be on loopback, not ${host}`);
}

export interface TestServer {
  url: string;
  simulator: KometSimulator;
  server: RunningServer;
  /** Every line the server logged, in order. */
  logLines: string[];
  api(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** Environment on top of the test defaults (sentinel token, simulator URL, port 0, 2 s timeout). */
  env?: Record<string, string>;
  /** Runs before the server starts, to arm faults for its start-up customer load. */
  beforeStart?: (simulator: KometSimulator) => void;
}

/**
 * The real server on port 0, in "live" mode against the Komet simulator. The logger is given no
 * secrets on purpose: the sentinel tests then prove the token is never logged, not that redaction hid it.
 */
export async function startTestServer(options: TestServerOptions = {}): Promise<TestServer> {
  const simulator = await startKometSimulator({ token: SENTINEL_TOKEN });
  const logLines: string[] = [];
  let server: RunningServer | undefined;
  try {
    assertLoopback(simulator.url, 'The Komet simulator');
    const config = parseConfig({
      KOMET_API_TOKEN: SENTINEL_TOKEN,
      KOMET_API_URL: simulator.url,
      HOST: '127.0.0.1',
      PORT: '0',
      KOMET_TIMEOUT_MS: '2000',
      ...options.env,
    });
    assertLoopback(config.KOMET_API_URL, 'KOMET_API_URL');
    assertLoopback(
      `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}`,
      'HOST',
    );
    const logger = createLogger({ secrets: [], write: (line) => logLines.push(line) });
    options.beforeStart?.(simulator);
    server = await startServer(config, { logger });
    assertLoopback(server.url, 'The server');
    // Wait for the start-up customer load, so no test's fault lands on it. A test that breaks
    // customer.list on purpose sees the failure in its own requests.
    await server.directory.ready().catch(() => undefined);
  } catch (error) {
    await server?.close();
    await simulator.close();
    throw error;
  }
  const running = server;
  return {
    url: running.url,
    simulator,
    server: running,
    logLines,
    api: (path, init) => {
      if (!path.startsWith('/'))
        throw new Error(`api() takes a path on the test server, not ${path}`);
      return fetch(new URL(path, running.url), init);
    },
    close: async () => {
      await running.close();
      await simulator.close();
    },
  };
}
