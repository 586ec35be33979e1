import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type {
  Contact,
  CustomerSummary,
  Problem,
  Role,
  SessionUser,
} from '@komet-contacts/server/contract';

export const ROSAFLOR: CustomerSummary = {
  id: '4242',
  name: 'Rosaflor Ecuador S.A.',
  code: 'ROSAFLOR',
  active: true,
};

export const ROSAS_BOGOTA: CustomerSummary = {
  id: '1273',
  name: 'Rosas Bogotá S.A.',
  code: 'ROSA272',
  active: true,
};

/** Who is signed in by default: support may do everything but manage users. */
export const SUPPORT_USER: SessionUser = { username: 'sofia', name: 'Sofía Ruiz', role: 'support' };

/** The demo users a signed-out answer lists on the simulator. */
export const DEMO_USERS: SessionUser[] = [
  { username: 'sales', name: 'Sales demo', role: 'sales' },
  { username: 'support', name: 'Support demo', role: 'support' },
  { username: 'admin', name: 'Admin demo', role: 'admin' },
];

/**
 * The API as the add screen needs it by default: signed in as support, two customers, two
 * contact types, simulator, no history yet.
 */
export const defaultHandlers = [
  http.get('/api/session', () => HttpResponse.json({ user: SUPPORT_USER })),
  http.get('/api/audit', () => HttpResponse.json({ entries: [], next: null })),
  http.get('/api/health', () =>
    HttpResponse.json({
      status: 'ok',
      komet: 'simulator',
      customers: { count: 2, refreshedAt: null },
    }),
  ),
  // Nothing waiting for Komet: the header's "Not yet in Komet" link stays hidden.
  http.get('/api/submissions', () => HttpResponse.json({ submissions: [] })),
  http.get('/api/contact-types', () => HttpResponse.json({ types: ['A/P', 'Buyer'] })),
  http.get('/api/customers/:customerId/contacts', ({ params }) =>
    HttpResponse.json({
      contacts: contactsByCustomer[String(params.customerId)] ?? [],
      fetchedAt: '2026-11-29T10:00:00.000Z',
    }),
  ),
  http.get('/api/customers/:customerId', ({ params }) => {
    const customer = [ROSAFLOR, ROSAS_BOGOTA].find((c) => c.id === params.customerId);
    return customer
      ? HttpResponse.json(customer)
      : problem({
          status: 404,
          code: 'unknown-customer',
          title: 'Customer not found',
          detail: `No customer ${String(params.customerId)}.`,
        });
  }),
  http.get('/api/customers', ({ request }) => {
    const q = (new URL(request.url).searchParams.get('q') ?? '').toLowerCase();
    const customers = [ROSAFLOR, ROSAS_BOGOTA].filter((customer) =>
      customer.name.toLowerCase().includes(q),
    );
    return HttpResponse.json({ customers, total: customers.length });
  }),
];

/** Contacts per customer id, as GET /api/customers/:id/contacts lists them. */
export const contactsByCustomer: Record<string, Contact[]> = {
  '4242': [
    {
      id: '501',
      name: 'Carlos Andrade',
      type: 'Buyer',
      email: 'carlos@rosaflor.example',
      emailPOD: true,
    },
  ],
};

export const server = setupServer(...defaultHandlers);

export function problem(body: Omit<Problem, 'type'>) {
  return HttpResponse.json(
    { type: 'about:blank', ...body },
    { status: body.status, headers: { 'content-type': 'application/problem+json' } },
  );
}

/** Signs the default session in as a user of `role` instead. */
export function signedInAs(role: Role): SessionUser {
  const user: SessionUser = { username: `${role}-user`, name: `Pat ${role}`, role };
  server.use(http.get('/api/session', () => HttpResponse.json({ user })));
  return user;
}

/** The 401 every signed-in route answers without a valid session. */
export function signedOutProblem(demoUsers?: SessionUser[]) {
  return HttpResponse.json(
    {
      type: 'about:blank',
      title: 'Signed out',
      status: 401,
      detail: 'Sign in to continue.',
      code: 'signed-out',
      ...(demoUsers ? { demoUsers } : {}),
    },
    { status: 401, headers: { 'content-type': 'application/problem+json' } },
  );
}

/** Nobody is signed in when the app starts (with the simulator's demo users, if given). */
export function signedOut(demoUsers?: SessionUser[]): void {
  server.use(http.get('/api/session', () => signedOutProblem(demoUsers)));
}

/** POST /api/session signs in `user` (whatever was typed) and records each request body. */
export function acceptSignIn(user: SessionUser = SUPPORT_USER): unknown[] {
  const bodies: unknown[] = [];
  server.use(
    http.post('/api/session', async ({ request }) => {
      bodies.push(await request.json());
      // From now on the session check agrees, as the server's would after the cookie is set.
      server.use(http.get('/api/session', () => HttpResponse.json({ user })));
      return HttpResponse.json({ user });
    }),
  );
  return bodies;
}
