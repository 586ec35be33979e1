import type { Role } from '../contract';
import { parseConfig } from '../config';
import { hashPassword } from '../auth/passwords';
import type { DatabaseLocation } from '../db/database';
import { openStorage, type Storage } from '../db/storage';
import type { RateLimits } from '../edge/rate-limits';
import { startKometSimulator, type KometSimulator } from '../komet/simulator/simulator';
import { createLogger } from '../logger';
import { startServer, type RunningServer, type ServerOptions } from '../server';

/** The Komet token every server test configures: it must appear in no response and no log line. */
export const SENTINEL_TOKEN = 'SENTINEL-token-7f3a9c';
/** Every seeded user's password: like the token, it must appear in no response or log line. */
export const TEST_PASSWORD = 'SENTINEL-password-4d1e8b';
/** One seeded user per role, named after it. */
export const TEST_USERS: Record<Role, { username: string; name: string }> = {
  sales: { username: 'sally', name: 'Sally Sales' },
  support: { username: 'sam', name: 'Sam Support' },
  admin: { username: 'ada', name: 'Ada Admin' },
};

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]', '::1']);

/** Tests talk to loopback only: a mistyped URL must fail the test, not reach a real Komet. */
function assertLoopback(url: string, what: string): void {
  const host = new URL(url).hostname;
  if (!LOOPBACK.has(host)) throw new Error(`${what} must be on loopback, not ${host}`);
}

// scrypt is slow on purpose; one hash serves every test user of the process.
let passwordHash: Promise<string> | undefined;

/** A database (in memory unless told) with one user per role. */
export async function seededStorage(
  now = Date.now(),
  location: DatabaseLocation = { memory: true },
): Promise<Storage> {
  const storage = await openStorage(location);
  passwordHash ??= hashPassword(TEST_PASSWORD);
  for (const [role, user] of Object.entries(TEST_USERS)) {
    await storage.users.create(
      { ...user, role: role as Role, passwordHash: await passwordHash },
      new Date(now).toISOString(),
    );
  }
  return storage;
}

export type Api = (path: string, init?: RequestInit) => Promise<Response>;

export interface TestServer {
  url: string;
  simulator: KometSimulator;
  server: RunningServer;
  storage: Storage;
  /** Every line the server logged, in order. */
  logLines: string[];
  /** Calls the API signed in as the admin, from the app's own origin. */
  api: Api;
  /** Calls the API signed in with this role. */
  as(role: Role): Api;
  /** Calls the API with no session, from the app's own origin. */
  anonymous: Api;
  /** Signs in and returns the `Cookie` header value, or throws with the answer. */
  signIn(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

export interface TestServerOptions {
  /** Environment on top of the test defaults (sentinel token, simulator URL, port 0, 2 s timeout). */
  env?: Record<string, string>;
  /** Runs before the server starts, to arm faults for its start-up customer load. */
  beforeStart?: (simulator: KometSimulator) => void;
  now?: () => number;
  rateLimits?: Partial<RateLimits>;
  lockout?: ServerOptions['lockout'];
  outboxPollMs?: number;
  breaker?: ServerOptions['breaker'];
  /** An open database instead of a fresh in-memory one (it must hold the test users). */
  storage?: Storage;
}

/**
 * The real server on port 0, in "live" mode against the Komet simulator, with an in-memory
 * database holding one user per role. The logger is given no secrets on purpose: the sentinel
 * tests then prove the token is never logged, not that redaction hid it.
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
    server = await startServer(config, {
      logger,
      storage: options.storage ?? (await seededStorage(options.now?.())),
      outboxPollMs: options.outboxPollMs,
      breaker: options.breaker,
      now: options.now,
      rateLimits: options.rateLimits,
      lockout: { delayMs: () => 0, ...options.lockout },
    });
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
  const call =
    (cookie: string | undefined): Api =>
    (path, init = {}) => {
      if (!path.startsWith('/'))
        throw new Error(`api() takes a path on the test server, not ${path}`);
      const headers = new Headers(init.headers);
      if (!headers.has('origin')) headers.set('origin', running.url);
      if (cookie && !headers.has('cookie')) headers.set('cookie', cookie);
      return fetch(new URL(path, running.url), { ...init, headers });
    };
  const signIn = async (username: string, password = TEST_PASSWORD) => {
    const response = await call(undefined)('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (response.status !== 200) {
      throw new Error(
        `Sign-in as ${username} answered ${response.status}: ${await response.text()}`,
      );
    }
    return response.headers
      .getSetCookie()
      .map((cookie) => cookie.split(';')[0])
      .join('; ');
  };
  const cookies = new Map<Role, Promise<string>>();
  const as =
    (role: Role): Api =>
    async (path, init) => {
      if (!cookies.has(role)) cookies.set(role, signIn(TEST_USERS[role].username));
      return call(await cookies.get(role))(path, init);
    };
  return {
    url: running.url,
    simulator,
    server: running,
    storage: running.storage,
    logLines,
    api: as('admin'),
    as,
    anonymous: call(undefined),
    signIn,
    close: async () => {
      await running.close();
      await simulator.close();
    },
  };
}
