import type { AddressInfo } from 'node:net';
import { createServer, type Server } from 'node:http';
import express, { type Request, type Response } from 'express';
import { SimulatorStore } from '../../storage/simulator-store';
import { parseJsonKeepingBigIntegers } from '../wire-json';
import { FaultPlan, SERVICE_UNAVAILABLE_MESSAGE } from './faults';
import { sendSliced, SLICED_OVER } from './sliced-answer';
import {
  addContact,
  deleteContact,
  listContacts,
  listCustomers,
  refuse,
  updateContact,
  type Answer,
} from './handlers';
import {
  REQUEST_LOG_BOUNDS,
  RequestLog,
  type LogBounds,
  type ReceivedRequest,
} from './request-log';

export type { ReceivedRequest } from './request-log';

export interface KometSimulator {
  /** Base URL, like `https://api.kometsales.com/api`. */
  url: string;
  store: SimulatorStore;
  faults: FaultPlan;
  /**
   * The most recent requests, oldest first: the last 10,000 by default (REQUEST_LOG_BOUNDS), so
   * an index into it shifts once it is full. Count with `calls`, which never forgets.
   */
  received: readonly ReceivedRequest[];
  /** Requests per Komet method since the start: what the real Komet would count against the quota. */
  calls(method?: string): number;
  /**
   * Komet down, until switched off. `http-503` (the default): a gateway in front of Komet answers
   * every request 503, as when Komet's servers are down behind their load balancer. `refused`:
   * nothing listens at the address any more (connections refused), as when the network or the
   * whole site is gone; open connections are dropped. Switching off serves the same URL again.
   */
  outage(on: boolean, options?: { as?: OutageKind }): Promise<void>;
  close(): Promise<void>;
}

export type OutageKind = 'http-503' | 'refused';

const GATEWAY_PAGE = '<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>';

/** The customer a request is about, when it names one, so a fault can target that customer. */
function customerIdOf(query: Record<string, string>, rawBody: string): string | undefined {
  if (query.customerId !== undefined) return query.customerId;
  try {
    const body = parseJsonKeepingBigIntegers(rawBody) as { customerId?: unknown } | null;
    const id = body?.customerId;
    return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
  } catch {
    return undefined;
  }
}

type Handler = (store: SimulatorStore, input: Record<string, never>) => Answer;
const GET: Record<string, Handler> = {
  'customer.list': listCustomers,
  'customer.contact.list': listContacts,
};
const POST: Record<string, Handler> = {
  'customer.contact.add': addContact,
  'customer.contact.update': updateContact,
  'customer.contact.delete': deleteContact,
};

/**
 * Komet's HTTP API on loopback: same envelope, same validation (the app's own contract), and
 * the same quirks (numeric strings, HTTP 200 for failures), so `http-komet.ts` runs unchanged.
 */
export async function startKometSimulator(options: {
  token: string;
  store?: SimulatorStore;
  /** How much of the request log to keep (default REQUEST_LOG_BOUNDS). */
  log?: Partial<LogBounds>;
}): Promise<KometSimulator> {
  const store = options.store ?? new SimulatorStore();
  const faults = new FaultPlan();
  const log = new RequestLog(
    { ...REQUEST_LOG_BOUNDS, ...options.log },
    new Set([...Object.keys(GET), ...Object.keys(POST)]),
  );
  let outage: OutageKind | undefined;
  const app = express();
  app.disable('x-powered-by');
  app.use(express.text({ type: () => true, limit: '64kb' }));

  app.all('/api/:method', async (req: Request<{ method: string }>, res: Response) => {
    const method = req.params.method;
    const query = Object.fromEntries(
      Object.entries(req.query).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string',
      ),
    );
    const rawBody = typeof req.body === 'string' ? req.body : '';
    log.record({ method, query, rawBody });

    // The gateway in front of Komet answers while Komet itself is down: nothing reaches Komet.
    // Still recorded above, as the app counts it as a call too.
    if (outage) return void res.status(503).type('html').send(GATEWAY_PAGE);
    const fault = faults.take({ method, customerId: customerIdOf(query, rawBody) });
    switch (fault?.kind) {
      case 'hang':
        return;
      case 'delay':
        await new Promise((resolve) => setTimeout(resolve, fault.ms));
        break;
      case 'hold':
        await faults.whenReleased();
        break;
      case 'http-error':
        return void res.status(fault.status).send('Bad Gateway');
      case 'non-json':
        return void res.type('html').send('<html>Maintenance</html>');
      case 'reject':
        return void res.json({ status: fault.status ?? '0', message: fault.message });
      case 'unavailable-message':
        return void res.json({ status: 0, message: SERVICE_UNAVAILABLE_MESSAGE });
      case 'commit-then-drop':
        answer(method, req.method, query, rawBody);
        return void req.socket.destroy();
    }
    const answered = answer(method, req.method, query, rawBody);
    const { customers } = answered;
    if (Array.isArray(customers) && customers.length > SLICED_OVER)
      return void sendSliced(res, answered, 'customers');
    res.json(answered);
  });

  function answer(
    method: string,
    verb: string,
    query: Record<string, string>,
    rawBody: string,
  ): Answer {
    const handler = verb === 'GET' ? GET[method] : verb === 'POST' ? POST[method] : undefined;
    if (!handler) return refuse(`Method ${verb} ${method} does not exist.`);
    let input: Record<string, unknown> = query;
    if (verb === 'POST') {
      try {
        const body = parseJsonKeepingBigIntegers(rawBody);
        if (typeof body !== 'object' || body === null) throw new TypeError('not an object');
        input = body as Record<string, unknown>;
      } catch {
        return refuse('The request body is not valid JSON.');
      }
    }
    if (input.authenticationToken !== options.token) return refuse('Invalid authentication token.');
    return handler(store, input as Record<string, never>);
  }

  const server: Server = createServer(app);
  const listen = (port: number) =>
    new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  await listen(0);
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api`,
    store,
    faults,
    received: log.entries,
    calls: (method) => log.count(method),
    async outage(on, { as = 'http-503' } = {}) {
      const refusing = outage === 'refused';
      outage = on ? as : undefined;
      if (on && as === 'refused' && !refusing) await stop();
      // The same port again, so the server's KOMET_API_URL stays right.
      if (refusing && outage !== 'refused') await listen(port);
    },
    close: () => (server.listening ? stop() : Promise.resolve()),
  };
}
