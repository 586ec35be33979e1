import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from '../config';
import { DATABASES } from '../testing/databases';
import type { DatabaseLocation } from './database';
import { freshPostgres } from './fresh-postgres';
import { openStorage, type Storage } from './storage';

const postgresUrl = testDatabaseUrl();

const AT = '2026-11-30T10:00:00.000Z';

describe.each(DATABASES)('the storage on %s', (_name, create) => {
  let location: DatabaseLocation;
  let drop: () => Promise<void>;
  let storage: Storage;
  beforeAll(async () => {
    ({ location, drop } = await create());
    storage = await openStorage(location);
  });
  afterAll(async () => {
    await storage.close();
    await drop();
  });

  it('when opened again, then the migrations are not run twice and the data is kept', async () => {
    await storage.users.create(
      { username: 'kept', name: 'Kept', role: 'sales', passwordHash: 'h' },
      AT,
    );
    const again = await openStorage(location);
    expect((await again.users.find('kept'))?.name).toBe('Kept');
    await again.close();
  });

  it('when users are created and changed, then they read back typed, and a username is taken once', async () => {
    const user = await storage.users.create(
      { username: 'ana', name: 'Ana', role: 'support', passwordHash: 'hash' },
      AT,
    );
    expect(user).toMatchObject({ username: 'ana', role: 'support', disabled: false, demo: false });
    await storage.users.update(user.id, { role: 'admin', disabled: true });
    expect(await storage.users.find('ana')).toMatchObject({ role: 'admin', disabled: true });
    await expect(
      storage.users.create(
        { username: 'ana', name: 'Other', role: 'sales', passwordHash: 'h' },
        AT,
      ),
    ).rejects.toThrow();
    expect(await storage.users.countEnabledAdmins()).toBe(0);
  });

  it('when sessions are used, then they are found, touched, and dropped per user or when expired', async () => {
    const user = await storage.users.create(
      { username: 'sid', name: 'Sid', role: 'sales', passwordHash: 'h' },
      AT,
    );
    await storage.sessions.create('hash-1', user.id, AT);
    await storage.sessions.create('hash-2', user.id, '2026-11-01T10:00:00.000Z');
    expect(await storage.sessions.find('hash-1')).toMatchObject({
      user: { username: 'sid', role: 'sales' },
    });
    await storage.sessions.touch('hash-1', '2026-11-30T11:00:00.000Z');
    expect((await storage.sessions.find('hash-1'))?.lastSeenAt).toBe('2026-11-30T11:00:00.000Z');
    await storage.sessions.deleteExpired('2026-11-30T00:00:00.000Z', '2026-11-15T00:00:00.000Z');
    expect(await storage.sessions.find('hash-2')).toBeUndefined();
    await storage.sessions.deleteForUser(user.id);
    expect(await storage.sessions.find('hash-1')).toBeUndefined();
  });

  it('when audit entries are begun and completed, then they list newest first, filtered and paged', async () => {
    const entry = (customerId: string, action: 'add' | 'update') => ({
      at: AT,
      username: 'ana',
      userName: 'Ana',
      customerId,
      customerName: `Customer ${customerId}`,
      contactId: null,
      action,
      fields: { name: 'Lía Ñandú', type: 'Buyer' },
      before: null,
    });
    const first = await storage.audit.begin(entry('1', 'add'));
    await storage.audit.begin(entry('1', 'update'));
    await storage.audit.begin(entry('2', 'add'));
    await storage.audit.complete(first, {
      outcome: 'saved',
      message: 'ok',
      contactId: '99',
      at: AT,
    });
    const page = await storage.audit.list({ customerId: '1', limit: 1 });
    expect(page.entries.map((e) => [e.action, e.outcome])).toEqual([['update', 'unknown']]);
    const next = await storage.audit.list({
      customerId: '1',
      limit: 1,
      beforeId: Number(page.next),
    });
    expect(next.entries).toEqual([
      expect.objectContaining({
        contactId: '99',
        outcome: 'saved',
        fields: { name: 'Lía Ñandú', type: 'Buyer' },
      }),
    ]);
    expect(next.next).toBeNull();
    expect((await storage.audit.list({ action: 'add', limit: 10 })).entries).toHaveLength(2);
  });

  it('when many calls race for the last of the budget, then exactly the ceiling is taken', async () => {
    const day = '2026-11-30';
    const takes = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        storage.kometCalls.take({ day, username: `u${i % 3}`, method: 'customer.contact.add' }, 10),
      ),
    );
    expect(takes.filter((refusal) => refusal === undefined)).toHaveLength(10);
    const usage = await storage.kometCalls.usage(day, 10);
    expect(usage.total).toBe(10);
    expect(usage.byMethod).toEqual([{ method: 'customer.contact.add', calls: 10 }]);
  });

  it('when one idempotency key is claimed at once by many, then exactly one runs and the rest see it', async () => {
    const row = { username: 'ana', key: 'k-1', fingerprint: 'f' };
    const claims = await Promise.all(
      Array.from({ length: 5 }, () =>
        storage.idempotencyKeys.claim(row, AT, '2026-12-01T10:00:00.000Z'),
      ),
    );
    expect(claims.map((c) => c.kind).sort()).toEqual([
      'claimed',
      'running',
      'running',
      'running',
      'running',
    ]);
    expect(
      (await storage.idempotencyKeys.claim({ ...row, fingerprint: 'other' }, AT, AT)).kind,
    ).toBe('mismatch');
    await storage.idempotencyKeys.finish('ana', 'k-1', {
      status: 201,
      body: { contactId: '7' },
      location: '/x',
    });
    expect(await storage.idempotencyKeys.claim(row, AT, AT)).toEqual({
      kind: 'done',
      answer: { status: 201, body: { contactId: '7' }, location: '/x' },
    });
  });

  it("when the outbox holds several customers' adds, then each customer's go out in order, one at a time", async () => {
    const enqueue = (customerId: string, name: string) =>
      storage.submissions.enqueue({
        username: 'ana',
        userName: 'Ana',
        customerId,
        customerName: customerId,
        contact: { name, type: 'Buyer' },
        mayHaveWritten: false,
        beforeIds: null,
        auditId: null,
        message: null,
        at: AT,
        nextAttemptAt: AT,
      });
    const a1 = await enqueue('A', 'a1');
    const a2 = await enqueue('A', 'a2');
    const b1 = await enqueue('B', 'b1');
    const lease = '2026-11-30T10:01:00.000Z';
    expect((await storage.submissions.claimNext(AT, lease))?.id).toBe(a1.id);
    // a2 waits behind a1, which is being sent: b1 goes next.
    expect((await storage.submissions.claimNext(AT, lease))?.id).toBe(b1.id);
    expect(await storage.submissions.claimNext(AT, lease)).toBeUndefined();
    await storage.submissions.settle(a1.id, { state: 'sent', contactId: '1', message: null }, AT);
    const next = await storage.submissions.claimNext(AT, lease);
    expect(next).toMatchObject({ id: a2.id, state: 'sending', attempts: 1 });
    // Its worker died: once the lease lapses it is taken again, and looked for before resending.
    const later = '2026-11-30T10:02:00.000Z';
    expect(await storage.submissions.claimNext(later, '2026-11-30T10:03:00.000Z')).toMatchObject({
      id: a2.id,
      attempts: 2,
      mayHaveWritten: true,
    });
  });

  it('when sign-in failures are recorded, then they read back and clear', async () => {
    const state = { failures: 2, lockedUntil: null, lastFailedAt: AT };
    await storage.signInFailures.set('user:ana', state);
    expect(await storage.signInFailures.get('user:ana')).toEqual(state);
    await storage.signInFailures.clear('user:ana');
    expect(await storage.signInFailures.get('user:ana')).toBeUndefined();
  });
});

// Defined only with a PostgreSQL server to run on (.ci/run starts one), so nothing is skipped.
if (postgresUrl) {
  describe('two app processes on one PostgreSQL database', () => {
    it('when both workers claim from one outbox at once, then no item is claimed twice and each customer’s stay in order', async () => {
      const { url, drop } = await freshPostgres(postgresUrl);
      const [a, b] = [
        await openStorage({ databaseUrl: url }),
        await openStorage({ databaseUrl: url }),
      ];
      try {
        const enqueued = [];
        for (let i = 0; i < 24; i++) {
          const item = await a.submissions.enqueue({
            username: 'ana',
            userName: 'Ana',
            customerId: `C${i % 4}`,
            customerName: 'C',
            contact: { name: `n${i}`, type: 'Buyer' },
            mayHaveWritten: false,
            beforeIds: null,
            auditId: null,
            message: null,
            at: AT,
            nextAttemptAt: AT,
          });
          enqueued.push(item.id);
        }
        const claimed: { id: string; customerId: string }[] = [];
        const work = async (storage: Storage) => {
          for (;;) {
            const item = await storage.submissions.claimNext(AT, '2026-11-30T11:00:00.000Z');
            if (!item) {
              // Nothing claimable now may mean another customer's item is being sent: look again
              // until every item is sent.
              if (claimed.length === enqueued.length) return;
              await new Promise((resolve) => setTimeout(resolve, 5));
              continue;
            }
            claimed.push({ id: item.id, customerId: item.customerId });
            await storage.submissions.settle(
              item.id,
              { state: 'sent', contactId: item.id, message: null },
              AT,
            );
          }
        };
        await Promise.all([work(a), work(b), work(a), work(b)]);
        expect(claimed.map((item) => item.id).sort()).toEqual([...enqueued].sort());
        for (const customer of ['C0', 'C1', 'C2', 'C3']) {
          const order = claimed
            .filter((item) => item.customerId === customer)
            .map((item) => Number(item.id));
          expect(order).toEqual([...order].sort((x, y) => x - y));
        }
      } finally {
        await a.close();
        await b.close();
        await drop();
      }
    });

    it('when both spend the daily budget at once, then together they never pass it', async () => {
      const { url, drop } = await freshPostgres(postgresUrl);
      const [a, b] = [
        await openStorage({ databaseUrl: url }),
        await openStorage({ databaseUrl: url }),
      ];
      try {
        const day = '2026-11-30';
        const take = (storage: Storage, i: number) =>
          storage.kometCalls.take({ day, username: 'x', method: `m${i % 2}` }, 15);
        const takes = await Promise.all(
          Array.from({ length: 40 }, (_, i) => take(i % 2 ? a : b, i)),
        );
        expect(takes.filter((refusal) => refusal === undefined)).toHaveLength(15);
      } finally {
        await a.close();
        await b.close();
        await drop();
      }
    });
  });
}
