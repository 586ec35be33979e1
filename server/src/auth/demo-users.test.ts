import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../config';
import { openStorage } from '../db/storage';
import { createLogger } from '../logger';
import { startServer, type RunningServer } from '../server';
import { json } from '../testing/requests';
import { seededStorage, SENTINEL_TOKEN } from '../testing/test-server';

const config = (env: Record<string, string> = {}) =>
  parseConfig({ HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent', ...env });
const logger = createLogger({ secrets: [], silent: true });

/** A request from the app's own origin. */
const call = (server: RunningServer, path: string, init: RequestInit = {}) =>
  fetch(`${server.url}${path}`, { ...init, headers: { ...init.headers, origin: server.url } });

describe('on the simulator, with nobody in the user table', () => {
  let server: RunningServer;
  beforeAll(async () => {
    server = await startServer(config(), { storage: await openStorage({ memory: true }), logger });
  });
  afterAll(() => server.close());

  it('when signed out, then the session answer offers the three demo users, sales first', async () => {
    const response = await call(server, '/api/session');
    expect(response.status).toBe(401);
    const body = (await response.json()) as { code: string; demoUsers: unknown };
    expect(body.code).toBe('signed-out');
    expect(body.demoUsers).toEqual([
      { username: 'sales', name: 'Sales demo', role: 'sales' },
      { username: 'support', name: 'Support demo', role: 'support' },
      { username: 'admin', name: 'Admin demo', role: 'admin' },
    ]);
  });

  it('when a demo user is chosen, then one click signs them in without a password', async () => {
    const response = await call(
      server,
      '/api/session',
      json('POST', { username: 'support', demo: true }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      user: { username: 'support', name: 'Support demo', role: 'support' },
    });
  });

  it('when a demo sign-in names no demo user, then it is refused like a wrong password', async () => {
    const response = await call(
      server,
      '/api/session',
      json('POST', { username: 'nobody', demo: true }),
    );
    expect(response.status).toBe(401);
    expect(((await response.json()) as { code: string }).code).toBe('bad-credentials');
  });
});

describe('with a real Komet token', () => {
  let server: RunningServer;
  beforeAll(async () => {
    const storage = await seededStorage();
    // Left over from a run on the simulator: must not survive the switch to a real Komet.
    await storage.users.create(
      { username: 'admin-demo', name: 'Admin demo', role: 'admin', passwordHash: 'x', demo: true },
      new Date().toISOString(),
    );
    server = await startServer(
      config({ KOMET_API_TOKEN: SENTINEL_TOKEN, KOMET_API_URL: 'http://127.0.0.1:9/api' }),
      { storage, logger },
    );
  });
  afterAll(() => server.close());

  it('when the server starts, then demo users are gone and the demo button does nothing', async () => {
    expect(await server.storage.users.find('admin-demo')).toBeUndefined();
    const signIn = await call(
      server,
      '/api/session',
      json('POST', { username: 'ada', demo: true }),
    );
    expect(signIn.status).toBe(401);
    const session = await call(server, '/api/session');
    expect(session.status).toBe(401);
    expect(await session.json()).not.toHaveProperty('demoUsers');
  });
});
