import { describe, expect, it } from 'vitest';
import type { Contact } from '@komet-contacts/server/contract';
import { buildContactInput } from '@komet-contacts/server/contract/testing';
import { readListView, sortedBy, viewContacts, writeListView } from './contact-list-view';

const contact = (id: string, overrides: Parameters<typeof buildContactInput>[0] = {}) =>
  ({ id, ...buildContactInput(overrides) }) as Contact;

describe('readListView and writeListView', () => {
  it('when the URL says ?sort=-type&q=ana, then the view sorts by type Z→A and filters for “ana”', () => {
    expect(readListView('?sort=-type&q=ana')).toEqual({ sort: 'type', descending: true, q: 'ana' });
  });

  it('when the URL has no view or an unknown sort, then it is name A→Z, unfiltered', () => {
    const byName = { sort: 'name', descending: false, q: '' };
    expect(readListView('')).toEqual(byName);
    expect(readListView('?sort=-email')).toEqual(byName);
  });

  it('when a view is written, then other parameters stay and name A→Z goes unsaid', () => {
    const view = { sort: 'type', descending: false, q: 'ana g' } as const;
    expect(writeListView('?saved=501&q=old', view)).toBe('?saved=501&q=ana+g&sort=type');
    expect(writeListView('?sort=type&q=x', { sort: 'name', descending: false, q: '' })).toBe('');
    expect(readListView(writeListView('', view))).toEqual(view);
  });

  it('when a header is clicked, then its column reverses, and another column starts A→Z', () => {
    const byName = readListView('');
    expect(sortedBy(byName, 'name')).toMatchObject({ sort: 'name', descending: true });
    expect(sortedBy(sortedBy(byName, 'name'), 'type')).toMatchObject({
      sort: 'type',
      descending: false,
    });
  });
});

describe('viewContacts', () => {
  const contacts = [
    contact('1', { name: 'Lucía Paredes', type: 'A/P', phone: '', fax: '' }),
    contact('2', { name: 'carlos Andrade', type: 'Buyer', phone: '+1 (305) 555-0101' }),
    contact('3', { name: 'Ana Gómez', type: 'Buyer', description: 'Cuentas por pagar' }),
  ];
  const names = (search: string) =>
    viewContacts(contacts, readListView(search)).map((shown) => shown.name);

  it('when sorted by type, then ties are by name, whatever the case', () => {
    expect(names('?sort=type')).toEqual(['Lucía Paredes', 'Ana Gómez', 'carlos Andrade']);
    expect(names('?sort=-type')).toEqual(['Ana Gómez', 'carlos Andrade', 'Lucía Paredes']);
    expect(names('?sort=-name')).toEqual(['Lucía Paredes', 'carlos Andrade', 'Ana Gómez']);
  });

  it('when filtered, then any field matches, accents and case aside, and numbers by their digits', () => {
    expect(names('?q=LUCIA')).toEqual(['Lucía Paredes']);
    expect(names('?q=cuentas')).toEqual(['Ana Gómez']);
    expect(names('?q=3055550101')).toEqual(['carlos Andrade']);
    expect(names('?q=whatsapp')).toEqual(['Ana Gómez', 'carlos Andrade', 'Lucía Paredes']);
    expect(names('?q=nobody')).toEqual([]);
  });
});
