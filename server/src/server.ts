import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createApp, type AppDependencies } from './app';
import { inBackground } from './auth/acting-user';
import { ensureFirstUsers } from './auth/first-users';
import { sessionService } from './auth/sessions';
import { DEFAULT_LOCKOUT, signInGuard, type LockoutPolicy } from './auth/sign-in-guard';
import { allowedHosts, storageLocation, type Config } from './config';
import { openStorage, type Storage } from './db/storage';
import { DEFAULT_RATE_LIMITS, type RateLimits } from './edge/rate-limits';
import { gracefulClose } from './graceful-close';
import { ImportEvents } from './imports/import-events';
import { circuitBreaker, DEFAULT_BREAKER, type BreakerPolicy } from './komet/circuit-breaker';
import { createHttpKomet } from './komet/http-komet';
import { meteredKomet } from './komet/metered-komet';
import { PER_CUSTOMER_LIMITS, perCustomerLimit } from './komet/per-customer-limit';
import { startKometSimulator, type KometSimulator } from './komet/simulator/simulator';
import { createLogger, type Logger } from './logger';
import { OutboxWorker } from './outbox/worker';
import { ContactCache } from './storage/contact-cache';
import { CustomerDirectory } from './storage/customer-directory';

export interface RunningServer {
  url: string;
  /** Present when no Komet token is configured: the built-in simulator the server talks to. */
  simulator?: KometSimulator;
  directory: CustomerDirectory;
  storage: Storage;
  app: ReturnType<typeof createApp>;
  /**
   * Stops accepting, lets requests in flight finish for up to `graceMs` (default 0: cut them at
   * once, as tests want), cuts what remains, then closes the simulator and the database.
   */
  close(options?: { graceMs?: number }): Promise<void>;
}

export interface ServerOptions {
  logger?: Logger;
  onKometCall?: (method: string) => void;
  /** The clock for sessions, lock-outs, the audit trail and the daily budget (tests inject one). */
  now?: () => number;
  /** An open database instead of the file under DATA_DIR (tests use memory). */
  storage?: Storage;
  rateLimits?: Partial<RateLimits>;
  lockout?: Partial<Omit<LockoutPolicy, 'now'>>;
  /** How often the outbox worker looks for due items when idle (tests: faster). */
  outboxPollMs?: number;
  /** When to stop calling a Komet that is down (tests: other thresholds). */
  breaker?: Partial<Omit<BreakerPolicy, 'now'>>;
}

const CLIENT_DIR = fileURLToPath(new URL('../../client/dist', import.meta.url));
const HOUR_MS = 3_600_000;

/**
 * Wires config to a listening server. Without a token it starts the Komet simulator on loopback
 * with a throwaway token, so the real HTTP client code runs either way.
 */
export async function startServer(
  config: Config,
  options: ServerOptions = {},
): Promise<RunningServer> {
  const now = options.now ?? Date.now;
  const mode = config.KOMET_API_TOKEN ? 'live' : 'simulator';
  const storage = options.storage ?? (await openStorage(storageLocation(config)));
  try {
    await ensureFirstUsers(storage, mode, now);
  } catch (error) {
    await storage.close();
    throw error;
  }
  const token = config.KOMET_API_TOKEN ?? randomBytes(24).toString('base64url');
  const simulator = mode === 'live' ? undefined : await startKometSimulator({ token });
  const databasePassword =
    config.DATABASE_URL && decodeURIComponent(new URL(config.DATABASE_URL).password);
  const logger =
    options.logger ??
    createLogger({
      secrets: [token, databasePassword || ''],
      silent: config.LOG_LEVEL === 'silent',
    });
  // Outside the meter: a call waiting for its customer's turn, or not sent because Komet is
  // down, has not been sent or counted.
  const breaker = circuitBreaker(
    meteredKomet(
      createHttpKomet({
        baseUrl: simulator?.url ?? config.KOMET_API_URL,
        token,
        timeoutMs: config.KOMET_TIMEOUT_MS,
        onCall: options.onKometCall,
      }),
      { calls: storage.kometCalls, dailyCalls: config.KOMET_DAILY_CALLS, logger, now },
    ),
    { ...DEFAULT_BREAKER, ...options.breaker, now },
  );
  const komet = perCustomerLimit(breaker.komet, {
    ...PER_CUSTOMER_LIMITS,
    maxWaitMs: config.KOMET_TIMEOUT_MS,
  });
  const directory = new CustomerDirectory({
    komet,
    refreshAfterMs: config.CUSTOMER_REFRESH_SECONDS * 1000,
    onError: (error) => logger.error('customers.refresh_failed', { error: String(error) }),
    inBackground,
  });
  // Warm the customer list so the first search is instant; a failure is retried on that search.
  directory.refresh().catch((error: unknown) => {
    logger.error('customers.load_failed', { error: String(error) });
  });

  const sessionPolicy = {
    idleMs: config.SESSION_IDLE_HOURS * HOUR_MS,
    maxAgeMs: config.SESSION_MAX_DAYS * 24 * HOUR_MS,
    now,
  };
  const contacts = new ContactCache(komet, config.CONTACTS_CACHE_SECONDS * 1000);
  // A look-up and an add, each up to the timeout, plus slack: then another worker may take over.
  const leaseMs = 2 * config.KOMET_TIMEOUT_MS + 10_000;
  const importEvents = new ImportEvents();
  const worker = new OutboxWorker({
    storage,
    importEvents,
    komet,
    cache: contacts,
    logger,
    now,
    retrySeconds: config.OUTBOX_RETRY_SECONDS,
    leaseMs,
    pollMs: options.outboxPollMs ?? 1000,
    kometPausedFor: breaker.pausedFor,
  });
  const deps: AppDependencies = {
    komet,
    directory,
    contacts,
    contactTypes: config.CONTACT_TYPES,
    mode,
    simulator,
    kometState: breaker.state,
    logger,
    storage,
    sessions: sessionService(storage, sessionPolicy),
    signInGuard: signInGuard(storage, { ...DEFAULT_LOCKOUT, ...options.lockout, now }),
    dailyCalls: config.KOMET_DAILY_CALLS,
    edge: {
      allowedHosts: allowedHosts(config),
      publicOrigin: config.PUBLIC_URL,
      trustProxy: config.TRUST_PROXY,
      rateLimits: { ...DEFAULT_RATE_LIMITS, ...options.rateLimits },
    },
    outbox: {
      staleAfterMs: leaseMs,
      retrySeconds: config.OUTBOX_RETRY_SECONDS,
      onQueued: () => worker.wake(),
    },
    importEvents,
    now,
    clientDir: CLIENT_DIR,
  };
  const app = createApp(deps);
  // Expired sessions are refused anyway; this keeps the table small.
  const sweep = () =>
    storage.sessions
      .deleteExpired(
        new Date(now() - sessionPolicy.idleMs).toISOString(),
        new Date(now() - sessionPolicy.maxAgeMs).toISOString(),
      )
      .catch((error: unknown) => logger.error('sessions.sweep_failed', { error: String(error) }));
  await sweep();
  const sweeper = setInterval(() => void sweep(), HOUR_MS).unref();

  // Not app.listen: Express 5 calls its callback on errors too, as if listening had begun.
  const listening = createServer(app);
  const drain = gracefulClose(listening);
  const server = await new Promise<Server>((resolve, reject) => {
    listening.once('error', reject);
    listening.listen(config.PORT, config.HOST, () => resolve(listening));
  }).catch(async (error: unknown) => {
    clearInterval(sweeper);
    await simulator?.close();
    await storage.close();
    throw error;
  });
  const { port } = server.address() as AddressInfo;
  worker.start();
  return {
    url: `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${port}`,
    simulator,
    directory,
    storage,
    app,
    close: async ({ graceMs = 0 } = {}) => {
      clearInterval(sweeper);
      importEvents.closeAll();
      // What must end before the database closes stops here, alongside the requests in flight.
      const stopping: Promise<unknown>[] = [drain(graceMs), worker.stop()];
      await Promise.all(stopping);
      await simulator?.close();
      await storage.close();
    },
  };
}
