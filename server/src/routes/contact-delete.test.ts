import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { AuditPage, Contact, ContactDraft, ContactListResponse } from '../contract';
import { buildContactInput } from '../contract/testing';
import { json, problemOf } from '../testing/requests';
import { startTestServer, type TestServer } from '../testing/test-server';

let test: TestServer;
beforeAll(async () => {
  test = await startTestServer();
});
afterEach(async () => {
  test.simulator.faults.clear();
  await test.simulator.outage(false);
});
afterAll(() => test.close());

async function listContacts(customerId: string): Promise<Contact[]> {
  const response = await test.api(`/api/customers/${customerId}/contacts`);
  expect(response.status).toBe(200);
  return ((await response.json()) as ContactListResponse).contacts;
}

/** A fresh contact for customer 4243, as our API lists it (so the server's cache holds it too). */
async function existingContact(overrides: Partial<ContactDraft> = {}): Promise<Contact> {
  const response = await test.api(
    '/api/customers/4243/contacts',
    json('POST', buildContactInput(overrides)),
  );
  const { contactId } = (await response.json()) as { contactId: string };
  const found = (await listContacts('4243')).find((contact) => contact.id === contactId);
  if (!found) throw new Error('the added contact is not listed');
  return found;
}

const remove = (
  customerId: string,
  contactId: string,
  { key, role = 'support' }: { key?: string; role?: 'sales' | 'support' | 'admin' } = {},
) =>
  test.as(role)(`/api/customers/${customerId}/contacts/${contactId}`, {
    method: 'DELETE',
    headers: key ? { 'idempotency-key': key } : {},
  });

const inKomet = (customerId: string, contactId: string) =>
  (test.simulator.store.contacts.get(customerId) ?? []).some((contact) => contact.id === contactId);

let keys = 0;
const newKey = () => `delete-key-${++keys}`;

describe('DELETE /api/customers/:customerId/contacts/:contactId', () => {
  it('when support deletes a contact, then 204, Komet receives one delete of that id, and the list no longer shows it', async () => {
    const contact = await existingContact({ name: 'To Be Deleted' });
    const deletes = test.simulator.calls('customer.contact.delete');

    const response = await remove('4243', contact.id);

    expect(response.status).toBe(204);
    expect(await response.text()).toBe('');
    expect(test.simulator.calls('customer.contact.delete')).toBe(deletes + 1);
    const sent = test.simulator.received.at(-1)!;
    expect(sent.rawBody).toContain(`"contactId":${contact.id}`);
    expect(sent.rawBody).not.toContain('customerId');
    expect(inKomet('4243', contact.id)).toBe(false);
    const lists = test.simulator.calls('customer.contact.list');
    expect((await listContacts('4243')).map((c) => c.id)).not.toContain(contact.id);
    // The server's cached list dropped it: no new read was needed to show that.
    expect(test.simulator.calls('customer.contact.list')).toBe(lists);
  });

  it('when the contact belongs to another customer, then 404 unknown-contact and no delete is sent', async () => {
    const other = await existingContact({ name: 'Not Yours To Delete' });
    const deletes = test.simulator.calls('customer.contact.delete');

    const problem = await problemOf(await remove('4242', other.id), 404);

    expect(problem.code).toBe('unknown-contact');
    expect(test.simulator.calls('customer.contact.delete')).toBe(deletes);
    expect(inKomet('4243', other.id)).toBe(true);
  });

  it('when a sales user asks, then 403 and Komet receives nothing', async () => {
    const contact = await existingContact({ name: 'Sales Cannot Delete' });
    const calls = test.simulator.calls();

    const problem = await problemOf(await remove('4243', contact.id, { role: 'sales' }), 403);

    expect(problem.code).toBe('forbidden');
    expect(test.simulator.calls()).toBe(calls);
    expect(inKomet('4243', contact.id)).toBe(true);
  });

  it('when a contact is deleted, then the audit trail records who deleted it and the contact as it was', async () => {
    const contact = await existingContact({ name: 'Audited Delete', email: 'gone@example.com' });

    expect((await remove('4243', contact.id, { role: 'admin' })).status).toBe(204);

    const page = (await (
      await test.api('/api/audit?customerId=4243&action=delete')
    ).json()) as AuditPage;
    const { id: _id, ...before } = contact;
    expect(page.entries[0]).toMatchObject({
      action: 'delete',
      contactId: contact.id,
      username: 'ada',
      customerId: '4243',
      before,
      outcome: 'saved',
      message: 'Contact was successfully deleted.',
    });
  });

  it('when the same delete is sent again with its key, then the recorded 204 comes back and Komet is not asked', async () => {
    const contact = await existingContact({ name: 'Deleted Once' });
    const key = newKey();
    expect((await remove('4243', contact.id, { key })).status).toBe(204);
    const calls = test.simulator.calls();

    const repeat = await remove('4243', contact.id, { key });

    expect(repeat.status).toBe(204);
    expect(test.simulator.calls()).toBe(calls);
  });

  it('when Komet is down, then 502 says nothing was changed and the contact is still there', async () => {
    const contact = await existingContact({ name: 'Survives Outage' });
    await test.simulator.outage(true);

    const problem = await problemOf(await remove('4243', contact.id), 502);

    expect(problem.detail).toMatch(/Nothing was changed/);
    await test.simulator.outage(false);
    expect(inKomet('4243', contact.id)).toBe(true);
    expect((await listContacts('4243')).map((c) => c.id)).toContain(contact.id);
  });

  it('when Komet answers the delete itself as unavailable, then 502, the audit says failed and the contact is still listed', async () => {
    const contact = await existingContact({ name: 'Delete Unavailable' });
    test.simulator.faults.next(
      { kind: 'unavailable-message' },
      { method: 'customer.contact.delete' },
    );

    await problemOf(await remove('4243', contact.id, { role: 'admin' }), 502);

    expect(inKomet('4243', contact.id)).toBe(true);
    expect((await listContacts('4243')).map((c) => c.id)).toContain(contact.id);
    const page = (await (
      await test.api('/api/audit?customerId=4243&action=delete')
    ).json()) as AuditPage;
    expect(page.entries[0]).toMatchObject({ contactId: contact.id, outcome: 'failed' });
  });

  it('when the contact id is not digits, then 400 and Komet is not asked', async () => {
    const calls = test.simulator.calls();
    const problem = await problemOf(await remove('4243', '12ab'), 400);
    expect(problem.fieldErrors).toEqual({ contactId: ['A contact id is 1 to 20 digits'] });
    expect(test.simulator.calls()).toBe(calls);
  });
});
