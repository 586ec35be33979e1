import { describe, expect, it } from 'vitest';
import type { Contact } from '../contract';
import type { Komet } from '../komet/komet';
import { MINUTE_MS, testClock } from '../testing/clock';
import type { CacheBounds } from './bounded-cache';
import { ContactCache } from './contact-cache';

const CARLOS: Contact = { id: '1', name: 'Carlos', type: 'Buyer' };
const ADDED: Contact = { id: '2', name: 'Added', type: 'A/P' };

/** A Komet whose contact lists answer only when the test says so. */
function heldKomet() {
  const answers: ((contacts: Contact[]) => void)[] = [];
  const unused = () => {
    throw new Error('the cache only lists contacts');
  };
  const komet: Komet = {
    listContacts: () => new Promise((resolve) => answers.push(resolve)),
    listCustomers: unused,
    addContact: unused,
    updateContact: unused,
    deleteContact: unused,
  };
  return { komet, answers };
}

/** A Komet that answers every list at once from `lists`, recording which customers it was asked for. */
function answeringKomet(lists: Record<string, Contact[]>) {
  const asked: string[] = [];
  const { komet } = heldKomet();
  komet.listContacts = (customerId) => {
    asked.push(customerId);
    return Promise.resolve(lists[customerId] ?? []);
  };
  return { komet, asked };
}

const LISTS: Record<string, Contact[]> = {
  '1': [CARLOS],
  '2': [ADDED],
  '3': [CARLOS, ADDED],
};

/** A cache over LISTS, fresh for a minute, with the bounds the test gives. */
function bounded(bounds: Partial<CacheBounds>, maxAgeMs = MINUTE_MS) {
  const clock = testClock('2025-03-01T09:00:00Z');
  const { komet, asked } = answeringKomet(LISTS);
  const cache = new ContactCache(komet, maxAgeMs, { now: clock.now, bounds });
  const contactsOf = async (customerId: string) => (await cache.list(customerId)).contacts;
  return { cache, clock, asked, contactsOf };
}

describe('ContactCache', () => {
  it('when a save lands while an older read is under way, then that older list is not kept', async () => {
    const { komet, answers } = heldKomet();
    const cache = new ContactCache(komet, 60_000, { now: () => 0 });
    const olderRead = cache.list('4242');

    cache.saved('4242', ADDED);
    answers[0]!([CARLOS]);
    await olderRead;
    const next = cache.list('4242');
    answers[1]!([CARLOS, ADDED]);

    expect((await next).contacts).toEqual([CARLOS, ADDED]);
    expect(answers).toHaveLength(2);
  });

  it('when a contact is saved into a cached list, then the list holds it without a new read', async () => {
    const { komet, answers } = heldKomet();
    const cache = new ContactCache(komet, 60_000, { now: () => 0 });
    const first = cache.list('4242');
    answers[0]!([CARLOS]);
    await first;

    cache.saved('4242', ADDED);
    cache.saved('4242', { ...CARLOS, name: 'Carlos R.' });

    expect((await cache.list('4242')).contacts).toEqual([{ ...CARLOS, name: 'Carlos R.' }, ADDED]);
    expect(answers).toHaveLength(1);
  });

  it('when more customers are read than the entry bound, then the least recently read is asked of Komet again, and is right', async () => {
    const { asked, contactsOf } = bounded({ maxEntries: 2 });
    await contactsOf('1');
    await contactsOf('2');
    await contactsOf('1');

    await contactsOf('3');

    expect(await contactsOf('1')).toEqual([CARLOS]);
    expect(await contactsOf('2')).toEqual([ADDED]);
    expect(asked).toEqual(['1', '2', '3', '2']);
  });

  it('when the lists outweigh the byte bound, then the oldest goes and is asked of Komet again, and is right', async () => {
    // Room for the two-contact list alone, not beside another.
    const { cache, asked, contactsOf } = bounded({ maxBytes: 400 });
    await contactsOf('1');
    await contactsOf('3');

    expect(cache.peek('1')).toBeUndefined();
    expect(await contactsOf('1')).toEqual([CARLOS]);
    expect(asked).toEqual(['1', '3', '1']);
  });

  it('when a list outlives its expiry, then it is gone, also for peek, and the next read asks Komet', async () => {
    const { cache, clock, asked, contactsOf } = bounded({ ttlMs: 10 * MINUTE_MS });
    await contactsOf('1');
    clock.advance(5 * MINUTE_MS);
    expect(cache.peek('1')).toEqual([CARLOS]); // no longer fresh, but still kept

    clock.advance(5 * MINUTE_MS);

    expect(cache.peek('1')).toBeUndefined();
    expect(await contactsOf('1')).toEqual([CARLOS]);
    expect(asked).toEqual(['1', '1']);
  });

  it('when lists are kept fresh longer than the expiry, then the expiry stretches to match', async () => {
    const { clock, asked, contactsOf } = bounded({ ttlMs: MINUTE_MS }, 30 * MINUTE_MS);
    await contactsOf('1');
    clock.advance(20 * MINUTE_MS);

    expect(await contactsOf('1')).toEqual([CARLOS]);
    expect(asked).toEqual(['1']);
  });

  it('when a save lands on an evicted customer, then the next read asks Komet for the whole list', async () => {
    const { cache, asked, contactsOf } = bounded({ maxEntries: 1 });
    await contactsOf('3');
    await contactsOf('1');

    cache.saved('3', { ...CARLOS, name: 'Carlos R.' });

    expect(cache.peek('3')).toBeUndefined();
    expect(await contactsOf('3')).toEqual([CARLOS, ADDED]);
    expect(asked).toEqual(['3', '1', '3']);
  });
});
