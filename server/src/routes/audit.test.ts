import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AuditEntry, AuditPage, Contact, ContactDraft } from '../contract';
import { buildContactInput } from '../contract/testing';
import type { Role } from '../contract';
import { json, problemOf } from '../testing/requests';
import { startTestServer, TEST_USERS, type TestServer } from '../testing/test-server';

let test: TestServer;
beforeAll(async () => {
  test = await startTestServer();
});
afterEach(() => test.simulator.faults.clear());
afterAll(() => test.close());

const add = (customerId: string, contact: ContactDraft, role: Role = 'sales', server = test) =>
  server.as(role)(`/api/customers/${customerId}/contacts`, json('POST', contact));

async function auditPage(query: string, server = test): Promise<AuditPage> {
  const response = await server.api(`/api/audit?${query}`);
  expect(response.status).toBe(200);
  return (await response.json()) as AuditPage;
}
const historyOf = async (customerId: string, server = test) =>
  (await auditPage(`customerId=${customerId}`, server)).entries;

/** Adds Komet received for this customer. */
const addsTo = (customerId: string) =>
  test.simulator.received.filter(
    (request) =>
      request.method === 'customer.contact.add' &&
      (JSON.parse(request.rawBody) as { customerId?: unknown }).customerId === Number(customerId),
  ).length;

describe('the audit entry of an add', () => {
  it('when Komet saves it, then one entry names who, which customer, what was sent, saved, and Komet’s message', async () => {
    const before = await historyOf('4242');
    const contact = buildContactInput({ name: 'Audited Saved' });
    const response = await add('4242', contact);
    expect(response.status).toBe(201);
    const { contactId } = (await response.json()) as { contactId: string };

    const history = await historyOf('4242');
    expect(history).toHaveLength(before.length + 1);
    expect(history[0]).toStrictEqual({
      id: expect.any(String),
      at: expect.any(String),
      username: 'sally',
      userName: TEST_USERS.sales.name,
      customerId: '4242',
      customerName: 'Rosaflor Ecuador S.A.',
      contactId,
      action: 'add',
      fields: contact,
      before: null,
      outcome: 'saved',
      message: 'Contact was successfully saved',
      completedAt: expect.any(String),
      steps: [],
    });
  });

  it('when Komet refuses it, then the entry says refused, with Komet’s message', async () => {
    test.simulator.faults.next(
      { kind: 'reject', message: 'Customer 1001 is on credit hold.' },
      { method: 'customer.contact.add' },
    );
    expect((await add('1001', buildContactInput())).status).toBe(422);
    expect((await historyOf('1001'))[0]).toMatchObject({
      outcome: 'refused',
      message: 'Customer 1001 is on credit hold.',
      contactId: null,
    });
  });

  it('when the contact type is not registered in Komet, then the entry says refused, with Komet’s message', async () => {
    expect((await add('1002', buildContactInput({ type: 'Logistics' }))).status).toBe(422);
    expect((await historyOf('1002'))[0]).toMatchObject({
      outcome: 'refused',
      message: "Contact type 'Logistics' is not registered in this company.",
    });
  });

  it('when Komet holds the add, then the entry reads unknown while waiting, then queued once it is kept for later', async () => {
    test.simulator.faults.next({ kind: 'hang' }, { method: 'customer.contact.add' });
    const pending = add('1003', buildContactInput());
    await vi.waitFor(() => expect(addsTo('1003')).toBe(1));

    expect((await historyOf('1003'))[0]).toMatchObject({ outcome: 'unknown', completedAt: null });
    expect((await pending).status).toBe(202);
    expect((await historyOf('1003'))[0]).toMatchObject({
      outcome: 'queued',
      message: expect.stringContaining('did not answer'),
      completedAt: expect.any(String),
    });
  });

  it('when Komet answers HTTP 503 and the contact is not in its list, then the entry says queued', async () => {
    test.simulator.faults.next(
      { kind: 'http-error', status: 503 },
      { method: 'customer.contact.add' },
    );
    expect((await add('1004', buildContactInput())).status).toBe(202);
    expect((await historyOf('1004'))[0]?.outcome).toBe('queued');
  });

  it('when Komet saved the add but the answer was lost, then the entry says saved, with the contact found', async () => {
    test.simulator.faults.next({ kind: 'commit-then-drop' }, { method: 'customer.contact.add' });
    const response = await add('1007', buildContactInput({ name: 'Found Later' }));
    expect(response.status).toBe(201);
    const { contactId } = (await response.json()) as { contactId: string };
    expect((await historyOf('1007'))[0]).toMatchObject({
      outcome: 'saved',
      contactId,
      message: expect.stringContaining('the contact is in Komet'),
    });
  });
});

describe('the audit entry of an update', () => {
  it('when support corrects a contact, then the entry holds the values before and after', async () => {
    const current = test.simulator.store.contacts.get('4243')![0]!;
    const { id, ...before }: Contact = current;
    const after = { ...before, phone: '+45 33 12 34 56', description: 'Moved to Copenhagen' };
    const response = await test.as('support')(
      `/api/customers/4243/contacts/${id}`,
      json('PUT', { contact: after, expected: before }),
    );
    expect(response.status).toBe(200);
    expect((await historyOf('4243'))[0]).toMatchObject({
      username: 'sam',
      action: 'update',
      contactId: id,
      before,
      fields: after,
      outcome: 'saved',
      message: 'Contact was successfully updated',
    });
  });
});

describe('GET /api/audit', () => {
  it('when there are more entries than the limit, then pages of that size, newest first, linked by next', async () => {
    for (const name of ['Page One', 'Page Two', 'Page Three']) {
      expect((await add('1005', buildContactInput({ name }))).status).toBe(201);
    }
    const first = await auditPage('customerId=1005&limit=2');
    const second = await auditPage(`customerId=1005&limit=2&before=${first.next}`);
    const names = (page: AuditPage) => page.entries.map((entry) => entry.fields.name);
    expect(names(first)).toEqual(['Page Three', 'Page Two']);
    expect(first.next).not.toBeNull();
    expect(names(second)).toEqual(['Page One']);
    expect(second.next).toBeNull();
  });

  it('when filtered by user, action or outcome, then only matching entries come back', async () => {
    expect((await add('1006', buildContactInput({ name: 'By Sally' }))).status).toBe(201);
    test.simulator.faults.next(
      { kind: 'reject', message: 'No.' },
      { method: 'customer.contact.add' },
    );
    expect((await add('1006', buildContactInput({ name: 'By Sam' }), 'support')).status).toBe(422);
    const summary = (entries: AuditEntry[]) =>
      entries.map((entry) => `${entry.username} ${entry.action} ${entry.outcome}`);

    expect(summary((await auditPage('customerId=1006&user=Sam')).entries)).toEqual([
      'sam add refused',
    ]);
    expect(summary((await auditPage('customerId=1006&outcome=saved')).entries)).toEqual([
      'sally add saved',
    ]);
    expect((await auditPage('customerId=1006&action=update')).entries).toEqual([]);
    const refusedAnywhere = (await auditPage('outcome=refused&limit=100')).entries;
    expect(refusedAnywhere.length).toBeGreaterThan(1);
    expect(refusedAnywhere.every((entry) => entry.outcome === 'refused')).toBe(true);
  });

  it('when the client reads pages for its CSV, then up to 1,000 entries a page, and more is refused', async () => {
    expect((await auditPage('limit=1000')).entries.length).toBeGreaterThan(0);
    const problem = await problemOf(await test.api('/api/audit?limit=1001'), 400);
    expect(problem.fieldErrors?.limit).toEqual(['A number from 1 to 1,000']);
  });

  it('when the old CSV route is asked, then 404: the client makes the CSV, in the reader’s language', async () => {
    expect((await problemOf(await test.api('/api/audit/export'), 404)).code).toBe('no-route');
  });
});

describe('an add while Komet is down', () => {
  let down: TestServer;
  beforeAll(async () => {
    down = await startTestServer();
    await down.simulator.close();
  });
  afterAll(() => down.close());

  it('when the connection is refused, then the add is kept and the entry says queued, with why', async () => {
    const response = await add('4242', buildContactInput(), 'sales', down);
    expect(response.status).toBe(202);
    expect((await historyOf('4242', down))[0]).toMatchObject({
      outcome: 'queued',
      message: expect.stringContaining('could not be reached'),
    });
  });
});
