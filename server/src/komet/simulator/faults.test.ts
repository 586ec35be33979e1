import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildContactInput } from '../../contract/testing';
import { createHttpKomet } from '../http-komet';
import { KometRejectedError, KometUnavailableError, type Komet } from '../komet';
import type { Fault } from './faults';
import { startKometSimulator, type KometSimulator } from './simulator';

// The app's own Komet client against the simulator: what each fault looks like to the server.
const TOKEN = 'fault-test-token';
let simulator: KometSimulator;
let komet: Komet;

beforeAll(async () => {
  simulator = await startKometSimulator({ token: TOKEN });
  komet = createHttpKomet({ baseUrl: simulator.url, token: TOKEN, timeoutMs: 2000 });
});
afterEach(async () => {
  simulator.faults.clear();
  await simulator.outage(false);
});
afterAll(() => simulator.close());

const contactsOf = (customerId: string) => simulator.store.contacts.get(customerId) ?? [];
const failureOf = (call: Promise<unknown>) =>
  call.then(
    () => undefined,
    (error: unknown) => error,
  );

describe('a status-0 "Service temporarily unavailable"', () => {
  it('when Komet answers it to an add, then Komet is unavailable, nothing was written, and nothing was saved', async () => {
    simulator.faults.next({ kind: 'unavailable-message' }, { method: 'customer.contact.add' });
    const before = contactsOf('4242').length;
    const error = await failureOf(komet.addContact('4242', buildContactInput()));
    expect(error).toBeInstanceOf(KometUnavailableError);
    expect(error).not.toBeInstanceOf(KometRejectedError);
    expect(error).toMatchObject({ mayHaveWritten: false });
    expect(contactsOf('4242')).toHaveLength(before);
  });
});

describe('commit-then-drop', () => {
  it('when Komet saves an add and drops the connection, then the contact is in Komet and the client is told it may have been written', async () => {
    simulator.faults.next({ kind: 'commit-then-drop' }, { method: 'customer.contact.add' });
    const contact = buildContactInput({ name: 'Dropped After Saving' });
    const error = await failureOf(komet.addContact('4242', contact));
    expect(error).toBeInstanceOf(KometUnavailableError);
    expect(error).toMatchObject({ mayHaveWritten: true });
    expect(contactsOf('4242').filter((saved) => saved.name === contact.name)).toHaveLength(1);
  });

  it('when it hits a read, then the read fails as unavailable without claiming a write', async () => {
    simulator.faults.next({ kind: 'commit-then-drop' }, { method: 'customer.contact.list' });
    const error = await failureOf(komet.listContacts('4242'));
    expect(error).toMatchObject({ name: 'KometUnavailableError', mayHaveWritten: false });
  });
});

describe('hold', () => {
  it('when a call is held, then it is answered only once the test releases it', async () => {
    simulator.faults.next({ kind: 'hold' }, { method: 'customer.contact.list' });
    let answered = false;
    const listing = komet.listContacts('4242').then((contacts) => {
      answered = true;
      return contacts;
    });
    await expect.poll(() => simulator.calls('customer.contact.list')).toBeGreaterThan(0);
    // A call about the same customer that is not held goes through meanwhile.
    await komet.listContacts('4242');
    expect(answered).toBe(false);
    simulator.faults.release();
    expect((await listing).length).toBeGreaterThan(0);
  });
});

describe('a fault aimed at one customer', () => {
  it('when a customer is targeted, then only its calls misbehave, for as long as asked', async () => {
    simulator.faults.next(
      { kind: 'reject', message: 'Customer on credit hold.' },
      { customerId: '4243', times: Infinity },
    );
    await expect(komet.addContact('4242', buildContactInput())).resolves.toBeDefined();
    for (let attempt = 0; attempt < 3; attempt++) {
      await expect(komet.addContact('4243', buildContactInput())).rejects.toThrow(
        'Customer on credit hold.',
      );
    }
    await expect(komet.listContacts('4243')).rejects.toBeInstanceOf(KometRejectedError);
    simulator.faults.clear();
    await expect(komet.addContact('4243', buildContactInput())).resolves.toBeDefined();
  });
});

describe('an outage', () => {
  it('when Komet is down behind its gateway, then every call is unavailable until the outage ends', async () => {
    await simulator.outage(true);
    const before = contactsOf('4242').length;
    await expect(komet.listCustomers()).rejects.toThrow('Komet answered HTTP 503');
    const error = await failureOf(komet.addContact('4242', buildContactInput()));
    // A gateway's 503 does not prove the add never reached Komet.
    expect(error).toMatchObject({ name: 'KometUnavailableError', mayHaveWritten: true });
    expect(contactsOf('4242')).toHaveLength(before);
    await simulator.outage(false);
    await expect(komet.listCustomers()).resolves.not.toHaveLength(0);
  });

  it('when nothing listens any more, then connections are refused, a write is known not to have happened, and the same URL serves again after', async () => {
    // A simulator of its own: no connection kept alive from earlier calls, which the outage
    // would reset rather than refuse (and a reset may follow a write).
    const unreachable = await startKometSimulator({ token: TOKEN });
    const client = createHttpKomet({ baseUrl: unreachable.url, token: TOKEN, timeoutMs: 2000 });
    try {
      await unreachable.outage(true, { as: 'refused' });
      const error = await failureOf(client.addContact('4242', buildContactInput()));
      expect(error).toMatchObject({ name: 'KometUnavailableError', mayHaveWritten: false });
      expect(unreachable.calls()).toBe(0);
      await unreachable.outage(false);
      await expect(client.listContacts('4242')).resolves.not.toHaveLength(0);
    } finally {
      await unreachable.close();
    }
  });
});

describe('random faults', () => {
  const kinds: Fault[] = [
    { kind: 'http-error', status: 502 },
    { kind: 'unavailable-message' },
    { kind: 'reject', message: 'Random refusal.' },
  ];

  /** What 40 reads in a row meet: 'ok' or the error's name. */
  async function outcomes(seed: number, rate: number): Promise<string[]> {
    simulator.faults.random({ rate, kinds, seed, method: 'customer.contact.list' });
    const seen: string[] = [];
    for (let call = 0; call < 40; call++) {
      const error = await failureOf(komet.listContacts('4242'));
      seen.push(error instanceof Error ? `${error.name}: ${error.message}` : 'ok');
    }
    simulator.faults.random(undefined);
    return seen;
  }

  it('when the same seed is used again, then the same calls meet the same faults', async () => {
    const first = await outcomes(11, 0.3);
    expect(await outcomes(11, 0.3)).toEqual(first);
    expect(await outcomes(12, 0.3)).not.toEqual(first);
  });

  it('when a rate is given, then about that share of calls misbehave, of every kind asked for', async () => {
    const seen = await outcomes(5, 0.3);
    const failed = seen.filter((outcome) => outcome !== 'ok');
    expect(failed.length).toBeGreaterThanOrEqual(6);
    expect(failed.length).toBeLessThanOrEqual(18);
    expect(new Set(failed.map((outcome) => outcome.split(':')[0]))).toEqual(
      new Set(['KometUnavailableError', 'KometRejectedError']),
    );
    expect(await outcomes(5, 0)).toEqual(Array(40).fill('ok'));
  });

  it('when a fault is also armed, then the armed one comes first', async () => {
    simulator.faults.random({ rate: 1, kinds: [{ kind: 'non-json' }], seed: 1 });
    simulator.faults.next({ kind: 'reject', message: 'Armed first.' });
    await expect(komet.listContacts('4242')).rejects.toThrow('Armed first.');
    await expect(komet.listContacts('4242')).rejects.toThrow('other than JSON');
  });
});
