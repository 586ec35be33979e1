import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildContactInput } from '../contract/testing';
import { HOUR_MS, testClock } from '../testing/clock';
import { startTestServer, type TestServer } from '../testing/test-server';

const clock = testClock('2026-03-02T09:00:00Z');
let test: TestServer;
beforeAll(async () => {
  // Sessions outlive the jump in time, so the answer is about the key, not the sign-in.
  test = await startTestServer({
    now: clock.now,
    outboxPollMs: 20,
    env: { SESSION_IDLE_HOURS: '48' },
  });
});
afterAll(() => test.close());

const add = (name: string) =>
  test.api('/api/customers/4242/contacts', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': 'day-old-key' },
    body: JSON.stringify(buildContactInput({ name })),
  });

describe('idempotency keys', () => {
  it('when a key is a day old, then it is forgotten: the same key may name a new contact', async () => {
    expect((await add('First Use')).status).toBe(201);
    expect((await add('Other Contact')).status).toBe(422);

    clock.advance(25 * HOUR_MS);
    // The outbox worker forgets expired keys as it goes round.
    await expect.poll(async () => (await add('Other Contact')).status).toBe(201);
  });
});
