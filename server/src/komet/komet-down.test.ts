import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Health, QueuedResponse, Submission } from '../contract';
import { buildContactInput } from '../contract/testing';
import { startTestServer, type TestServer } from '../testing/test-server';

const PAUSE_MS = 1_000;
let test: TestServer;

beforeAll(async () => {
  test = await startTestServer({
    env: { OUTBOX_RETRY_SECONDS: '1' },
    outboxPollMs: 50,
    breaker: { coolDownMs: PAUSE_MS, maxCoolDownMs: PAUSE_MS },
  });
});
afterAll(() => test.close());

const add = (customerId: string, name: string) =>
  test.as('sales')(`/api/customers/${customerId}/contacts`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'idempotency-key': `down-${name.replaceAll(' ', '-')}`,
    },
    body: JSON.stringify(buildContactInput({ name })),
  });
const health = async () => (await (await test.as('sales')('/api/health')).json()) as Health;
const named = (customerId: string, name: string) =>
  (test.simulator.store.contacts.get(customerId) ?? []).filter((contact) => contact.name === name);

describe('Komet down for a while', () => {
  it('when adds keep failing, then later ones are kept without calling Komet, and all are sent once it is back', async () => {
    await test.simulator.outage(true);
    const early = [await add('4242', 'Down One'), await add('4243', 'Down Two')];
    await add('4242', 'Down Three');
    const callsOnceDown = test.simulator.calls();
    const late = await add('4243', 'Down Four');
    expect(late.status).toBe(202);
    // Neither the add nor the worker spends quota on a Komet that keeps failing.
    expect(test.simulator.calls()).toBe(callsOnceDown);
    expect(early.map((response) => response.status)).toEqual([202, 202]);
    const down = await health();
    expect(down).toMatchObject({ kometState: 'down', kometReachedAt: expect.any(String) });
    expect(Date.parse(down.kometReachedAt!)).toBeLessThan(Date.now());

    await test.simulator.outage(false);
    const { submissionId } = (await late.json()) as QueuedResponse;
    const state = async () =>
      ((await (await test.as('sales')(`/api/submissions/${submissionId}`)).json()) as Submission)
        .state;
    await expect.poll(state, { timeout: 10_000 }).toBe('sent');
    expect((await health()).kometState).toBe('ok');
    for (const [customerId, name] of [
      ['4242', 'Down One'],
      ['4243', 'Down Two'],
      ['4242', 'Down Three'],
      ['4243', 'Down Four'],
    ] as const) {
      await expect.poll(() => named(customerId, name).length, { timeout: 10_000 }).toBe(1);
    }
  });
});
