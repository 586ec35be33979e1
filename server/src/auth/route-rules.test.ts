import type { Express } from 'express';
import { afterAll, describe, expect, it } from 'vitest';
import { routeTable } from '../app';
import { hasRole, ROLES, type Role } from '../contract';
import { buildContactInput } from '../contract/testing';
import { problemOf } from '../testing/requests';
import { startTestServer, TEST_PASSWORD, TEST_USERS } from '../testing/test-server';
import type { DeclaredRoute } from './access';

// The tests below are generated from the running app's own route table, so a route added
// tomorrow is checked by them without anyone writing a test for it.
const test = await startTestServer({ rateLimits: { signInPerAddress: 1000 } });
afterAll(() => test.close());

const routes = routeTable(test.server.app);
const nameOf = (route: Pick<DeclaredRoute, 'method' | 'path'>) => `${route.method} ${route.path}`;
const { id: seedContactId, ...seedContact } = test.simulator.store.contacts.get('4242')![0]!;

/** Valid-looking values for path parameters: a real customer, its first contact, a real user. */
const PARAMS: Record<string, string> = {
  customerId: '4242',
  contactId: seedContactId,
  username: TEST_USERS.sales.username,
};

/** An import of no rows, the caller's own: its importer may start, pause or cancel it. */
const emptyImport = (role: Role, state?: 'cancelled') => async () => {
  const id = await test.storage.imports.create({
    username: TEST_USERS[role].username,
    userName: TEST_USERS[role].name,
    customerId: '4242',
    fileName: null,
    headers: ['Name'],
    mapping: { name: 0 },
    delimiter: ',',
    at: new Date().toISOString(),
    rows: [],
  });
  if (state) await test.storage.imports.cancel(id, { at: new Date().toISOString(), by: 'test' });
  return id;
};

/**
 * Parameters made afresh for each call: a submission Komet refused, owned by the sales user, so
 * every role may read, resend or discard it (and one call's change cannot spoil the next); an
 * import of the caller's.
 */
const FRESH: Record<string, (role: Role) => Promise<string>> = {
  importId: (role) => emptyImport(role)(),
  id: async () => {
    const at = new Date().toISOString();
    const item = await test.storage.submissions.enqueue({
      username: TEST_USERS.sales.username,
      userName: TEST_USERS.sales.name,
      customerId: '4242',
      customerName: 'Rosaflor Ecuador S.A.',
      contact: buildContactInput(),
      mayHaveWritten: false,
      beforeIds: null,
      auditId: null,
      message: null,
      at,
      // Far ahead, so the outbox worker leaves it alone during the test.
      nextAttemptAt: '2999-01-01T00:00:00.000Z',
    });
    await test.storage.submissions.settle(item.id, { state: 'refused', message: 'Test' }, at);
    return item.id;
  },
};

/**
 * Parameters made afresh for one route's every call: a delete needs a contact of its own each
 * time (one role's delete must not leave the next a 404, nor take the seed contact others use).
 */
const FRESH_FOR: Record<string, Record<string, (role: Role) => Promise<string>>> = {
  // An import that has ended: its event stream says so once and closes.
  'GET /api/imports/:importId/events': { importId: (role) => emptyImport(role, 'cancelled')() },
  'DELETE /api/customers/:customerId/contacts/:contactId': {
    contactId: () =>
      Promise.resolve(test.simulator.store.addContact('4242', buildContactInput()).id),
  },
};

/** A request each route can serve, so an allowed role gets a real answer, not a 400. */
const SAMPLES: Record<string, { query?: string; body?: unknown }> = {
  'POST /api/session': { body: { username: TEST_USERS.sales.username, password: TEST_PASSWORD } },
  'GET /api/customers': { query: 'q=rosa' },
  'POST /api/customers/:customerId/contacts': { body: buildContactInput() },
  'PUT /api/customers/:customerId/contacts/:contactId': {
    body: { contact: seedContact, expected: seedContact },
  },
  'GET /api/audit': { query: 'customerId=4242' },
  'POST /api/users': { body: { username: 'matrix-user', role: 'sales', password: TEST_PASSWORD } },
  'PATCH /api/users/:username': { body: { name: TEST_USERS.sales.name } },
  'POST /api/submissions/:id/resend': { body: { contact: buildContactInput() } },
  'POST /api/imports': { body: { customerId: '4242', pasted: 'Name\tType\nAna Ruiz\tBuyer' } },
};

async function pathOf(route: DeclaredRoute, role: Role): Promise<string> {
  const fresh: Record<string, string> = {};
  const makers = { ...FRESH, ...FRESH_FOR[nameOf(route)] };
  for (const [, param] of route.path.matchAll(/:(\w+)/g)) {
    const make = param ? makers[param] : undefined;
    if (param && make) fresh[param] = await make(role);
  }
  const path = route.path.replace(/:(\w+)/g, (_match, param: string) => {
    const value = fresh[param] ?? PARAMS[param];
    if (value === undefined) throw new Error(`Give :${param} a sample value in PARAMS`);
    return value;
  });
  const query = SAMPLES[nameOf(route)]?.query;
  return query ? `${path}?${query}` : path;
}

async function call(
  route: DeclaredRoute,
  cookie?: string,
  role: Role = 'sales',
): Promise<Response> {
  const body = SAMPLES[nameOf(route)]?.body;
  const headers: Record<string, string> = cookie ? { cookie } : {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  return test.anonymous(await pathOf(route, role), {
    method: route.method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

interface Layer {
  rawPath?: unknown;
  route?: { path: unknown; methods: Record<string, boolean> };
  handle: { stack?: Layer[] };
}

/** Every route Express itself would serve under /api, read from the app's router. */
function servedApiRoutes(app: Express): string[] {
  const named = (prefix: string, route: NonNullable<Layer['route']>) =>
    Object.keys(route.methods).map(
      (method) => `${method.toUpperCase()} ${prefix}${String(route.path)}`,
    );
  const top = (app.router as unknown as { stack: Layer[] }).stack;
  return top
    .flatMap((layer) => {
      if (layer.route) return named('', layer.route);
      const mount = typeof layer.rawPath === 'string' && layer.rawPath !== '/' ? layer.rawPath : '';
      return (layer.handle.stack ?? []).flatMap((inner) =>
        inner.route ? named(mount, inner.route) : [],
      );
    })
    .filter((route) => route.split(' ')[1]!.startsWith('/api/'));
}

describe('the route table', () => {
  it('when the app is built, then every /api route it serves is in the table, with a rule', () => {
    expect(servedApiRoutes(test.server.app).sort()).toEqual(routes.map(nameOf).sort());
  });

  it('when routes are declared public, then they are exactly health and sign-in', () => {
    expect(routes.filter((route) => route.access.public).map(nameOf)).toEqual([
      'GET /api/health',
      'POST /api/session',
    ]);
  });
});

describe('every route, signed out', () => {
  const guarded = routes
    .filter((route) => !route.access.public)
    .map((route) => ({ label: nameOf(route), route }));

  for (const { label, route } of guarded) {
    it(`when ${label} is called without a session, then 401 signed-out and Komet receives nothing`, async () => {
      const calls = test.simulator.calls();
      const problem = await problemOf(await call(route), 401);
      expect(problem.code).toBe('signed-out');
      expect(test.simulator.calls()).toBe(calls);
    });
  }

  it('when health is asked signed out, then it says only that the server is up', async () => {
    const response = await test.anonymous('/api/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toStrictEqual({ status: 'ok' });
  });
});

describe('every route, for every role', () => {
  const neededRole = (route: DeclaredRoute) =>
    route.access.public ? undefined : route.access.role;
  const allowed = (route: DeclaredRoute, role: Role) => {
    const needed = neededRole(route);
    return needed === undefined || hasRole(role, needed);
  };
  const cases = routes.flatMap((route) =>
    ROLES.map((role) => ({
      label: nameOf(route),
      role,
      route,
      outcome: allowed(route, role) ? 'it is served' : '403 forbidden and Komet receives nothing',
    })),
  );

  // One session per role, replaced when a request ends it (signing out, or signing in again).
  const sessions = new Map<Role, Promise<string>>();
  const sessionOf = (role: Role) => {
    if (!sessions.has(role)) sessions.set(role, test.signIn(TEST_USERS[role].username));
    return sessions.get(role)!;
  };

  for (const { label, role, route, outcome } of cases) {
    it(`when ${role} calls ${label}, then ${outcome}`, async () => {
      const cookie = await sessionOf(role);
      const calls = test.simulator.calls();
      const response = await call(route, cookie, role);
      if (allowed(route, role)) {
        expect(response.status, await response.clone().text()).toBeLessThan(400);
      } else {
        expect((await problemOf(response, 403)).code).toBe('forbidden');
        expect(test.simulator.calls()).toBe(calls);
      }
      const stillSignedIn = await test.anonymous('/api/session', { headers: { cookie } });
      if (stillSignedIn.status !== 200) sessions.delete(role);
    });
  }
});

describe('GET /api/audit', () => {
  it.each([
    { role: 'sales', status: 403 },
    { role: 'support', status: 403 },
    { role: 'admin', status: 200 },
  ] as const)(
    'when $role reads the whole trail, then $status; one customer’s history is open to all',
    async ({ role, status }) => {
      expect((await test.as(role)('/api/audit')).status).toBe(status);
      expect((await test.as(role)('/api/audit?customerId=4242')).status).toBe(200);
    },
  );
});
