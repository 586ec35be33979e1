import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ContactInput, QueuedResponse, Submission } from '../contract';
import { buildContactInput } from '../contract/testing';
import { json, problemOf } from '../testing/requests';
import { startTestServer, type TestServer } from '../testing/test-server';

const CUSTOMER = '4242';
let test: TestServer;
let keys = 0;

beforeAll(async () => {
  test = await startTestServer({ env: { OUTBOX_RETRY_SECONDS: '1' }, outboxPollMs: 50 });
});
afterAll(() => test.close());

const newKey = () => `key-${Date.now()}-${keys++}`;
const add = (contact: ContactInput, key?: string, as = test.api) =>
  as(`/api/customers/${CUSTOMER}/contacts`, {
    ...json('POST', contact),
    headers: { 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
  });

/** How many contacts of the customer in "Komet" carry this name. */
const inKomet = (name: string) =>
  (test.simulator.store.contacts.get(CUSTOMER) ?? []).filter((c) => c.name === name).length;

const submission = async (id: string) =>
  (await (await test.api(`/api/submissions/${id}`)).json()) as Submission;

describe('adding with an Idempotency-Key', () => {
  it('when the same add is sent twice with one key, then Komet gets it once and both answers agree', async () => {
    const contact = buildContactInput({ name: 'Twice Sent' });
    const key = newKey();
    const first = await add(contact, key);
    const adds = test.simulator.calls('customer.contact.add');
    const second = await add(contact, key);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(await second.json()).toEqual(await first.json());
    expect(second.headers.get('location')).toBe(first.headers.get('location'));
    expect(test.simulator.calls('customer.contact.add')).toBe(adds);
    expect(inKomet('Twice Sent')).toBe(1);
  });

  it('when one key comes with another contact, then 422 and nothing is sent', async () => {
    const key = newKey();
    expect((await add(buildContactInput({ name: 'First Body' }), key)).status).toBe(201);
    const adds = test.simulator.calls('customer.contact.add');
    const problem = await problemOf(await add(buildContactInput({ name: 'Other Body' }), key), 422);
    expect(problem.code).toBe('idempotency-key-reused');
    expect(test.simulator.calls('customer.contact.add')).toBe(adds);
  });

  it('when three identical adds with one key arrive at once, then Komet gets one', async () => {
    const contact = buildContactInput({ name: 'Triple Click' });
    const key = newKey();
    test.simulator.faults.next({ kind: 'delay', ms: 300 }, { method: 'customer.contact.add' });
    const answers = await Promise.all([add(contact, key), add(contact, key), add(contact, key)]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409]);
    expect(inKomet('Triple Click')).toBe(1);
  });

  it('when Komet refuses, then a repeat with the key gets the same refusal without asking again', async () => {
    const contact = buildContactInput({ name: 'Wrong Type', type: 'Logistics' });
    const key = newKey();
    const first = await problemOf(await add(contact, key), 422);
    const adds = test.simulator.calls('customer.contact.add');
    const again = await problemOf(await add(contact, key), 422);
    expect(again.detail).toBe(first.detail);
    expect(test.simulator.calls('customer.contact.add')).toBe(adds);
  });
});

describe('when Komet may have saved the contact but did not say so', () => {
  it('when Komet saved it and then answered 502, then the contact is found and 201 names it', async () => {
    const contact = buildContactInput({ name: 'Saved Then 502' });
    test.simulator.faults.next({ kind: 'commit-then-drop' }, { method: 'customer.contact.add' });
    const response = await add(contact, newKey());
    expect(response.status).toBe(201);
    const { contactId } = (await response.json()) as { contactId: string };
    const saved = test.simulator.store.contacts
      .get(CUSTOMER)!
      .find((c) => c.name === 'Saved Then 502');
    expect(contactId).toBe(saved?.id);
    expect(inKomet('Saved Then 502')).toBe(1);
  });

  it('when Komet did not answer in time and did not save it, then it is kept, sent later once, and the page can say so', async () => {
    const contact = buildContactInput({ name: 'Hung Then Sent' });
    test.simulator.faults.next({ kind: 'hang' }, { method: 'customer.contact.add' });
    const response = await add(contact, newKey(), test.as('sales'));
    expect(response.status).toBe(202);
    const queued = (await response.json()) as QueuedResponse;
    expect(queued).toMatchObject({
      status: 'queued',
      message: expect.stringMatching(/^Saved here, not yet in Komet/),
    });
    expect(response.headers.get('location')).toBe(`/api/submissions/${queued.submissionId}`);
    await expect
      .poll(async () => (await submission(queued.submissionId)).state, { timeout: 10_000 })
      .toBe('sent');
    const sent = await submission(queued.submissionId);
    expect(sent.contactId).toBe(
      test.simulator.store.contacts.get(CUSTOMER)!.find((c) => c.name === 'Hung Then Sent')?.id,
    );
    expect(inKomet('Hung Then Sent')).toBe(1);
  });
});

describe('when Komet is down', () => {
  it('when the add cannot reach Komet, then 202, and once Komet is back it is sent exactly once', async () => {
    const contact = buildContactInput({ name: 'Outage Survivor' });
    await test.simulator.outage(true);
    let queued: QueuedResponse;
    try {
      const response = await add(contact, newKey());
      expect(response.status).toBe(202);
      queued = (await response.json()) as QueuedResponse;
      expect((await submission(queued.submissionId)).state).toMatch(/queued|sending/);
      expect(inKomet('Outage Survivor')).toBe(0);
    } finally {
      await test.simulator.outage(false);
    }
    await expect
      .poll(async () => (await submission(queued.submissionId)).state, { timeout: 15_000 })
      .toBe('sent');
    expect(inKomet('Outage Survivor')).toBe(1);
  });
});

describe('a queued contact Komet later refuses', () => {
  it('when Komet refuses it, then its owner sees why, fixes it and resends it, and it is sent', async () => {
    const sales = test.as('sales');
    await test.simulator.outage(true);
    const response = await add(
      buildContactInput({ name: 'Needs A Fix', type: 'Logistics' }),
      newKey(),
      sales,
    );
    await test.simulator.outage(false);
    const { submissionId } = (await response.json()) as QueuedResponse;
    await expect
      .poll(async () => (await submission(submissionId)).state, { timeout: 15_000 })
      .toBe('refused');
    const refused = await submission(submissionId);
    expect(refused.message).toMatch(/type/i);
    const mine = (await (await sales('/api/submissions?state=refused')).json()) as {
      submissions: Submission[];
    };
    expect(mine.submissions.map((s) => s.id)).toContain(submissionId);

    const fixed = { ...refused.contact, type: 'Buyer' };
    expect(
      (await sales(`/api/submissions/${submissionId}/resend`, json('POST', { contact: fixed })))
        .status,
    ).toBe(202);
    await expect
      .poll(async () => (await submission(submissionId)).state, { timeout: 15_000 })
      .toBe('sent');
    expect(inKomet('Needs A Fix')).toBe(1);
  });

  it('when another sales person asks for it, then 403; support may see it', async () => {
    const { submissions } = (await (
      await test.as('support')('/api/submissions?state=sent')
    ).json()) as {
      submissions: Submission[];
    };
    const others = submissions.find((s) => s.username !== 'sally');
    expect(others).toBeDefined();
    expect((await test.as('sales')(`/api/submissions/${others!.id}`)).status).toBe(403);
  });
});
