import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { Contact, CustomerSummary, Problem } from '@komet-contacts/server/contract';

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

/** The API as the add screen needs it by default: two customers, two contact types, simulator. */
export const defaultHandlers = [
  http.get('/api/health', () =>
    HttpResponse.json({
      status: 'ok',
      komet: 'simulator',
      customers: { count: 2, refreshedAt: null },
    }),
  ),
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
