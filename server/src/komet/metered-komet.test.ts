import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AuditPage, KometUsage } from '../contract';
import { buildContactInput } from '../contract/testing';
import { actingAs, inBackground } from '../auth/acting-user';
import { openStorage } from '../db/storage';
import { ProblemError } from '../errors';
import { createLogger } from '../logger';
import { HOUR_MS, testClock } from '../testing/clock';
import { json, problemOf } from '../testing/requests';
import { startTestServer, type TestServer } from '../testing/test-server';
import type { Komet } from './komet';
import { meteredKomet } from './metered-komet';

describe('the daily Komet budget, over HTTP (KOMET_DAILY_CALLS=5)', () => {
  // Late in a UTC day, so the next day is an hour and a half away and sessions stay alive.
  const clock = testClock('2026-03-02T23:00:00Z');
  let test: TestServer;
  beforeAll(async () => {
    test = await startTestServer({ now: clock.now, env: { KOMET_DAILY_CALLS: '5' } });
  });
  afterAll(() => test.close());

  const usage = async () => {
    const response = await test.api('/api/usage');
    expect(response.status).toBe(200);
    return (await response.json()) as KometUsage;
  };
  const add = (customerId = '4242') =>
    test.as('sales')(`/api/customers/${customerId}/contacts`, json('POST', buildContactInput()));
  const adds = () => test.simulator.calls('customer.contact.add');

  /** Adds contacts until today's budget is used up. */
  async function spendTheBudget() {
    const { total, limit } = await usage();
    for (let i = total; i < limit; i++) expect((await add()).status).toBe(201);
  }

  it('when people call Komet, then usage counts each call by user and by method, the start-up load as system', async () => {
    expect((await test.as('sales')('/api/customers/4243/contacts')).status).toBe(200);
    expect((await add('4243')).status).toBe(201);
    const byStaff = await test.as('support')(
      '/api/customers/4243/contacts',
      json('POST', buildContactInput()),
    );
    expect(byStaff.status).toBe(201);

    expect(await usage()).toStrictEqual({
      day: '2026-03-02',
      limit: 5,
      total: 4,
      byUser: [
        { username: 'sally', calls: 2 },
        { username: 'sam', calls: 1 },
        { username: 'system', calls: 1 },
      ],
      byMethod: [
        { method: 'customer.contact.add', calls: 2 },
        { method: 'customer.contact.list', calls: 1 },
        { method: 'customer.list', calls: 1 },
      ],
    });
  });

  it('when the budget is spent, then an add is kept for later (202) and an edit refused with 429 naming the limit; Komet gets nothing', async () => {
    await spendTheBudget();
    const before = adds();

    const response = await add();
    expect(response.status).toBe(202);
    const trail = (await (await test.api('/api/audit?customerId=4242')).json()) as AuditPage;
    expect(trail.entries[0]).toMatchObject({
      outcome: 'queued',
      message: expect.stringMatching(/\b5 Komet calls \(KOMET_DAILY_CALLS\)/),
    });

    const contact = test.simulator.store.contacts.get('4243')![0]!;
    const { id, ...fields } = contact;
    const edit = await test.as('support')(
      `/api/customers/4243/contacts/${id}`,
      json('PUT', { contact: fields, expected: fields }),
    );
    const problem = await problemOf(edit, 429);
    expect(problem.code).toBe('budget-spent');
    expect(problem.detail).toMatch(/\b5 Komet calls \(KOMET_DAILY_CALLS\)/);
    expect(adds()).toBe(before);
    expect((await usage()).total).toBe(5);
  });

  it('when a new UTC day begins, then usage starts at 0 and adds reach Komet again', async () => {
    await spendTheBudget();
    const kept = (await (await add()).json()) as { submissionId: string };
    // Discarded, so the outbox worker does not send it while this test counts adds.
    for (const { id } of await test.storage.submissions.list({ states: ['queued'] })) {
      await test.storage.submissions.discard(id, new Date(clock.now()).toISOString());
    }
    expect(kept.submissionId).toBeDefined();

    clock.advance(1.5 * HOUR_MS);

    expect(await usage()).toStrictEqual({
      day: '2026-03-03',
      limit: 5,
      total: 0,
      byUser: [],
      byMethod: [],
    });
    const before = adds();
    expect((await add()).status).toBe(201);
    expect(adds()).toBe(before + 1);
  });
});

describe('meteredKomet, for background work', () => {
  it('when background refreshes reach 90 % of the budget, then they stop, and people still get the last tenth', async () => {
    const storage = await openStorage({ memory: true });
    const fake = {
      listCustomers: vi.fn<Komet['listCustomers']>(() => Promise.resolve([])),
      addContact: vi.fn<Komet['addContact']>(() =>
        Promise.resolve({ contactId: '1', message: 'Saved' }),
      ),
      updateContact: vi.fn<Komet['updateContact']>(),
      deleteContact: vi.fn<Komet['deleteContact']>(),
      listContacts: vi.fn<Komet['listContacts']>(),
    };
    const komet = meteredKomet(fake, {
      calls: storage.kometCalls,
      dailyCalls: 10,
      logger: createLogger({ secrets: [], silent: true }),
      now: () => Date.parse('2026-03-02T12:00:00Z'),
    });
    const outcome = (call: Promise<unknown>) =>
      call.then(
        () => 'called',
        (error: unknown) => (error instanceof ProblemError ? error.problem.code : String(error)),
      );

    const refreshes = [];
    for (let i = 0; i < 10; i++)
      refreshes.push(await outcome(inBackground(() => komet.listCustomers())));
    const asSally = () =>
      actingAs({ username: 'sally' }, () => komet.addContact('4242', buildContactInput()));
    const adds = [await outcome(asSally()), await outcome(asSally())];

    expect(refreshes).toEqual([...Array.from({ length: 9 }, () => 'called'), 'budget-spent']);
    expect(adds).toEqual(['called', 'budget-spent']);
    expect(fake.listCustomers).toHaveBeenCalledTimes(9);
    expect(fake.addContact).toHaveBeenCalledTimes(1);
    expect((await storage.kometCalls.usage('2026-03-02', 10)).byUser).toEqual([
      { username: 'system', calls: 9 },
      { username: 'sally', calls: 1 },
    ]);
    await storage.close();
  });
});
