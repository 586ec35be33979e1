import { t } from '@lingui/core/macro';
import { lazy, Suspense, useEffect } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary';
import { Link, navigate, useSearch } from '../lib/router';
import { describeError } from '../messages/form-errors';
import { useCustomerContacts } from '../features/contacts/api/list-contacts';
import { CustomerContacts } from '../features/contacts/components/customer-contacts';
import { useCustomer } from '../features/customers/api/get-customer';
import { rememberCustomer } from '../features/customers/recent-customers';
import { useSession } from '../features/session/api/get-session';
import { can } from '../features/session/roles';
import { shortcutKey } from './keyboard-shortcuts';
import { importPaths } from './import-paths';
import { paths } from './paths';
import { useScreenTitle } from './use-screen-title';
import '../styles/screens.css';

// Below the contacts, which are what most visits are for: its code comes after theirs.
const HistoryPanel = lazy(() => import('../features/audit/components/history-panel'));
// Only after an edit or a delete.
const Toast = lazy(() => import('./toast'));

/** The toast is read: a reload, or back to this entry, does not show it again. */
function forgetNotice(): void {
  const search = new URLSearchParams(window.location.search);
  search.delete('saved');
  search.delete('deleted');
  const rest = search.toString();
  navigate(window.location.pathname + (rest && `?${rest}`), { replace: true });
}

/** A customer and its contacts, for support staff checking and correcting them. */
export default function CustomerPage({ customerId }: { customerId: string }) {
  const customer = useCustomer(customerId);
  const contacts = useCustomerContacts(customerId);
  const params = new URLSearchParams(useSearch());
  // The edit page comes back here after a save (?saved=id) or a delete (?deleted=name: the
  // contact is gone, its name is not); a toast says so.
  const savedId = params.get('saved');
  const saved = contacts.data?.contacts.find((contact) => contact.id === savedId);
  const deleted = params.get('deleted');
  let notice: string | undefined;
  if (deleted) {
    const name = deleted;
    notice = t`${name} was deleted from Komet.`;
  } else if (saved) {
    const name = saved.name;
    notice = t`Changes to ${name} were saved in Komet.`;
  } else if (savedId && !contacts.isPending) notice = t`The changes were saved in Komet.`;
  // Sales may add but not change contacts; the server refuses an edit anyway.
  const user = useSession().data?.user;
  const mayEdit = can(user, 'support');
  const known = Boolean(customer.data);

  useEffect(() => {
    if (customer.data) rememberCustomer(customer.data);
  }, [customer.data]);
  useScreenTitle(customer.data?.name);

  // `n` adds a contact to this customer (the list of shortcuts: keyboard-shortcuts.tsx).
  useEffect(() => {
    if (!known) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (shortcutKey(event)?.toLowerCase() !== 'n') return;
      event.preventDefault();
      navigate(paths.newContact(customerId));
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [known, customerId]);

  if (customer.isError) {
    return (
      <section className="card" aria-labelledby="customer-title">
        <h1 id="customer-title">{t`Customer ${customerId}`}</h1>
        <p role="alert" className="form-error">
          {describeError(customer.error)}
        </p>
        <Link href={paths.customers}>{t`Find another customer`}</Link>
      </section>
    );
  }
  const code = customer.data?.code || '—';
  const id = customer.data?.id ?? customerId;

  return (
    <section className="card" aria-labelledby="customer-title" aria-busy={customer.isPending}>
      <div className="page-heading">
        <div>
          <h1 id="customer-title">{customer.data?.name ?? t`Loading customer…`}</h1>
          {customer.data && (
            <p className="muted">
              {t`Code ${code} · Id ${id}`}
              {customer.data.salesPerson && ` · ${customer.data.salesPerson}`}
              {!customer.data.active && (
                <span className="badge badge-inactive"> {t`Inactive`}</span>
              )}
            </p>
          )}
        </div>
        <Link className="button-primary" href={paths.newContact(customerId)}>
          {t`Add contact`}
        </Link>
      </div>
      {can(user, 'sales') && (
        <p className="muted">
          {t`Many contacts at once?`}{' '}
          <Link href={importPaths.forCustomer(customerId)}>{t`Import from a spreadsheet`}</Link>
        </p>
      )}
      <h2>{t`Contacts`}</h2>
      {contacts.isPending && (
        <p aria-live="polite" className="loading-rows">
          <span className="visually-hidden">{t`Loading contacts from Komet…`}</span>
        </p>
      )}
      {contacts.isError && (
        <p role="alert" className="form-error">
          {t`The contacts could not be loaded.`} {describeError(contacts.error)}{' '}
          <button type="button" className="link-button" onClick={() => void contacts.refetch()}>
            {t`Try again`}
          </button>
        </p>
      )}
      {contacts.data && contacts.data.contacts.length === 0 && (
        <p className="empty-state">{t`This customer has no contacts in Komet yet.`}</p>
      )}
      {contacts.data && contacts.data.contacts.length > 0 && (
        <CustomerContacts
          contacts={contacts.data.contacts}
          customerName={customer.data?.name ?? t`Customer ${customerId}`}
          renderEdit={
            mayEdit
              ? (contact) => {
                  const name = contact.name;
                  const type = contact.type;
                  return (
                    <Link
                      href={paths.editContact(customerId, contact.id)}
                      aria-label={t`Edit ${name}, ${type}`}
                    >
                      {t`Edit`}
                    </Link>
                  );
                }
              : undefined
          }
        />
      )}
      <ErrorBoundary
        fallback={() => (
          <p role="alert" className="form-error">
            {t`The history could not be shown.`}{' '}
            <a href={window.location.href}>{t`Reload the page`}</a>
          </p>
        )}
      >
        <Suspense fallback={<p aria-live="polite">{t`Loading the history…`}</p>}>
          <HistoryPanel customerId={customerId} />
        </Suspense>
      </ErrorBoundary>
      {notice && (
        // Its code failing to load must not hide what happened.
        <ErrorBoundary
          fallback={() => (
            <p role="status" className="saved-note">
              {notice}
            </p>
          )}
        >
          <Suspense fallback={null}>
            <Toast message={notice} onClose={forgetNotice} />
          </Suspense>
        </ErrorBoundary>
      )}
    </section>
  );
}
