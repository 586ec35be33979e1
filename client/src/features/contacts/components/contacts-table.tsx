import { useMemo, useState, type ReactNode } from 'react';
import type { Contact } from '@komet-contacts/server/contract';
import { foldText } from '@komet-contacts/server/contract/plain';

type SortKey = 'name' | 'type';

interface ContactsTableProps {
  contacts: Contact[];
  /** The edit link for one contact; the page knows the routes. None for a user who may not edit. */
  renderEdit?: ((contact: Contact) => ReactNode) | undefined;
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const searchable = (contact: Contact) =>
  foldText(
    [contact.name, contact.type, contact.email, contact.phone, contact.mobile, contact.description]
      .filter(Boolean)
      .join(' '),
  );

/** A customer's contacts, sortable by name and type, filtered by any text they hold. */
export function ContactsTable({ contacts, renderEdit }: ContactsTableProps) {
  const [sort, setSort] = useState<{ key: SortKey; ascending: boolean }>({
    key: 'name',
    ascending: true,
  });
  const [filter, setFilter] = useState('');
  const rows = useMemo(() => {
    const wanted = foldText(filter);
    const shown = wanted
      ? contacts.filter((contact) => searchable(contact).includes(wanted))
      : contacts;
    const direction = sort.ascending ? 1 : -1;
    return [...shown].sort((a, b) => direction * collator.compare(a[sort.key], b[sort.key]));
  }, [contacts, filter, sort]);

  const header = (key: SortKey, label: string) => (
    <th
      scope="col"
      aria-sort={sort.key === key ? (sort.ascending ? 'ascending' : 'descending') : 'none'}
    >
      <button
        type="button"
        className="sort-button"
        onClick={() =>
          setSort((current) => ({
            key,
            ascending: current.key === key ? !current.ascending : true,
          }))
        }
      >
        {label}
        <span aria-hidden="true">{sort.key === key ? (sort.ascending ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );

  return (
    <>
      <div className="field table-filter">
        <label htmlFor="contact-filter">Filter contacts</label>
        <input
          id="contact-filter"
          type="search"
          value={filter}
          placeholder="Name, type, e-mail or phone"
          onChange={(event) => setFilter(event.target.value)}
        />
      </div>
      <p className="table-count" aria-live="polite">
        {rows.length === contacts.length
          ? `${contacts.length} ${contacts.length === 1 ? 'contact' : 'contacts'}`
          : `${rows.length} of ${contacts.length} contacts match “${filter}”`}
      </p>
      {rows.length > 0 && (
        <div className="table-scroll">
          <table className="contacts-table">
            <thead>
              <tr>
                {header('name', 'Name')}
                {header('type', 'Type')}
                <th scope="col">Phone</th>
                <th scope="col">Mobile</th>
                <th scope="col">E-mail</th>
                <th scope="col">PODs by e-mail</th>
                {renderEdit && (
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {rows.map((contact) => (
                <tr key={contact.id}>
                  <th scope="row">{contact.name}</th>
                  <td>{contact.type}</td>
                  <td>
                    {contact.phone}
                    {contact.ext && <span className="muted"> ext. {contact.ext}</span>}
                  </td>
                  <td>{contact.mobile}</td>
                  <td>{contact.email}</td>
                  <td>{contact.emailPOD ? 'Yes' : 'No'}</td>
                  {renderEdit && <td>{renderEdit(contact)}</td>}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
