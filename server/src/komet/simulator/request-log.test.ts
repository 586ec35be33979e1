import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpKomet } from '../http-komet';
import { RequestLog, type ReceivedRequest } from './request-log';
import { startKometSimulator, type KometSimulator } from './simulator';

const METHODS = new Set(['customer.contact.add', 'customer.contact.list']);
const request = (method: string, rawBody = ''): ReceivedRequest => ({ method, query: {}, rawBody });

describe('RequestLog', () => {
  it('when more requests arrive than the entry bound, then the oldest go and the counts stay exact', () => {
    const log = new RequestLog({ maxEntries: 2, maxBytes: 1_000_000 }, METHODS);
    log.record(request('customer.contact.add', 'first'));
    log.record(request('customer.contact.list'));
    log.record(request('customer.contact.add', 'third'));

    expect(log.entries.map((entry) => entry.rawBody)).toEqual(['', 'third']);
    expect(log.count()).toBe(3);
    expect(log.count('customer.contact.add')).toBe(2);
  });

  it('when the bodies outweigh the byte bound, then the oldest go, but the newest always stays', () => {
    const log = new RequestLog({ maxEntries: 100, maxBytes: 2_000 }, METHODS);
    log.record(request('customer.contact.add', 'a'.repeat(200)));
    log.record(request('customer.contact.add', 'b'.repeat(200)));
    expect(log.entries).toHaveLength(2);

    log.record(request('customer.contact.add', 'c'.repeat(2_000)));

    expect(log.entries.map((entry) => entry.rawBody[0])).toEqual(['c']);
    log.record(request('customer.contact.add', 'd'));
    expect(log.entries.map((entry) => entry.rawBody[0])).toEqual(['d']);
  });

  it('when a client names methods Komet does not have, then they count in the total only', () => {
    const log = new RequestLog({ maxEntries: 10, maxBytes: 1_000_000 }, METHODS);
    for (let i = 0; i < 5; i++) log.record(request(`made.up.${i}`));

    expect(log.count()).toBe(5);
    expect(log.count('made.up.0')).toBe(0);
  });
});

describe('the simulator with a small log', () => {
  const TOKEN = 'request-log-token';
  let simulator: KometSimulator;

  beforeAll(async () => {
    simulator = await startKometSimulator({ token: TOKEN, log: { maxEntries: 3 } });
  });
  afterAll(() => simulator.close());

  it('when it has answered more requests than it keeps, then it keeps the last ones and counts them all', async () => {
    const komet = createHttpKomet({ baseUrl: simulator.url, token: TOKEN, timeoutMs: 2000 });
    // Unknown customers are refused, which is an answer all the same.
    for (const customerId of ['1', '2', '3', '4', '5']) {
      await komet.listContacts(customerId).catch(() => undefined);
    }

    expect(simulator.received.map((entry) => entry.query.customerId)).toEqual(['3', '4', '5']);
    expect(simulator.calls('customer.contact.list')).toBe(5);
    expect(simulator.calls()).toBe(5);
  });
});
