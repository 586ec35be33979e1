import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditPage, QueuedResponse, Submission } from '../contract';
import { buildContactInput } from '../contract/testing';
import { json } from '../testing/requests';
import { startTestServer, type TestServer } from '../testing/test-server';

// The issue's own report: Komet answered after our timeout, and a second attempt added it again.
let test: TestServer;
beforeAll(async () => {
  test = await startTestServer({
    env: { KOMET_TIMEOUT_MS: '300', OUTBOX_RETRY_SECONDS: '1' },
    outboxPollMs: 50,
  });
});
afterAll(() => test.close());

describe('Komet saves an add only after we stopped waiting', () => {
  it('when the look-up right after the timeout does not find it yet, then the worker looks again before sending, and Komet has it once', async () => {
    // Saved 1 s after it was sent: after our 300 ms timeout and after our first look-up.
    test.simulator.faults.next({ kind: 'delay', ms: 1000 }, { method: 'customer.contact.add' });
    const response = await test.api(`/api/customers/4242/contacts`, {
      ...json('POST', buildContactInput({ name: 'Late Saver' })),
      headers: { 'content-type': 'application/json', 'idempotency-key': 'late-saver' },
    });
    expect(response.status).toBe(202);
    const { submissionId } = (await response.json()) as QueuedResponse;

    const state = async () =>
      ((await (await test.api(`/api/submissions/${submissionId}`)).json()) as Submission).state;
    await expect.poll(state, { timeout: 10_000 }).toBe('sent');
    const named = test.simulator.store.contacts
      .get('4242')!
      .filter((contact) => contact.name === 'Late Saver');
    expect(named).toHaveLength(1);
    const page = (await (await test.api('/api/audit?customerId=4242')).json()) as AuditPage;
    const entry = page.entries.find((candidate) => candidate.fields.name === 'Late Saver')!;
    expect(entry.steps.map((step) => step.kind)).toEqual([
      'komet-failed',
      'not-found',
      'queued',
      'found',
    ]);
  });
});
