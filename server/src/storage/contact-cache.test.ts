import { describe, expect, it } from 'vitest';
import type { Contact } from '../contract';
import type { Komet } from '../komet/komet';
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

describe('ContactCache', () => {
  it('when a save lands while an older read is under way, then that older list is not kept', async () => {
    const { komet, answers } = heldKomet();
    const cache = new ContactCache(komet, 60_000, () => 0);
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
    const cache = new ContactCache(komet, 60_000, () => 0);
    const first = cache.list('4242');
    answers[0]!([CARLOS]);
    await first;

    cache.saved('4242', ADDED);
    cache.saved('4242', { ...CARLOS, name: 'Carlos R.' });

    expect((await cache.list('4242')).contacts).toEqual([{ ...CARLOS, name: 'Carlos R.' }, ADDED]);
    expect(answers).toHaveLength(1);
  });
});
