import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOUR_MS, MINUTE_MS, testClock } from '../testing/clock';
import { json, problemOf } from '../testing/requests';
import {
  startTestServer,
  TEST_PASSWORD,
  TEST_USERS,
  type TestServer,
} from '../testing/test-server';

const NEW_PASSWORD = 'a-new-password-9c2f';

const signInAnswer = (server: TestServer, username: string, password: string) =>
  server.anonymous('/api/session', json('POST', { username, password }));

const whoAmI = (server: TestServer, cookie: string) =>
  server.anonymous('/api/session', { headers: { cookie } });

/** Status and body of an answer, to compare two answers as a client would see them. */
const seen = async (response: Response) => ({
  status: response.status,
  body: await response.json(),
});

describe('signing in and out', () => {
  let test: TestServer;
  beforeAll(async () => {
    test = await startTestServer();
  });
  afterAll(() => test.close());

  it('when the password is right, then 200 with the user and an HttpOnly, SameSite=Lax session cookie', async () => {
    const response = await signInAnswer(test, 'sally', TEST_PASSWORD);
    expect(response.status).toBe(200);
    expect(await response.json()).toStrictEqual({
      user: { username: 'sally', name: TEST_USERS.sales.name, role: 'sales' },
    });
    expect(response.headers.getSetCookie()).toEqual([
      expect.stringMatching(/^kc_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax$/),
    ]);
  });

  it('when the password is wrong or the user unknown, then the same 401 bad-credentials answer', async () => {
    const wrong = await signInAnswer(test, 'sally', 'not-the-password');
    const unknown = await signInAnswer(test, 'nobody-here', 'not-the-password');
    expect((await problemOf(wrong.clone(), 401)).code).toBe('bad-credentials');
    expect(await seen(unknown)).toEqual(await seen(wrong));
    expect(unknown.headers.get('set-cookie')).toBeNull();
  });

  it('when the cookie is sent back, then the session says who is signed in', async () => {
    const cookie = await test.signIn('sam');
    const response = await whoAmI(test, cookie);
    expect(response.status).toBe(200);
    expect(await response.json()).toStrictEqual({
      user: { username: 'sam', name: TEST_USERS.support.name, role: 'support' },
    });
  });

  it('when signing out, then 204, the cookie is cleared, and it no longer works', async () => {
    const cookie = await test.signIn('sally');
    const response = await test.anonymous('/api/session', {
      method: 'DELETE',
      headers: { cookie },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('set-cookie')).toMatch(/^kc_session=;.*Expires=Thu, 01 Jan 1970/);
    expect((await problemOf(await whoAmI(test, cookie), 401)).code).toBe('signed-out');
  });

  it('when a session is live, then the database holds only a hash of its id', async () => {
    const cookie = await test.signIn('sally');
    const id = cookie.replace(/^kc_session=/, '');
    expect((await whoAmI(test, cookie)).status).toBe(200);
    expect(await test.storage.sessions.find(id)).toBeUndefined();
    const hash = createHash('sha256').update(id).digest('hex');
    expect((await test.storage.sessions.find(hash))?.user.username).toBe('sally');
  });

  it('when a made-up session id is sent, then 401 signed-out', async () => {
    const response = await whoAmI(test, `kc_session=${'A'.repeat(43)}`);
    expect((await problemOf(response, 401)).code).toBe('signed-out');
  });
});

describe('session expiry', () => {
  const clock = testClock('2026-03-02T09:00:00Z');
  let test: TestServer;
  beforeAll(async () => {
    test = await startTestServer({
      now: clock.now,
      env: { SESSION_IDLE_HOURS: '8', SESSION_MAX_DAYS: '7' },
    });
  });
  afterAll(() => test.close());

  it('when a session is unused for 8 hours and a minute, then it is signed out', async () => {
    const cookie = await test.signIn('sally');
    clock.advance(8 * HOUR_MS + MINUTE_MS);
    expect((await problemOf(await whoAmI(test, cookie), 401)).code).toBe('signed-out');
  });

  it('when a session is used every 7 hours, then it lives 7 days, and not a minute more', async () => {
    const cookie = await test.signIn('sally');
    const statuses = [];
    for (let elapsed = 7; elapsed <= 7 * 24; elapsed += 7) {
      clock.advance(7 * HOUR_MS);
      statuses.push((await whoAmI(test, cookie)).status);
    }
    expect(statuses).toEqual(Array.from({ length: 24 }, () => 200));
    clock.advance(MINUTE_MS);
    expect((await problemOf(await whoAmI(test, cookie), 401)).code).toBe('signed-out');
  });
});

describe('sign-out everywhere', () => {
  let test: TestServer;
  beforeAll(async () => {
    test = await startTestServer();
  });
  afterAll(() => test.close());

  const changeUser = (username: string, changes: Record<string, unknown>) =>
    test.api(`/api/users/${username}`, json('PATCH', changes));

  it('when an admin sets a new password, then every session of that user ends and only the new password works', async () => {
    const sessions = [await test.signIn('sam'), await test.signIn('sam')];
    for (const cookie of sessions) expect((await whoAmI(test, cookie)).status).toBe(200);

    expect((await changeUser('sam', { password: NEW_PASSWORD })).status).toBe(200);

    for (const cookie of sessions) {
      expect((await problemOf(await whoAmI(test, cookie), 401)).code).toBe('signed-out');
    }
    expect((await signInAnswer(test, 'sam', NEW_PASSWORD)).status).toBe(200);
    const old = await signInAnswer(test, 'sam', TEST_PASSWORD);
    expect((await problemOf(old, 401)).code).toBe('bad-credentials');
  });

  it('when an admin disables a user, then their sessions end and sign-in is refused like a wrong password, until enabled', async () => {
    const cookie = await test.signIn('sally');
    expect((await changeUser('sally', { disabled: true })).status).toBe(200);

    expect((await problemOf(await whoAmI(test, cookie), 401)).code).toBe('signed-out');
    const disabled = await signInAnswer(test, 'sally', TEST_PASSWORD);
    const wrong = await signInAnswer(test, 'sam', 'not-the-password');
    expect(await seen(disabled)).toEqual(await seen(wrong));
    expect(disabled.status).toBe(401);

    expect((await changeUser('sally', { disabled: false })).status).toBe(200);
    expect((await signInAnswer(test, 'sally', TEST_PASSWORD)).status).toBe(200);
  });
});
