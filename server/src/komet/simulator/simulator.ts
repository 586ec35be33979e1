import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express, { type Request, type Response } from 'express';
import { SimulatorStore } from '../../storage/simulator-store';
import { parseJsonKeepingBigIntegers } from '../wire-json';
import { FaultPlan } from './faults';
import {
  addContact,
  listContacts,
  listCustomers,
  refuse,
  updateContact,
  type Answer,
} from './handlers';

/** One request as the simulator received it, for tests to check what reached "Komet". */
export interface ReceivedRequest {
  method: string;
  query: Record<string, string>;
  rawBody: string;
}

export interface KometSimulator {
  /** Base URL, like `https://api.kometsales.com/api`. */
  url: string;
  store: SimulatorStore;
  faults: FaultPlan;
  received: ReceivedRequest[];
  /** Requests per Komet method: what the real Komet would count against the quota. */
  calls(method?: string): number;
  close(): Promise<void>;
}

type Handler = (store: SimulatorStore, input: Record<string, never>) => Answer;
const GET: Record<string, Handler> = {
  'customer.list': listCustomers,
  'customer.contact.list': listContacts,
};
const POST: Record<string, Handler> = {
  'customer.contact.add': addContact,
  'customer.contact.update': updateContact,
};

/**
 * Komet's HTTP API on loopback: same envelope, same validation (the app's own contract), and
 * the same quirks (numeric strings, HTTP 200 for failures), so `http-komet.ts` runs unchanged.
 */
export async function startKometSimulator(options: {
  token: string;
  store?: SimulatorStore;
}): Promise<KometSimulator> {
  const store = options.store ?? new SimulatorStore();
  const faults = new FaultPlan();
  const received: ReceivedRequest[] = [];
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
    received.push({ method, query, rawBody });

    const fault = faults.take(method);
    if (fault?.kind === 'hang') return;
    if (fault?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, fault.ms));
    if (fault?.kind === 'http-error') return void res.status(fault.status).send('Bad Gateway');
    if (fault?.kind === 'non-json') return void res.type('html').send('<html>Maintenance</html>');
    if (fault?.kind === 'reject')
      return void res.json({ status: fault.status ?? '0', message: fault.message });

    res.json(answer(method, req.method, query, rawBody));
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

  const server: Server = await new Promise((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api`,
    store,
    faults,
    received,
    calls: (method) => received.filter((request) => !method || request.method === method).length,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
