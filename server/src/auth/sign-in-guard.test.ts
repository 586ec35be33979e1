import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openStorage } from '../db/storage';
import { DEFAULT_LOCKOUT, signInGuard } from './sign-in-guard';
import { MINUTE_MS, testClock } from '../testing/clock';
import { json, problemOf } from '../testing/requests';
import { startTestServer, TEST_PASSWORD, type TestServer } from '../testing/test-server';

const signInAnswer = (server: TestServer, username: string, password: string) =>
  server.anonymous('/api/session', json('POST', { username, password }));

/** Status and body of an answer, to compare two answers as a client would see them. */
const seen = async (response: Response) => ({
  status: response.status,
  body: await response.json(),
});

describe('lock-out after failed sign-ins', () => {
  const clock = testClock('2026-03-02T09:00:00Z');
  let test: TestServer;
  beforeAll(async () => {
    test = await startTestServer({ now: clock.now });
  });
  afterAll(() => test.close());

  /** Five wrong passwords, then the right one. */
  async function fiveFailuresThenRight(username: string) {
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await signInAnswer(test, username, 'wrong-guess-1'));
    answers.push(await signInAnswer(test, username, TEST_PASSWORD));
    return Promise.all(answers.map(seen));
  }

  it('when sally fails five times, then she is locked for 15 minutes even with the right password, and then may sign in', async () => {
    const answers = await fiveFailuresThenRight('sally');
    expect(answers.map(({ status }) => status)).toEqual([401, 401, 401, 401, 429, 429]);
    for (const { body } of answers.slice(4)) {
      expect(body).toMatchObject({
        code: 'locked',
        detail: expect.stringMatching(/Try again in 15 minutes/),
      });
    }
    clock.advance(14 * MINUTE_MS);
    const later = await signInAnswer(test, 'sally', TEST_PASSWORD);
    expect((await problemOf(later, 429)).detail).toMatch(/Try again in 1 minute\b/);
    clock.advance(MINUTE_MS + 1000);
    expect((await signInAnswer(test, 'sally', TEST_PASSWORD)).status).toBe(200);
  });

  it('when an unknown username fails as often as a real one, then every answer is the same', async () => {
    const real = await fiveFailuresThenRight('sam');
    const unknown = await fiveFailuresThenRight('nobody-here');
    expect(real.map(({ status }) => status)).toEqual([401, 401, 401, 401, 429, 429]);
    expect(unknown).toEqual(real);
  });
});

describe('lock-out per client address', () => {
  let test: TestServer;
  beforeAll(async () => {
    // TRUST_PROXY lets the test speak from several addresses through X-Forwarded-For.
    test = await startTestServer({ env: { TRUST_PROXY: 'true' }, lockout: { addressFailures: 3 } });
  });
  afterAll(() => test.close());

  const from = (address: string, username: string, password: string) =>
    test.anonymous('/api/session', {
      ...json('POST', { username, password }),
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    });

  it('when failures from one address are spread over usernames, then that address is locked, and no other', async () => {
    const statuses = [];
    for (const username of ['ann', 'bob', 'cyd']) {
      statuses.push((await from('203.0.113.7', username, 'wrong-guess-1')).status);
    }
    expect(statuses).toEqual([401, 401, 429]);
    const sally = await from('203.0.113.7', 'sally', TEST_PASSWORD);
    expect((await problemOf(sally, 429)).code).toBe('locked');
    expect((await from('198.51.100.20', 'sally', TEST_PASSWORD)).status).toBe(200);
  });
});

describe('slowing down before the lock', () => {
  it('when failures repeat, then the answer waits longer each time before the lock', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    try {
      const storage = await openStorage({ memory: true });
      const guard = signInGuard(storage, { ...DEFAULT_LOCKOUT, now: Date.now });
      const settledAfter = async (failure: Promise<void>) => {
        let settled = false;
        void failure.then(() => (settled = true));
        let waited = 0;
        while (!settled) {
          await vi.advanceTimersByTimeAsync(100);
          waited += 100;
        }
        return waited;
      };
      const waits = [];
      for (let i = 0; i < 4; i++) waits.push(await settledAfter(guard.failed('slow', '10.0.0.1')));
      // The first two cost a typist nothing; from the third on, each wrong guess waits longer.
      expect(waits[0]).toBe(waits[1]);
      expect(waits[2]!).toBeGreaterThan(waits[1]!);
      expect(waits[3]!).toBeGreaterThan(waits[2]!);
      await storage.close();
    } finally {
      vi.useRealTimers();
    }
  });
});
