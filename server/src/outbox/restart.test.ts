import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueuedResponse, Submission } from '../contract';
import { buildContactInput } from '../contract/testing';
import { openStorage } from '../db/storage';
import { seededStorage, startTestServer, type TestServer } from '../testing/test-server';

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'komet-contacts-restart-'));
  // Seeded once: the users (and everything else) must outlive each server on this file.
  await (await seededStorage(Date.now(), { dataDir })).close();
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

/** A server on the database file, as after a restart: same state, new process memory. */
const serverOnFile = async () =>
  startTestServer({
    storage: await openStorage({ dataDir }),
    env: { OUTBOX_RETRY_SECONDS: '1' },
    outboxPollMs: 50,
  });

const add = (server: TestServer, key: string, name: string) =>
  server.api('/api/customers/4242/contacts', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': key },
    body: JSON.stringify(buildContactInput({ name })),
  });

describe('after a restart', () => {
  it('when a saved add is repeated with its key, then the recorded answer comes back without a Komet call', async () => {
    const before = await serverOnFile();
    const first = await add(before, 'restart-key-1', 'Before Restart');
    expect(first.status).toBe(201);
    const answer: unknown = await first.json();
    await before.close();

    const after = await serverOnFile();
    try {
      const again = await add(after, 'restart-key-1', 'Before Restart');
      expect(again.status).toBe(201);
      expect(await again.json()).toEqual(answer);
      expect(after.simulator.calls('customer.contact.add')).toBe(0);
    } finally {
      await after.close();
    }
  });

  it('when a saved update is repeated with its key, then the recorded answer comes back without a Komet call', async () => {
    const before = await serverOnFile();
    // The simulator starts from the same seed each time, so this contact is there after too.
    const { id, ...fields } = before.simulator.store.contacts.get('4243')![0]!;
    const update = (server: TestServer) =>
      server.api(`/api/customers/4243/contacts/${id}`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', 'idempotency-key': 'restart-key-3' },
        body: JSON.stringify({ contact: { ...fields, name: 'Renamed Before' }, expected: fields }),
      });
    const first = await update(before);
    expect(first.status).toBe(200);
    const answer: unknown = await first.json();
    await before.close();

    const after = await serverOnFile();
    try {
      const again = await update(after);
      expect(again.status).toBe(200);
      expect(await again.json()).toEqual(answer);
      expect(after.simulator.calls('customer.contact.list')).toBe(0);
      expect(after.simulator.calls('customer.contact.update')).toBe(0);
    } finally {
      await after.close();
    }
  });

  it('when an add was kept for later, then the next server sends it, once', async () => {
    const before = await serverOnFile();
    await before.simulator.outage(true);
    const kept = await add(before, 'restart-key-2', 'Kept Over Restart');
    expect(kept.status).toBe(202);
    const { submissionId } = (await kept.json()) as QueuedResponse;
    await before.close();

    const after = await serverOnFile();
    try {
      const state = async () =>
        ((await (await after.api(`/api/submissions/${submissionId}`)).json()) as Submission).state;
      await expect.poll(state, { timeout: 10_000 }).toBe('sent');
      const named = after.simulator.store.contacts
        .get('4242')!
        .filter((contact) => contact.name === 'Kept Over Restart');
      expect(named).toHaveLength(1);
    } finally {
      await after.close();
    }
  });
});
