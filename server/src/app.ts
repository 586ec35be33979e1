import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import compression from 'compression';
import express, { type Express } from 'express';
import type { DeclaredRoute, GuardedRouter } from './auth/access';
import { authenticate } from './auth/authenticate';
import type { SessionService } from './auth/sessions';
import type { SignInGuard } from './auth/sign-in-guard';
import type { Storage } from './db/storage';
import { serveClient } from './edge/client-files';
import { hostCheck } from './edge/host-check';
import { rateLimits, type RateLimits } from './edge/rate-limits';
import { sameOriginWrites } from './edge/same-origin';
import { noStore, securityHeaders } from './edge/security-headers';
import { errorHandler, sendProblem } from './errors';
import type { ImportEvents } from './imports/import-events';
import { importRuns } from './imports/import-runs';
import type { CircuitBreaker } from './komet/circuit-breaker';
import type { Komet } from './komet/komet';
import type { KometSimulator } from './komet/simulator/simulator';
import type { Logger } from './logger';
import { auditRouter } from './routes/audit';
import { contactTypesRouter } from './routes/contact-types';
import { contactsRouter } from './routes/contacts';
import { customersRouter } from './routes/customers';
import { healthRouter } from './routes/health';
import { importsRouter } from './routes/imports';
import { sessionRouter } from './routes/session';
import { simulatorRouter } from './routes/simulator';
import { submissionsRouter } from './routes/submissions';
import { usageRouter } from './routes/usage';
import { usersRouter } from './routes/users';
import type { ContactCache } from './storage/contact-cache';
import type { CustomerDirectory } from './storage/customer-directory';

export interface EdgeSettings {
  /** Host names requests may be addressed to (DNS rebinding). */
  allowedHosts: ReadonlySet<string>;
  /** PUBLIC_URL's origin, accepted as a write's Origin besides the request's own. */
  publicOrigin?: string;
  /** Express's `trust proxy`: whether X-Forwarded-* say the client's address and scheme. */
  trustProxy: boolean | number | string[];
  rateLimits: RateLimits;
}

export interface AppDependencies {
  komet: Komet;
  directory: CustomerDirectory;
  contacts: ContactCache;
  contactTypes: readonly string[];
  mode: 'simulator' | 'live';
  /** Whether Komet answers, for the health route (komet/circuit-breaker.ts). */
  kometState: CircuitBreaker['state'];
  /** The built-in Komet simulator, when there is no token: its outage switch is a route. */
  simulator?: Pick<KometSimulator, 'outage'>;
  logger: Logger;
  storage: Storage;
  sessions: SessionService;
  signInGuard: SignInGuard;
  /** KOMET_DAILY_CALLS, shown on the usage screen. */
  dailyCalls: number;
  edge: EdgeSettings;
  outbox: {
    /** An add still marked running after this long belongs to a request that died. */
    staleAfterMs: number;
    /** OUTBOX_RETRY_SECONDS. */
    retrySeconds: number;
    /** Wakes the outbox worker when an add was kept for later. */
    onQueued?: () => void;
  };
  /** Signals an import's event streams that its rows moved (the worker sends them). */
  importEvents: ImportEvents;
  now: () => number;
  /** The built client, served with the API on one port when present. */
  clientDir?: string;
}

/** Every API route with who may call it, as the app declared them (tests walk this table). */
export function routeTable(app: Express): readonly DeclaredRoute[] {
  return app.locals.routes as DeclaredRoute[];
}

/** Builds the app without listening, so tests can run it on port 0. */
export function createApp(deps: AppDependencies): Express {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', deps.edge.trustProxy);
  app.use((req, res, next) => {
    const started = performance.now();
    const requestId = randomUUID();
    // Read now: a router mounted on /api strips that prefix from req.path until it hands on.
    const requestPath = req.path;
    res.setHeader('X-Request-Id', requestId);
    res.on('finish', () => {
      if (!requestPath.startsWith('/api/')) return;
      deps.logger.info('request', {
        requestId,
        user: req.user?.username,
        method: req.method,
        route: (res.locals.route as string | undefined) ?? requestPath,
        status: res.statusCode,
        ms: Math.round(performance.now() - started),
      });
    });
    next();
  });
  app.use(hostCheck(deps.edge.allowedHosts));
  app.use(securityHeaders());

  const routers: GuardedRouter[] = [
    healthRouter(deps.mode, deps.directory, deps.kometState),
    sessionRouter({
      storage: deps.storage,
      sessions: deps.sessions,
      guard: deps.signInGuard,
      simulator: deps.mode === 'simulator',
      now: deps.now,
    }),
    contactTypesRouter(deps.contactTypes),
    customersRouter(deps.directory),
    contactsRouter({
      komet: deps.komet,
      cache: deps.contacts,
      directory: deps.directory,
      storage: deps.storage,
      logger: deps.logger,
      now: deps.now,
      staleAfterMs: deps.outbox.staleAfterMs,
      retrySeconds: deps.outbox.retrySeconds,
      onQueued: deps.outbox.onQueued,
    }),
    submissionsRouter({ storage: deps.storage, now: deps.now, onQueued: deps.outbox.onQueued }),
    auditRouter({ storage: deps.storage }),
    usersRouter({ storage: deps.storage, logger: deps.logger, now: deps.now }),
    usageRouter({ storage: deps.storage, dailyCalls: deps.dailyCalls, now: deps.now }),
    importsRouter({
      runs: importRuns({
        storage: deps.storage,
        directory: deps.directory,
        cache: deps.contacts,
        contactTypes: deps.contactTypes,
        dailyCalls: deps.dailyCalls,
        events: deps.importEvents,
        now: deps.now,
        onQueued: deps.outbox.onQueued,
      }),
      events: deps.importEvents,
    }),
    ...(deps.simulator ? [simulatorRouter(deps.simulator)] : []),
  ];
  app.locals.routes = routers.flatMap((routes) => routes.routes);

  // Customer and audit lists shrink about 5× for a slow VPN link; under 1 kB gzip costs more than it
  // saves. An event stream is never compressed: zlib would hold its events back in a buffer.
  const eventStream = (res: express.Response) =>
    String(res.getHeader('Content-Type')).startsWith('text/event-stream');
  app.use(
    '/api',
    compression({
      threshold: 1024,
      filter: (req, res) => !eventStream(res) && compression.filter(req, res),
    }),
  );
  app.use('/api', noStore, sameOriginWrites(deps.edge.publicOrigin));
  // An import's file (up to 5 MB, base64 in JSON) is the one body over Komet's 64 KB: read first,
  // the general parser then leaves it be.
  app.use('/api/imports', express.json({ limit: '7mb' }));
  // Komet accepts at most 64 KB per request body (KOMET-API.md); refuse more before anything else.
  app.use('/api', express.json({ limit: '64kb' }));
  app.use('/api', authenticate(deps.sessions));
  app.use('/api', ...rateLimits(deps.edge.rateLimits));
  for (const routes of routers) app.use('/api', routes.router);
  app.use('/api', (req, res) => {
    sendProblem(res, {
      status: 404,
      code: 'no-route',
      title: 'Not found',
      detail: `No API route for ${req.method} ${req.baseUrl}${req.path}.`,
    });
  });

  if (deps.clientDir && existsSync(deps.clientDir)) serveClient(app, deps.clientDir);

  app.use(errorHandler(deps.logger));
  return app;
}
