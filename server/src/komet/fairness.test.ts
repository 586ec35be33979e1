import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildContactInput } from '../contract/testing';
import { startTestServer, type TestServer } from '../testing/test-server';

let test: TestServer;

beforeAll(async () => {
  // Hung calls stay hung for the whole test: nothing here waits for a timeout.
  test = await startTestServer({ env: { KOMET_TIMEOUT_MS: '60000' } });
});
afterEach(() => test.simulator.faults.clear());
afterAll(() => test.close());

/** Starts an add as a sales user and tells whether it has answered yet. */
function startAdd(customerId: string, name: string) {
  let answered = false;
  const response = test
    .as('sales')(`/api/customers/${customerId}/contacts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(buildContactInput({ name })),
    })
    // The server cuts hung requests when it closes after the test.
    .catch((error: unknown) => error)
    .finally(() => (answered = true));
  return { response, answered: () => answered };
}

const addsSent = () => test.simulator.calls('customer.contact.add');

describe("a customer whose Komet calls hang, and another customer's add", () => {
  it('when 16 adds to the hanging customer are pending, then an add to another customer is saved while they still wait', async () => {
    test.simulator.faults.next({ kind: 'hang' }, { customerId: '4242', times: Infinity });
    const stuck = Array.from({ length: 16 }, (_, index) => startAdd('4242', `Stuck ${index}`));
    // Komet sees two of them; the rest wait their turn in our server, unsent.
    await expect.poll(addsSent, { timeout: 10_000 }).toBe(2);

    const response = await startAdd('1273', 'Not Held Up').response;
    expect(response).toMatchObject({ status: 201 });
    expect(test.simulator.store.contacts.get('1273')).toContainEqual(
      expect.objectContaining({ name: 'Not Held Up' }),
    );
    expect(stuck.filter((add) => add.answered())).toEqual([]);
    expect(addsSent()).toBe(3);
  });

  it('when the calls of many customers hang at once, then an add to yet another customer is still saved', async () => {
    const hanging = ['4243', ...Array.from({ length: 11 }, (_, index) => String(1001 + index))];
    for (const customerId of hanging) {
      test.simulator.faults.next({ kind: 'hang' }, { customerId, times: Infinity });
    }
    const before = addsSent();
    const stuck = hanging.flatMap((customerId) => [
      startAdd(customerId, 'Stuck One'),
      startAdd(customerId, 'Stuck Two'),
    ]);
    // 24 calls hang at Komet at once: more than the 16 connections the server used to allow.
    await expect.poll(addsSent, { timeout: 10_000 }).toBe(before + 24);

    const response = await startAdd('1274', 'Still Saved').response;
    expect(response).toMatchObject({ status: 201 });
    expect(stuck.filter((add) => add.answered())).toEqual([]);
  });
});
