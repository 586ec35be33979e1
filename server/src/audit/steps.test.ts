import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry, AuditPage, QueuedResponse, Submission } from '../contract';
import { auditStep } from './steps';
import { buildContactInput } from '../contract/testing';
import { json } from '../testing/requests';
import { startTestServer, type TestServer } from '../testing/test-server';

// Issue 7: "Every step goes into the audit trail": an add whose first answer was not final
// shows, in its entry, what happened next and when.
const CUSTOMER = '4243';
let test: TestServer;
let keys = 0;

beforeAll(async () => {
  test = await startTestServer({ env: { OUTBOX_RETRY_SECONDS: '1' }, outboxPollMs: 50 });
});
afterAll(() => test.close());

const add = (name: string, overrides = {}) =>
  test.as('sales')(`/api/customers/${CUSTOMER}/contacts`, {
    ...json('POST', buildContactInput({ name, ...overrides })),
    headers: { 'content-type': 'application/json', 'idempotency-key': `steps-${keys++}` },
  });

async function entryFor(name: string): Promise<AuditEntry> {
  const page = (await (await test.api(`/api/audit?customerId=${CUSTOMER}`)).json()) as AuditPage;
  const entry = page.entries.find((candidate) => candidate.fields.name === name);
  if (!entry) throw new Error(`no audit entry for ${name}`);
  return entry;
}
const kinds = async (name: string) => (await entryFor(name)).steps.map((step) => step.kind);
const codes = (entry: AuditEntry) => entry.steps.map((step) => step.code);
const stateOf = async (id: string) =>
  ((await (await test.api(`/api/submissions/${id}`)).json()) as Submission).state;

describe('the audit entry of an add that took more than one attempt', () => {
  it('when Komet saved it but the answer was lost, then the entry says so and that it was found', async () => {
    test.simulator.faults.next({ kind: 'commit-then-drop' }, { method: 'customer.contact.add' });
    expect((await add('Steps Found')).status).toBe(201);
    const entry = await entryFor('Steps Found');
    expect(entry.outcome).toBe('saved');
    expect(entry.steps.map((step) => step.kind)).toEqual(['komet-failed', 'found']);
    expect(entry.steps[1]!.message).toContain(entry.contactId!);
    expect(entry.steps).toMatchObject([
      { code: 'komet-failed', data: { cause: 'unavailable', reason: entry.steps[0]!.message } },
      { code: 'found', data: { contactId: entry.contactId } },
    ]);
  });

  it('when Komet was down, then the entry shows the failure, the wait, the look-up and the send', async () => {
    await test.simulator.outage(true);
    const response = await add('Steps Queued');
    await test.simulator.outage(false);
    const { submissionId } = (await response.json()) as QueuedResponse;
    await expect.poll(() => stateOf(submissionId), { timeout: 10_000 }).toBe('sent');
    expect(await kinds('Steps Queued')).toEqual([
      'komet-failed',
      'look-up-failed',
      'queued',
      'not-found',
      'sent',
    ]);
    const entry = await entryFor('Steps Queued');
    expect(entry.outcome).toBe('saved');
    expect(codes(entry)).toEqual([
      'komet-failed',
      'look-up-failed',
      'queued',
      'retry-not-found',
      'retry-sent',
    ]);
    expect(entry.steps.slice(2)).toMatchObject([
      { data: { submissionId, nextAttemptAt: expect.any(String) } },
      { data: { attempt: 1 } },
      { data: { attempt: 1, contactId: entry.contactId } },
    ]);
  });

  it('when Komet refused it later and its owner corrected it, then both are steps and the outcome follows', async () => {
    await test.simulator.outage(true);
    const response = await add('Steps Fixed', { type: 'Logistics' });
    await test.simulator.outage(false);
    const { submissionId } = (await response.json()) as QueuedResponse;
    await expect.poll(() => stateOf(submissionId), { timeout: 10_000 }).toBe('refused');
    expect((await entryFor('Steps Fixed')).outcome).toBe('refused');

    const contact = buildContactInput({ name: 'Steps Fixed', type: 'Buyer' });
    await test.as('sales')(`/api/submissions/${submissionId}/resend`, json('POST', { contact }));
    await expect.poll(() => stateOf(submissionId), { timeout: 10_000 }).toBe('sent');
    const entry = await entryFor('Steps Fixed');
    expect(entry.steps.map((step) => step.kind).slice(-3)).toEqual([
      'refused',
      'corrected',
      'sent',
    ]);
    expect(entry.steps.at(-2)!.message).toMatch(/^Sally Sales corrected it \(changed type\)/);
    expect(entry.steps.at(-2)).toMatchObject({
      code: 'corrected',
      data: { by: 'Sally Sales', changed: ['type'] },
    });
    expect(entry.steps.at(-3)).toMatchObject({
      code: 'retry-refused',
      data: { kometMessage: expect.stringContaining('Logistics') },
    });
    expect(entry.outcome).toBe('saved');
  });

  it('when its owner discards it while it waits, then the entry says it never reached Komet', async () => {
    await test.simulator.outage(true);
    try {
      const response = await add('Steps Discarded');
      const { submissionId } = (await response.json()) as QueuedResponse;
      const discard = await test.as('sales')(`/api/submissions/${submissionId}`, {
        method: 'DELETE',
      });
      expect(discard.status).toBe(204);
    } finally {
      await test.simulator.outage(false);
    }
    const entry = await entryFor('Steps Discarded');
    expect(entry.steps.at(-1)).toMatchObject({
      kind: 'discarded',
      code: 'discarded',
      data: { by: 'Sally Sales' },
    });
    expect(entry).toMatchObject({ outcome: 'failed', message: expect.stringMatching(/discarded/) });
  });

  it('when the trail is read, then each step’s English is the sentence its code makes of its data', async () => {
    const page = (await (await test.api(`/api/audit?customerId=${CUSTOMER}`)).json()) as AuditPage;
    // Steps recorded before codes have none: the test below.
    const steps = page.entries.flatMap((entry) => entry.steps.filter((step) => step.code));
    expect(steps.length).toBeGreaterThan(5);
    for (const step of steps) {
      expect(auditStep(step.code!, step.data as never)).toEqual({
        kind: step.kind,
        code: step.code,
        data: step.data,
        message: step.message,
      });
    }
  });

  it('when a step was recorded before steps had codes, then it comes back with its English alone', async () => {
    await add('Steps Old');
    const { id } = await entryFor('Steps Old');
    const old = { at: '2026-01-05T10:00:00.000Z', kind: 'queued', message: 'Kept here.' } as const;
    await test.storage.audit.step(Number(id), old);
    expect((await entryFor('Steps Old')).steps).toStrictEqual([old]);
  });
});
