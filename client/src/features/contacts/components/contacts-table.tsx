import { t } from '@lingui/core/macro';
import type { ReactNode } from 'react';
import type { Contact } from '@komet-contacts/server/contract';
import type { ContactListView, SortKey } from '../contact-list-view';
import { ContactRow } from './contact-row';
import '../../../styles/tables.css';
import './customer-contacts.css';

interface ContactsTableProps {
  /** The contacts to list, already filtered and in order. */
  contacts: readonly Contact[];
  view: ContactListView;
  onSort: (key: SortKey) => void;
  /** The edit link for one contact; the page knows the routes. None for a user who may not edit. */
  renderEdit?: ((contact: Contact) => ReactNode) | undefined;
}

/**
 * Contacts one row each, sortable by name and type; at phone width one card each (styles/tables.css),
 * with the sort buttons above the cards, so nothing needs scrolling sideways.
 */
export function ContactsTable({ contacts, view, onSort, renderEdit }: ContactsTableProps) {
  // Broken, if at all, between words: never at the hyphen of "e-mail" (its last word stays whole).
  const pods = t`PODs by e-mail`;
  const lastWord = pods.lastIndexOf(' ') + 1;
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
        <caption className="visually-hidden">{t`Contacts`}</caption>
        <thead>
          <tr>
            {header('name', t`Name`)}
            {header('type', t`Type`)}
            <th scope="col">{t`Phone`}</th>
            <th scope="col">{t`Mobile`}</th>
            <th scope="col">{t`E-mail`}</th>
            <th scope="col">
              {pods.slice(0, lastWord)}
              <span className="nowrap">{pods.slice(lastWord)}</span>
            </th>
            <th scope="col">
              <span className="visually-hidden">{t`Actions`}</span>
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
