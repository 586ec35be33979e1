import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  contactConflictSchema,
  problemSchema,
  type Contact,
  type ContactDraft,
  type ContactListResponse,
} from '../contract';
import { buildContactInput } from '../contract/testing';
import { problemOf } from '../testing/requests';
import { startTestServer, type TestServer } from '../testing/test-server';

let test: TestServer;
beforeAll(async () => {
  test = await startTestServer();
});
afterEach(() => test.simulator.faults.clear());
afterAll(() => test.close());

const json = (method: string, body: unknown) => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

async function listContacts(customerId: string): Promise<Contact[]> {
  const response = await test.api(`/api/customers/${customerId}/contacts`);
  expect(response.status).toBe(200);
  return ((await response.json()) as ContactListResponse).contacts;
}

/** A fresh contact for customer 4243, as our API lists it. */
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

const put = (customerId: string, contactId: string, body: unknown, key?: string) =>
  test.api(`/api/customers/${customerId}/contacts/${contactId}`, {
    ...json('PUT', body),
    headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
  });

let keys = 0;
const newKey = () => `update-key-${++keys}`;

const withoutId = ({ id: _ignored, ...fields }: Contact) => fields;

describe('PUT /api/customers/:customerId/contacts/:contactId', () => {
  it('when one field is edited, then Komet receives the full record and every other field is unchanged', async () => {
    const before = await existingContact({ name: 'Full Record', description: 'Keeps Mondays' });
    const calls = test.simulator.calls();

    const response = await put('4243', before.id, {
      contact: { ...withoutId(before), phone: '+45 33 12 34 56' },
      expected: withoutId(before),
    });

    expect(response.status).toBe(200);
    expect(test.simulator.calls() - calls).toBe(2); // one re-read, one update
    const stored = test.simulator.store.contacts.get('4243')?.find((c) => c.id === before.id);
    expect(stored).toEqual({ ...before, phone: '+45 33 12 34 56' });
    const sent = JSON.parse(test.simulator.received.at(-1)!.rawBody) as Record<string, unknown>;
    expect(sent).toMatchObject({
      ...withoutId(before),
      phone: '+45 33 12 34 56',
      contactId: Number(before.id),
    });
  });

  it('when a field is cleared, then Komet receives it as an empty string, and every unset field too', async () => {
    const before = await existingContact({ name: 'Cleared Mail', email: 'old@rosaflor.example' });
    const { fax: _neverSet, ...fields } = withoutId(before);

    const response = await put('4243', before.id, {
      contact: { ...fields, email: '' },
      expected: withoutId(before),
    });

    expect(response.status).toBe(200);
    const sent = test.simulator.received.at(-1)!;
    expect(sent.method).toBe('customer.contact.update');
    expect(sent.rawBody).toContain('"email":""');
    // Whatever Komet does with an omitted field, none is omitted (KOMET-API.md).
    expect(sent.rawBody).toContain('"fax":""');
    const stored = test.simulator.store.contacts.get('4243')?.find((c) => c.id === before.id);
    expect(stored?.email).toBeUndefined();
    const listed = (await listContacts('4243')).find((contact) => contact.id === before.id);
    expect(listed?.email).toBeUndefined();
  });

  it('when the update is saved, then the next list shows it without asking Komet again', async () => {
    const before = await existingContact({ name: 'Cache Update' });
    await put('4243', before.id, {
      contact: { ...withoutId(before), name: 'Cache Updated' },
      expected: withoutId(before),
    });
    const calls = test.simulator.calls();

    const listed = await listContacts('4243');

    expect(listed.find((contact) => contact.id === before.id)?.name).toBe('Cache Updated');
    expect(test.simulator.calls()).toBe(calls);
  });

  it('when the contact changed in Komet since the form opened, then 409 shows the current version and nothing is saved', async () => {
    const before = await existingContact({ name: 'Stale Form' });
    test.simulator.store.replaceContact('4243', before.id, {
      ...withoutId(before),
      email: 'changed@elsewhere.example',
    });
    const updates = test.simulator.calls('customer.contact.update');

    const response = await put('4243', before.id, {
      contact: { ...withoutId(before), name: 'My Edit' },
      expected: withoutId(before),
    });

    expect(response.status).toBe(409);
    const conflict = contactConflictSchema.parse(await response.json());
    expect(conflict.changedFields).toEqual(['email']);
    expect(conflict.current).toMatchObject({
      name: 'Stale Form',
      email: 'changed@elsewhere.example',
    });
    expect(test.simulator.calls('customer.contact.update')).toBe(updates);
  });

  it('when two people save the same contact at once, then one is saved and the other gets 409', async () => {
    const before = await existingContact({ name: 'Two Editors' });
    // The first update is slow to land, so the second would read the old record meanwhile.
    test.simulator.faults.next({ kind: 'delay', ms: 200 }, { method: 'customer.contact.update' });
    const save = (name: string) =>
      put('4243', before.id, {
        contact: { ...withoutId(before), name },
        expected: withoutId(before),
      });

    const statuses = (await Promise.all([save('Editor One'), save('Editor Two')])).map(
      (r) => r.status,
    );

    expect(statuses.sort()).toEqual([200, 409]);
    const stored = test.simulator.store.contacts.get('4243')?.find((c) => c.id === before.id);
    expect(['Editor One', 'Editor Two']).toContain(stored?.name);
  });

  it('when Komet refuses the update, then 422 with its message on the field', async () => {
    const before = await existingContact({ name: 'Refused Type' });
    const response = await put('4243', before.id, {
      contact: { ...withoutId(before), type: 'Logistics' },
      expected: withoutId(before),
    });
    expect(response.status).toBe(422);
    expect(problemSchema.parse(await response.json()).fieldErrors).toEqual({
      type: ["Contact type 'Logistics' is not registered in this company."],
    });
  });

  it('when Komet does not answer the update in time, then 504, and the next list asks Komet', async () => {
    const before = await existingContact({ name: 'Slow Update' });
    test.simulator.faults.next({ kind: 'hang' }, { method: 'customer.contact.update' });
    const response = await put('4243', before.id, {
      contact: { ...withoutId(before), name: 'Slow Updated' },
      expected: withoutId(before),
    });
    expect(response.status).toBe(504);
    expect(problemSchema.parse(await response.json()).detail).toMatch(
      /may or may not have been saved/,
    );
    const lists = test.simulator.calls('customer.contact.list');

    await listContacts('4243');

    expect(test.simulator.calls('customer.contact.list')).toBe(lists + 1);
  });

  it('when the contact does not exist, then 404 and no update is sent', async () => {
    const updates = test.simulator.calls('customer.contact.update');
    const response = await put('4243', '999999999', { contact: buildContactInput(), expected: {} });
    expect(response.status).toBe(404);
    expect(test.simulator.calls('customer.contact.update')).toBe(updates);
  });

  it('when the contact belongs to another customer, then 404 and it is left untouched', async () => {
    const other = await existingContact({ name: 'Not Yours' });
    const response = await put('4242', other.id, {
      contact: buildContactInput({ name: 'Hijacked' }),
      expected: withoutId(other),
    });
    expect(response.status).toBe(404);
    const stored = test.simulator.store.contacts.get('4243')?.find((c) => c.id === other.id);
    expect(stored?.name).toBe('Not Yours');
  });

  it('when the contact id is not digits, then 400 names it and Komet is not asked', async () => {
    const calls = test.simulator.calls();
    const response = await put('4243', '12ab', { contact: buildContactInput(), expected: {} });
    expect(response.status).toBe(400);
    expect(problemSchema.parse(await response.json()).fieldErrors).toEqual({
      contactId: ['A contact id is 1 to 20 digits'],
    });
    expect(test.simulator.calls()).toBe(calls);
  });

  it('when the new record is invalid, then 400 per field and Komet is not asked at all', async () => {
    const calls = test.simulator.calls();
    const response = await put('4243', '4535434', {
      contact: buildContactInput({ name: ' ', email: 'nope' }),
      expected: {},
    });
    expect(response.status).toBe(400);
    expect(problemSchema.parse(await response.json()).fieldErrors).toEqual({
      name: ['Required'],
      email: ['Enter a valid e-mail address, like name@example.com'],
    });
    expect(test.simulator.calls()).toBe(calls);
  });
});

describe('PUT with an Idempotency-Key', () => {
  /** The contact with a new name, as the edit form sends it. */
  const renamed = (before: Contact, name: string) => ({
    contact: { ...withoutId(before), name },
    expected: withoutId(before),
  });
  const stored = (id: string) =>
    test.simulator.store.contacts.get('4243')?.find((c) => c.id === id);

  it('when the same update is sent twice with one key, then Komet updates once and both answers agree', async () => {
    const before = await existingContact({ name: 'Saved Twice' });
    const key = newKey();
    const updates = test.simulator.calls('customer.contact.update');

    const first = await put('4243', before.id, renamed(before, 'Saved Once'), key);
    const calls = test.simulator.calls();
    const second = await put('4243', before.id, renamed(before, 'Saved Once'), key);

    expect(first.status).toBe(200);
    expect(second.status).toBe(200);
    expect(await second.json()).toEqual(await first.json());
    expect(test.simulator.calls()).toBe(calls); // not even the re-read
    expect(test.simulator.calls('customer.contact.update')).toBe(updates + 1);
  });

  it('when one key comes with another update, then 422 and Komet is not asked', async () => {
    const before = await existingContact({ name: 'Key Reused' });
    const key = newKey();
    expect((await put('4243', before.id, renamed(before, 'First Edit'), key)).status).toBe(200);
    const calls = test.simulator.calls();

    const response = await put('4243', before.id, renamed(before, 'Other Edit'), key);

    expect((await problemOf(response, 422)).code).toBe('idempotency-key-reused');
    expect(test.simulator.calls()).toBe(calls);
    expect(stored(before.id)?.name).toBe('First Edit');
  });

  it('when the repeat arrives while the first is still saving, then 409 in-progress and Komet updates once', async () => {
    const before = await existingContact({ name: 'Slow Save' });
    const key = newKey();
    const updates = test.simulator.calls('customer.contact.update');
    test.simulator.faults.next({ kind: 'hold' }, { method: 'customer.contact.update' });
    const first = put('4243', before.id, renamed(before, 'Slow Saved'), key);
    await expect.poll(() => test.simulator.calls('customer.contact.update')).toBe(updates + 1);

    const repeat = await put('4243', before.id, renamed(before, 'Slow Saved'), key);

    expect((await problemOf(repeat, 409)).code).toBe('in-progress');
    expect(repeat.headers.get('retry-after')).toBe('1');
    test.simulator.faults.release();
    expect((await first).status).toBe(200);
    expect(test.simulator.calls('customer.contact.update')).toBe(updates + 1);
  });

  it('when Komet saved the update but the answer was lost, then the repeat with its key is 200, not a conflict', async () => {
    const before = await existingContact({ name: 'Lost Answer' });
    const key = newKey();
    test.simulator.faults.next({ kind: 'commit-then-drop' }, { method: 'customer.contact.update' });
    const lost = await put('4243', before.id, renamed(before, 'Saved Anyway'), key);
    expect(lost.status).toBe(502);
    const updates = test.simulator.calls('customer.contact.update');

    const repeat = await put('4243', before.id, renamed(before, 'Saved Anyway'), key);

    expect(repeat.status).toBe(200);
    expect(await repeat.json()).toMatchObject({ contactId: before.id });
    expect(stored(before.id)).toEqual({ ...before, name: 'Saved Anyway' });
    // Komet already holds it: there was nothing to send again.
    expect(test.simulator.calls('customer.contact.update')).toBe(updates);
  });

  it('when an update timed out unsaved, then the repeat with its key sends it and it is saved', async () => {
    const before = await existingContact({ name: 'Timed Out' });
    const key = newKey();
    test.simulator.faults.next({ kind: 'hang' }, { method: 'customer.contact.update' });
    expect((await put('4243', before.id, renamed(before, 'Sent Again'), key)).status).toBe(504);
    const updates = test.simulator.calls('customer.contact.update');

    const repeat = await put('4243', before.id, renamed(before, 'Sent Again'), key);

    expect(repeat.status).toBe(200);
    expect(test.simulator.calls('customer.contact.update')).toBe(updates + 1);
    expect(stored(before.id)?.name).toBe('Sent Again');
  });

  it('when the answer was 409 changed-in-Komet, then a repeat with the key gets it again without a Komet call', async () => {
    const before = await existingContact({ name: 'Conflict Replayed' });
    test.simulator.store.replaceContact('4243', before.id, { ...withoutId(before), fax: '+1 555' });
    const key = newKey();
    const first = await put('4243', before.id, renamed(before, 'My Edit'), key);
    expect(first.status).toBe(409);
    const calls = test.simulator.calls();

    const repeat = await put('4243', before.id, renamed(before, 'My Edit'), key);

    expect(repeat.status).toBe(409);
    const conflict = contactConflictSchema.parse(await repeat.json());
    expect(conflict).toEqual(contactConflictSchema.parse(await first.json()));
    expect(conflict.changedFields).toEqual(['fax']);
    expect(test.simulator.calls()).toBe(calls);
  });

  it('when the answer was 404, then a repeat with the key gets it again without a Komet call', async () => {
    const key = newKey();
    const body = { contact: buildContactInput(), expected: {} };
    await problemOf(await put('4243', '999999998', body, key), 404);
    const calls = test.simulator.calls();

    const repeat = await problemOf(await put('4243', '999999998', body, key), 404);

    expect(repeat.code).toBe('unknown-contact');
    expect(test.simulator.calls()).toBe(calls);
  });

  it('when Komet refused the update, then a repeat with the key gets the same refusal without asking again', async () => {
    const before = await existingContact({ name: 'Refused Twice' });
    const key = newKey();
    const body = {
      contact: { ...withoutId(before), type: 'Logistics' },
      expected: withoutId(before),
    };
    const first = await problemOf(await put('4243', before.id, body, key), 422);
    const calls = test.simulator.calls();

    const repeat = await problemOf(await put('4243', before.id, body, key), 422);

    expect(repeat.fieldErrors).toEqual(first.fieldErrors);
    expect(test.simulator.calls()).toBe(calls);
  });

  it('when the version the form started from is missing, then 400 names it and Komet is not asked', async () => {
    const calls = test.simulator.calls();

    const problem = await problemOf(
      await put('4243', '4535434', { contact: buildContactInput() }),
      400,
    );

    expect(Object.keys(problem.fieldErrors ?? {})).toEqual(['expected']);
    expect(test.simulator.calls()).toBe(calls);
  });

  it('when the key is malformed, then 400 names the header and Komet is not asked', async () => {
    const calls = test.simulator.calls();
    const body = { contact: buildContactInput(), expected: {} };

    const problem = await problemOf(await put('4243', '4535434', body, 'two words'), 400);

    expect(Object.keys(problem.fieldErrors ?? {})).toEqual(['Idempotency-Key']);
    expect(test.simulator.calls()).toBe(calls);
  });

  it('when Komet already holds the submitted values, then 200 and no update is sent', async () => {
    const before = await existingContact({ name: 'Same Change' });
    // Someone else made the very change this form is about to save.
    test.simulator.store.replaceContact('4243', before.id, {
      ...withoutId(before),
      name: 'Agreed',
    });
    const updates = test.simulator.calls('customer.contact.update');

    const response = await put('4243', before.id, renamed(before, 'Agreed'));

    expect(response.status).toBe(200);
    expect(test.simulator.calls('customer.contact.update')).toBe(updates);
  });
});

describe('GET /api/customers/:customerId/contacts', () => {
  it('when a customer page is opened twice, then Komet is asked once', async () => {
    const calls = test.simulator.calls('customer.contact.list');
    await listContacts('1001');
    await listContacts('1001');
    expect(test.simulator.calls('customer.contact.list')).toBe(calls + 1);
  });

  it('when a contact is added, then the next list shows it without asking Komet again', async () => {
    await listContacts('4242');
    const response = await test.api(
      '/api/customers/4242/contacts',
      json('POST', buildContactInput({ name: 'Just Added' })),
    );
    expect(response.status).toBe(201);
    const lists = test.simulator.calls('customer.contact.list');

    const names = (await listContacts('4242')).map((contact) => contact.name);

    expect(names).toContain('Just Added');
    expect(test.simulator.calls('customer.contact.list')).toBe(lists);
  });

  it('when Komet may or may not have saved a contact, then its list is read again at once and shown as read', async () => {
    await listContacts('1002');
    const lists = test.simulator.calls('customer.contact.list');
    test.simulator.faults.next({ kind: 'non-json' }, { method: 'customer.contact.add' });
    const response = await test.api(
      '/api/customers/1002/contacts',
      json('POST', buildContactInput({ name: 'Maybe Saved' })),
    );
    expect(response.status).toBe(202);
    expect(test.simulator.calls('customer.contact.list')).toBe(lists + 1);

    const shown = (await (await test.api('/api/customers/1002/contacts')).json()) as {
      contacts: { name: string }[];
    };
    expect(shown.contacts.map((c) => c.name)).not.toContain('Maybe Saved');
    expect(test.simulator.calls('customer.contact.list')).toBe(lists + 1);
  });

  it('when the customer is not in Komet’s customer list, then 404 without asking Komet', async () => {
    const calls = test.simulator.calls();
    const response = await test.api('/api/customers/777/contacts');
    expect(response.status).toBe(404);
    expect(problemSchema.parse(await response.json()).title).toBe('Customer not found');
    expect(test.simulator.calls()).toBe(calls);
  });
});
