import { plural, t } from '@lingui/core/macro';
import { useMemo, type ReactNode } from 'react';
import type { Contact } from '@komet-contacts/server/contract';
import { navigate, usePathname, useSearch } from '../../../lib/router';
import {
  readListView,
  sortedBy,
  viewContacts,
  writeListView,
  type ContactListView,
} from '../contact-list-view';
import { ContactsTable } from './contacts-table';
import { DownloadContactsButton } from './download-contacts-button';
import '../../../styles/screens.css';
import './customer-contacts.css';

interface CustomerContactsProps {
  contacts: readonly Contact[];
  /** Names the CSV file. */
  customerName: string;
  renderEdit?: ((contact: Contact) => ReactNode) | undefined;
}

/**
 * A customer's contacts as support browses them: a filter, how many match, the CSV of what is
 * shown, and the table. Filter and order live in the URL (`?sort=type&q=ana`), so reload, back
 * and a shared link show the same list.
 */
export function CustomerContacts({ contacts, customerName, renderEdit }: CustomerContactsProps) {
  const pathname = usePathname();
  const search = useSearch();
  const view = useMemo(() => readListView(search), [search]);
  const rows = useMemo(() => viewContacts(contacts, view), [contacts, view]);
  const count = contacts.length;
  const shown = rows.length;
  const q = view.q;

  // A new order is a step back can undo; each letter typed in the filter is not.
  const show = (next: ContactListView, replace: boolean) =>
    navigate(pathname + writeListView(search, next), { replace });

  return (
    <>
      <div className="contacts-toolbar">
        <div className="field table-filter">
          <label htmlFor="contact-filter">{t`Filter contacts`}</label>
          <input
            id="contact-filter"
            type="search"
            value={view.q}
            placeholder={t`Name, type, e-mail or phone`}
            onChange={(event) => show({ ...view, q: event.target.value }, true)}
          />
        </div>
        <DownloadContactsButton contacts={rows} customerName={customerName} />
      </div>
      <p className="table-count" aria-live="polite">
        {shown === count
          ? plural(count, { one: '# contact', other: '# contacts' })
          : t`${shown} of ${plural(count, { one: '# contact', other: '# contacts' })}`}
      </p>
      {rows.length > 0 ? (
        <ContactsTable
          contacts={rows}
          view={view}
          onSort={(key) => show(sortedBy(view, key), false)}
          renderEdit={renderEdit}
        />
      ) : (
        <p className="empty-state">{t`No contact matches “${q}”.`}</p>
      )}
    </>
  );
}
