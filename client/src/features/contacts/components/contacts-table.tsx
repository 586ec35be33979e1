import type { ReactNode } from 'react';
import type { Contact } from '@komet-contacts/server/contract';
import type { ContactListView, SortKey } from '../contact-list-view';
import { ContactRow } from './contact-row';

interface ContactsTableProps {
  /** The contacts to list, already filtered and in order. */
  contacts: readonly Contact[];
  view: ContactListView;
  onSort: (key: SortKey) => void;
  /** The edit link for one contact; the page knows the routes. None for a user who may not edit. */
  renderEdit?: ((contact: Contact) => ReactNode) | undefined;
}

/**
 * Contacts one row each, sortable by name and type; at phone width one card each (styles.css),
 * with the sort buttons above the cards, so nothing needs scrolling sideways.
 */
export function ContactsTable({ contacts, view, onSort, renderEdit }: ContactsTableProps) {
  const header = (key: SortKey, label: string) => {
    const sorted = view.sort === key;
    return (
      <th
        scope="col"
        className="sortable"
        aria-sort={sorted ? (view.descending ? 'descending' : 'ascending') : 'none'}
      >
        <button type="button" className="sort-button" onClick={() => onSort(key)}>
          {label}
          <span aria-hidden="true">{sorted ? (view.descending ? ' ▼' : ' ▲') : ''}</span>
        </button>
      </th>
    );
  };

  return (
    <div className="table-scroll">
      <table className="contacts-table contact-cards">
        <caption className="visually-hidden">Contacts</caption>
        <thead>
          <tr>
            {header('name', 'Name')}
            {header('type', 'Type')}
            <th scope="col">Phone</th>
            <th scope="col">Mobile</th>
            <th scope="col">E-mail</th>
            {/* Broken, if at all, between words: never at the hyphen of "e-mail". */}
            <th scope="col">
              PODs by <span className="nowrap">e-mail</span>
            </th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {contacts.map((contact) => (
            <ContactRow key={contact.id} contact={contact} edit={renderEdit?.(contact)} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
