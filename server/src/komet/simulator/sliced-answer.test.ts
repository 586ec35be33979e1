import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCustomers } from '../../storage/seed-customers';
import { SimulatorStore } from '../../storage/simulator-store';
import { listCustomers } from './handlers';
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

  it('when a short request comes while the list is being written, then it is answered before the list ends', async () => {
    const order: string[] = [];
    // Its headers go out with the first slice: from then on the list is being written.
    const listAnswer = await get('customer.list');
    const list = listAnswer.text().then(() => order.push('list'));
    const contacts = get('customer.contact.list', { customerId: '4242' })
      .then((answer) => answer.json())
      .then(() => order.push('contacts'));
    await Promise.all([list, contacts]);
    expect(order).toEqual(['contacts', 'list']);
  });

  it('when the list is short, then it is answered at once, with its length known', async () => {
    const answer = await get('customer.list', { updateAsOf: '2999-01-01' });
    expect(answer.headers.get('content-length')).not.toBeNull();
    expect(((await answer.json()) as { customers: unknown[] }).customers.length).toBeLessThan(1000);
  });
});
