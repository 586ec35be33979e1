import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildContactInput } from '../contract/testing';
import type { Komet } from './komet';
import { KometBusyError, perCustomerLimit } from './per-customer-limit';

/** A Komet whose calls wait until the test answers them, recording the order they were sent. */
function heldKomet() {
  const sent: string[] = [];
  const pending = new Map<string, () => void>();
  const failing = new Map<string, () => void>();
  const hold = <T>(label: string, value: T) =>
    new Promise<T>((resolve, reject) => {
      sent.push(label);
      pending.set(label, () => resolve(value));
      failing.set(label, () => reject(new Error(`${label} failed`)));
    });
  const komet: Komet = {
    listCustomers: () => hold('customers', []),
    addContact: (customerId, contact) =>
      hold(`add ${customerId} ${contact.name}`, { contactId: '1', message: 'saved' }),
    updateContact: (customerId, contactId) =>
      hold(`update ${customerId} ${contactId}`, { contactId, message: 'updated' }),
    deleteContact: (customerId, contactId) =>
      hold(`delete ${customerId} ${contactId}`, { contactId, message: 'deleted' }),
    listContacts: (customerId) => hold(`list ${customerId}`, []),
  };
  return {
    komet,
    sent,
    answer: (label: string) => pending.get(label)!(),
    fail: (label: string) => failing.get(label)!(),
  };
}

const add = (komet: Komet, customerId: string, name: string) =>
  komet.addContact(customerId, buildContactInput({ name }));

/** Lets every promise callback that can run, run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

afterEach(() => {
  vi.useRealTimers();
});

describe('calls about one customer', () => {
  it('when more than two are made at once, then two reach Komet and the others follow in order as those end', async () => {
    const held = heldKomet();
    const limited = perCustomerLimit(held.komet, { inFlight: 2, waiting: 16, maxWaitMs: 60_000 });
    const calls = ['A', 'B', 'C', 'D'].map((name) => add(limited, '4242', name));
    await settle();
    expect(held.sent).toEqual(['add 4242 A', 'add 4242 B']);

    held.fail('add 4242 B');
    await expect(calls[1]).rejects.toThrow('add 4242 B failed');
    await settle();
    expect(held.sent).toEqual(['add 4242 A', 'add 4242 B', 'add 4242 C']);

    held.answer('add 4242 A');
    held.answer('add 4242 C');
    await settle();
    held.answer('add 4242 D');
    await expect(Promise.all([calls[0], calls[2], calls[3]])).resolves.toHaveLength(3);
  });

  it('when one customer has calls waiting, then calls about another customer and the customer list go straight to Komet', async () => {
    const held = heldKomet();
    const limited = perCustomerLimit(held.komet, { inFlight: 2, waiting: 16, maxWaitMs: 60_000 });
    for (const name of ['A', 'B', 'C']) void add(limited, '4242', name);
    const other = limited.listContacts('1273');
    const customers = limited.listCustomers();
    await settle();
    expect(held.sent.toSorted()).toEqual(['add 4242 A', 'add 4242 B', 'customers', 'list 1273']);
    held.answer('list 1273');
    held.answer('customers');
    await expect(Promise.all([other, customers])).resolves.toEqual([[], []]);
  });

  it('when as many calls are already waiting as allowed, then the next is refused at once, unsent, saying nothing was written', async () => {
    const held = heldKomet();
    const limited = perCustomerLimit(held.komet, { inFlight: 2, waiting: 3, maxWaitMs: 60_000 });
    for (const name of ['A', 'B', 'C', 'D', 'E']) void add(limited, '4242', name);
    const refused = await limited.listContacts('4242').catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(KometBusyError);
    expect(refused).toMatchObject({
      name: 'KometBusyError',
      mayHaveWritten: false,
      message:
        'Komet has not yet answered earlier calls about customer 4242; this one found 3 calls already waiting and was not sent',
    });
    await settle();
    expect(held.sent).not.toContain('list 4242');
  });

  it('when a call waits longer than allowed, then it is refused, never sent, and the queue moves on without it', async () => {
    vi.useFakeTimers();
    const held = heldKomet();
    const limited = perCustomerLimit(held.komet, { inFlight: 1, waiting: 16, maxWaitMs: 15_000 });
    void add(limited, '4242', 'A');
    const waiting = add(limited, '4242', 'B').catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(10_000);
    const later = add(limited, '4242', 'C');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(await waiting).toMatchObject({
      name: 'KometBusyError',
      message: expect.stringContaining('this one waited 15 s and was not sent'),
    });

    held.answer('add 4242 A');
    await vi.advanceTimersByTimeAsync(0);
    expect(held.sent).toEqual(['add 4242 A', 'add 4242 C']);
    held.answer('add 4242 C');
    await expect(later).resolves.toEqual({ contactId: '1', message: 'saved' });
  });
});
