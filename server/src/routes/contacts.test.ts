import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addContactResponseSchema, problemSchema, type ContactDraft } from '../contract';
import { buildContactInput } from '../contract/testing';
import { SENTINEL_TOKEN, startTestServer, type TestServer } from '../testing/test-server';

const TWENTY_DIGIT_ID = '98765432109876543210';
let test: TestServer;

beforeAll(async () => {
  test = await startTestServer();
  test.simulator.store.customers.set(TWENTY_DIGIT_ID, {
    id: TWENTY_DIGIT_ID,
    name: 'Évora Garden Imports',
    code: 'EVORA20',
    active: true,
  });
});
afterEach(() => test.simulator.faults.clear());
afterAll(() => test.close());

const postContact = (customerId: string, body: ContactDraft | string, server = test) =>
  server.api(`/api/customers/${customerId}/contacts`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

const lastAdd = () =>
  test.simulator.received.filter((request) => request.method === 'customer.contact.add').at(-1)!;

/** Checks an error response is problem+json with the given status, and returns its body. */
async function problemOf(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  return problemSchema.parse(await response.json());
}

/** Posts a contact and counts the requests, of any Komet method, that it cost. */
async function postCounting(customerId: string, body: ContactDraft | string) {
  const before = test.simulator.calls();
  const response = await postContact(customerId, body);
  return { response, kometCalls: test.simulator.calls() - before };
}

describe('POST /api/customers/:customerId/contacts, when Komet saves the contact', () => {
  it('when the contact is valid, then 201 with its id and location, and Komet holds it', async () => {
    const response = await postContact('4242', buildContactInput({ name: 'Marta Ríos' }));
    expect(response.status).toBe(201);
    const body = addContactResponseSchema.parse(await response.json());
    expect(body).toEqual({
      contactId: expect.stringMatching(/^\d+$/),
      message: 'Contact was successfully saved',
    });
    expect(response.headers.get('location')).toBe(`/api/customers/4242/contacts/${body.contactId}`);
    expect(test.simulator.store.contacts.get('4242')).toContainEqual(
      expect.objectContaining({ id: body.contactId, name: 'Marta Ríos' }),
    );
  });

  it('when fields are padded or blank, then Komet receives the token, the customer id and the trimmed fields only', async () => {
    const input = buildContactInput({
      name: '  Marta Ríos ',
      phone: '   ',
      fax: '',
      description: ' Pays on Fridays ',
    });
    expect((await postContact('4242', input)).status).toBe(201);
    expect(JSON.parse(lastAdd().rawBody)).toStrictEqual({
      authenticationToken: SENTINEL_TOKEN,
      customerId: 4242,
      name: 'Marta Ríos',
      type: 'Buyer',
      ext: '12',
      mobile: '+1 786 555 0199',
      email: 'ana.gomez@example.com',
      description: 'Pays on Fridays',
      instantMessaging: 'whatsapp:+17865550199',
      emailPOD: true,
    });
  });

  it('when the customer id has 20 digits, then it reaches Komet as that exact integer', async () => {
    const response = await postContact(TWENTY_DIGIT_ID, buildContactInput());
    expect(response.status).toBe(201);
    expect(lastAdd().rawBody).toContain(`"customerId":${TWENTY_DIGIT_ID},`);
    expect(test.simulator.store.contacts.get(TWENTY_DIGIT_ID)).toHaveLength(1);
    expect(response.headers.get('location')).toMatch(
      new RegExp(`^/api/customers/${TWENTY_DIGIT_ID}/contacts/\\d+$`),
    );
  });

  it('when a contact is saved, then exactly one Komet call is made', async () => {
    const adds = test.simulator.calls('customer.contact.add');
    const { kometCalls } = await postCounting('4243', buildContactInput({ name: 'Jens Holm' }));
    expect(kometCalls).toBe(1);
    expect(test.simulator.calls('customer.contact.add')).toBe(adds + 1);
  });
});

describe('POST /api/customers/:customerId/contacts, when our validation refuses', () => {
  it('when fields are invalid, then 400 names each field and nothing is sent to Komet', async () => {
    const input = buildContactInput({ name: '  ', email: 'ana.gomez@', ext: '1'.repeat(51) });
    const { response, kometCalls } = await postCounting('4242', input);
    expect(kometCalls).toBe(0);
    expect((await problemOf(response, 400)).fieldErrors).toEqual({
      name: ['Required'],
      ext: ['At most 50 characters'],
      email: ['Enter a valid e-mail address, like name@example.com'],
    });
  });

  it.each(['42a', 'abc', '-1', '123456789012345678901'])(
    'when the customer id is %j, then 400 on customerId and no Komet call',
    async (customerId) => {
      const { response, kometCalls } = await postCounting(customerId, buildContactInput());
      expect(kometCalls).toBe(0);
      expect((await problemOf(response, 400)).fieldErrors).toEqual({
        customerId: ['A customer id is 1 to 20 digits'],
      });
    },
  );

  it('when the body is over 64 KB, then 413 and no Komet call', async () => {
    const input = buildContactInput({ description: 'x'.repeat(70_000) });
    const { response, kometCalls } = await postCounting('4242', input);
    expect(kometCalls).toBe(0);
    expect((await problemOf(response, 413)).detail).toMatch(/64 KB/);
  });

  it('when the body is malformed JSON, then 400 and no Komet call', async () => {
    const { response, kometCalls } = await postCounting('4242', '{"name": "Ana",');
    expect(kometCalls).toBe(0);
    expect((await problemOf(response, 400)).title).toBe('Malformed JSON');
  });
});

describe('POST /api/customers/:customerId/contacts, when Komet refuses or fails', () => {
  it.each([0, '0'] as const)(
    'when Komet answers status %j, then 422 with its message',
    async (status) => {
      const message = 'Customer 4242 is on credit hold.';
      test.simulator.faults.next(
        { kind: 'reject', message, status },
        { method: 'customer.contact.add' },
      );
      const problem = await problemOf(await postContact('4242', buildContactInput()), 422);
      expect(problem.detail).toBe(message);
      expect(problem.fieldErrors).toBeUndefined();
    },
  );

  it('when Komet refuses an unregistered type, then 422 with its message on the type field', async () => {
    const saved = test.simulator.store.contacts.get('4242')?.length;
    const problem = await problemOf(
      await postContact('4242', buildContactInput({ type: 'Logistics' })),
      422,
    );
    const message = "Contact type 'Logistics' is not registered in this company.";
    expect(problem).toMatchObject({ detail: message, fieldErrors: { type: [message] } });
    expect(test.simulator.store.contacts.get('4242')?.length).toBe(saved);
  });

  it('when Komet does not know the customer, then 422 with its message', async () => {
    const problem = await problemOf(await postContact('777', buildContactInput()), 422);
    expect(problem.detail).toBe('Customer 777 was not found.');
  });

  // Issue 7: an add Komet may have received is looked for, never resent blindly, and kept
  // in the outbox when it is not there; the user is told it is saved here, not lost.
  it.each([500, 502, 503])(
    'when Komet answers HTTP %i, then its list is read once and the add is kept for later (202)',
    async (status) => {
      test.simulator.faults.next(
        { kind: 'http-error', status },
        { method: 'customer.contact.add' },
      );
      const { response, kometCalls } = await postCounting('4242', buildContactInput());
      expect(kometCalls).toBe(2); // the add, then one look for it
      expect(response.status).toBe(202);
      expect(await response.json()).toMatchObject({
        status: 'queued',
        message: 'Saved here, not yet in Komet: it will be sent when Komet answers.',
      });
    },
  );

  it('when Komet answers something other than JSON, then the add is kept for later', async () => {
    test.simulator.faults.next({ kind: 'non-json' }, { method: 'customer.contact.add' });
    expect((await postContact('4242', buildContactInput())).status).toBe(202);
  });

  it('when Komet is slow but answers within the timeout, then the contact is saved once', async () => {
    test.simulator.faults.next({ kind: 'delay', ms: 300 }, { method: 'customer.contact.add' });
    const { response, kometCalls } = await postCounting('4242', buildContactInput());
    expect(response.status).toBe(201);
    expect(kometCalls).toBe(1);
  });

  it('when Komet does not answer in time, then it is looked for once and kept for later, never resent', async () => {
    test.simulator.faults.next({ kind: 'hang' }, { method: 'customer.contact.add' });
    const { response, kometCalls } = await postCounting('4242', buildContactInput());
    expect(kometCalls).toBe(2);
    expect(response.status).toBe(202);
  });

  it('when Komet refuses the connection, then the add is kept for later', async () => {
    const down = await startTestServer();
    try {
      await down.simulator.close();
      const response = await postContact('4242', buildContactInput(), down);
      expect(response.status).toBe(202);
      const { submissionId } = (await response.json()) as { submissionId: string };
      const kept = (await (await down.api(`/api/submissions/${submissionId}`)).json()) as {
        state: string;
      };
      expect(kept.state).toBe('queued');
    } finally {
      await down.close();
    }
  });
});
