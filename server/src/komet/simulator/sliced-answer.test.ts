import type { Response } from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCustomers } from '../../storage/seed-customers';
import { SimulatorStore } from '../../storage/simulator-store';
import { listCustomers } from './handlers';
import { sendSliced } from './sliced-answer';
import { startKometSimulator, type KometSimulator } from './simulator';

const TOKEN = 'sliced-answer-test-token';
const COUNT = 20_000;
let simulator: KometSimulator;

beforeAll(async () => {
  simulator = await startKometSimulator({
    token: TOKEN,
    store: new SimulatorStore(generateCustomers(COUNT)),
  });
});
afterAll(() => simulator.close());

const get = (method: string, query: Record<string, string> = {}) =>
  fetch(
    `${simulator.url}/${method}?${new URLSearchParams({ authenticationToken: TOKEN, ...query }).toString()}`,
  );

describe('a long customer list, written in slices', () => {
  it('when every customer is asked for, then the answer is the whole list, as JSON would have it', async () => {
    const answer = await get('customer.list');
    expect(answer.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await answer.json()) as { status: string; message: string; customers: unknown[] };
    expect(body.status).toBe('1');
    expect(body.message).toBe('Success');
    const whole = listCustomers(simulator.store, {}).customers as unknown[];
    expect(whole.length).toBeGreaterThan(1000);
    expect(body.customers).toEqual(JSON.parse(JSON.stringify(whole)));
  });

  it('when a long list is written, then other work runs between its pieces, and the pieces make the list', async () => {
    const customers = generateCustomers(100_000);
    const pieces: string[] = [];
    const response = {
      destroyed: false,
      status: () => response,
      type: () => response,
      write: (piece: string) => pieces.push(piece) > 0,
      end: (piece: string) => pieces.push(piece),
    };
    // Counts the turns of the event loop taken while the list is written.
    let turns = 0;
    let writing = true;
    const turn = () => {
      if (!writing) return;
      turns += 1;
      setImmediate(turn);
    };
    setImmediate(turn);
    await sendSliced(response as unknown as Response, { status: '1', customers }, 'customers');
    writing = false;

    expect(turns).toBeGreaterThan(1);
    expect(pieces.length).toBeGreaterThan(1000);
    expect(JSON.parse(pieces.join(''))).toEqual({ status: '1', customers });
  });

  it('when the list is short, then it is answered at once, with its length known', async () => {
    const answer = await get('customer.list', { updateAsOf: '2999-01-01' });
    expect(answer.headers.get('content-length')).not.toBeNull();
    expect(((await answer.json()) as { customers: unknown[] }).customers.length).toBeLessThan(1000);
  });
});
