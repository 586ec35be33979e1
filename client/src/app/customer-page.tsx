import { lazy, Suspense, useEffect } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary';
import { Link, useSearch } from '../lib/router';
import { describeError } from '../lib/form-errors';
import { useCustomerContacts } from '../features/contacts/api/list-contacts';
import { CustomerContacts } from '../features/contacts/components/customer-contacts';
import { useCustomer } from '../features/customers/api/get-customer';
import { rememberCustomer } from '../features/customers/recent-customers';
import { useSession } from '../features/session/api/get-session';
import { can } from '../features/session/roles';
import { paths } from './paths';
import { useScreenTitle } from './use-screen-title';

// Below the contacts, which are what most visits are for: its code comes after theirs.
const HistoryPanel = lazy(() => import('../features/audit/components/history-panel'));

/** A customer and its contacts, for support staff checking and correcting them. */
export default function CustomerPage({ customerId }: { customerId: string }) {
  const customer = useCustomer(customerId);
  const contacts = useCustomerContacts(customerId);
  const params = new URLSearchParams(useSearch());
  const saved = contacts.data?.contacts.find((contact) => contact.id === params.get('saved'));
  // The edit page comes back here after a delete (issue 8): the contact is gone, its name is not.
  const deleted = params.get('deleted');
  // Sales may add but not change contacts; the server refuses an edit anyway.
  const mayEdit = can(useSession().data?.user, 'support');

  useEffect(() => {
    if (customer.data) rememberCustomer(customer.data);
  }, [customer.data]);
  useScreenTitle(customer.data?.name);

  if (customer.isError) {
    return (
      <section className="card" aria-labelledby="customer-title">
        <h1 id="customer-title">Customer {customerId}</h1>
        <p role="alert" className="form-error">
          {describeError(customer.error)}
        </p>
        <Link href={paths.customers}>Find another customer</Link>
      </section>
    );
  }

  return (
    <section className="card" aria-labelledby="customer-title" aria-busy={customer.isPending}>
      <div className="page-heading">
        <div>
          <h1 id="customer-title">{customer.data?.name ?? 'Loading customer…'}</h1>
          {customer.data && (
            <p className="muted">
              Code {customer.data.code || '—'} · Id {customer.data.id}
              {customer.data.salesPerson && ` · ${customer.data.salesPerson}`}
              {!customer.data.active && <span className="badge badge-inactive"> Inactive</span>}
            </p>
          )}
        </div>
        <Link className="button-primary" href={paths.newContact(customerId)}>
          Add contact
        </Link>
      </div>
      {saved && (
        <p role="status" className="saved-note">
          Changes to {saved.name} were saved in Komet.
        </p>
      )}
      {deleted && (
        <p role="status" className="saved-note">
          {deleted} was deleted from Komet.
        </p>
      )}
      <h2>Contacts</h2>
      {contacts.isPending && (
        <p aria-live="polite" className="loading-rows">
          <span className="visually-hidden">Loading contacts from Komet…</span>
        </p>
      )}
      {contacts.isError && (
        <p role="alert" className="form-error">
          The contacts could not be loaded. {describeError(contacts.error)}{' '}
          <button type="button" className="link-button" onClick={() => void contacts.refetch()}>
            Try again
          </button>
        </p>
      )}
      {contacts.data && contacts.data.contacts.length === 0 && (
        <p className="empty-state">This customer has no contacts in Komet yet.</p>
      )}
      {contacts.data && contacts.data.contacts.length > 0 && (
        <CustomerContacts
          contacts={contacts.data.contacts}
          customerName={customer.data?.name ?? `customer ${customerId}`}
          renderEdit={
            mayEdit
              ? (contact) => (
                  <Link
                    href={paths.editContact(customerId, contact.id)}
                    aria-label={`Edit ${contact.name}, ${contact.type}`}
                  >
                    Edit
                  </Link>
                )
              : undefined
          }
        />
      )}
      <ErrorBoundary
        fallback={() => (
          <p role="alert" className="form-error">
            The history could not be shown. Check your connection and{' '}
            <a href={window.location.href}>reload the page</a>.
          </p>
        )}
      >
        <Suspense fallback={<p aria-live="polite">Loading the history…</p>}>
          <HistoryPanel customerId={customerId} />
        </Suspense>
      </ErrorBoundary>
    </section>
  );
}
