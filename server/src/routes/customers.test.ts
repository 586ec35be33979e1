import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { customerSearchResponseSchema, healthSchema, problemSchema } from '../contract';
import { startTestServer, type TestServer } from '../testing/test-server';

let test: TestServer;

beforeAll(async () => {
  test = await startTestServer({ env: { CONTACT_TYPES: 'A/P, Buyer, Shipping' } });
});
afterAll(() => test.close());

async function search(query: string) {
  const response = await test.api(`/api/customers?${query}`);
  expect(response.status).toBe(200);
  return customerSearchResponseSchema.parse(await response.json());
}

const firstId = async (query: string) => (await search(query)).customers[0]?.id;

async function problemOf(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return problemSchema.parse(await response.json());
}

describe('GET /api/customers', () => {
  it('when the query is part of a name, then that customer is found', async () => {
    expect(await firstId('q=rosafl')).toBe('4242');
  });

  it('when the query lacks the accents of the name, then the customer is still found', async () => {
    const { customers } = await search('q=evora%20garden');
    expect(customers[0]).toEqual({
      id: '98765432109876543210',
      name: 'Évora Garden Imports',
      code: 'EVORA20',
      active: true,
      salesPerson: 'John Carter',
    });
  });

  it('when the query is a customer code, then that customer comes first', async () => {
    expect(await firstId('q=AERO')).toBe('4243');
  });

  it('when the query is a customer id, then that customer comes first', async () => {
    expect(await firstId('q=4243')).toBe('4243');
  });

  it('when a customer is inactive, then it is found only with includeInactive=1, and marked inactive', async () => {
    expect(await search('q=pena%20nunez')).toEqual({ customers: [], total: 0, inactive: 1 });
    const { customers } = await search('q=pena%20nunez&includeInactive=1');
    expect(customers).toEqual([
      expect.objectContaining({ id: '4244', name: 'Floristería Peña Núñez', active: false }),
    ]);
  });

  it('when only an inactive customer matches, then the answer says how many inactive ones match', async () => {
    expect(await search('q=pena')).toEqual({ customers: [], total: 0, inactive: 1 });
    const withInactive = await search('q=pena&includeInactive=true');
    expect(withInactive).toEqual({
      customers: [expect.objectContaining({ id: '4244', active: false })],
      total: 1,
    });
  });

  it('when many customers match, then at most limit come back and total counts them all', async () => {
    const { customers, total } = await search('q=flores&limit=3');
    expect(customers).toHaveLength(3);
    expect(total).toBeGreaterThan(3);
  });

  it('when a name is typed letter by letter, then no keystroke costs a Komet call', async () => {
    const before = test.simulator.calls();
    for (const q of ['r', 'ro', 'ros', 'rosa']) await search(`q=${q}`);
    expect((await search('q=rosaf')).customers[0]?.name).toBe('Rosaflor Ecuador S.A.');
    expect(test.simulator.calls('customer.list')).toBe(1);
    expect(test.simulator.calls()).toBe(before);
  });

  it('when the query is empty, then nothing is returned', async () => {
    expect(await search('q=')).toEqual({ customers: [], total: 0 });
  });

  it.each(['limit=0', 'limit=51', 'limit=ten', 'includeInactive=maybe'])(
    'when the search has %s, then 400 names the parameter',
    async (parameter) => {
      const problem = await problemOf(await test.api(`/api/customers?q=rosa&${parameter}`), 400);
      expect(Object.keys(problem.fieldErrors ?? {})).toEqual([parameter.split('=')[0]]);
    },
  );
});

describe('GET /api/contact-types', () => {
  it('when asked, then the configured contact types come back, in order', async () => {
    const response = await test.api('/api/contact-types');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ types: ['A/P', 'Buyer', 'Shipping'] });
  });
});

describe('GET /api/health', () => {
  it('when a Komet token is configured, then Komet is live and the customer count is reported', async () => {
    const response = await test.api('/api/health');
    expect(response.status).toBe(200);
    const health = healthSchema.parse(await response.json());
    expect(health).toEqual({
      status: 'ok',
      komet: 'live',
      customers: { count: test.simulator.store.customers.size, refreshedAt: expect.any(String) },
      // The customer list was read at start: Komet answered.
      kometState: 'ok',
      kometReachedAt: expect.any(String),
    });
  });
});

describe('unknown API routes', () => {
  it.each([
    ['GET', '/api/nothing-here'],
    ['POST', '/api/customers'],
    ['DELETE', '/api/customers/4242/contacts'],
  ])('when %s %s is asked for, then 404 problem+json', async (method, path) => {
    const problem = await problemOf(await test.api(path, { method }), 404);
    expect(problem.title).toBe('Not found');
  });
});

describe('GET /api/customers/:customerId', () => {
  it('when the customer is in Komet’s list, then its summary comes from memory', async () => {
    const calls = test.simulator.calls();
    const response = await test.api('/api/customers/4242');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      id: '4242',
      name: 'Rosaflor Ecuador S.A.',
      code: 'ROSAFLOR',
      active: true,
      salesPerson: 'María Fernández',
    });
    expect(test.simulator.calls()).toBe(calls);
  });

  it('when the id is written with leading zeros, then it is the same customer', async () => {
    const response = await test.api('/api/customers/0004242');
    expect(response.status).toBe(200);
    expect(((await response.json()) as { id: string }).id).toBe('4242');
  });

  it('when no customer has that id, then 404 problem+json', async () => {
    const response = await test.api('/api/customers/777');
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  });
});
