import { t } from '@lingui/core/macro';
import { useEffect } from 'react';
import { Link, navigate } from '../lib/router';
import { describeError } from '../messages/form-errors';
import { useContactTypes } from '../features/contacts/api/list-contact-types';
import { useCustomerContacts } from '../features/contacts/api/list-contacts';
import { typeOptions } from '../features/contacts/components/contact-fields';
import { DeleteContact } from '../features/contacts/components/delete-contact';
import { EditContactForm } from '../features/contacts/components/edit-contact-form';
import { useCustomer } from '../features/customers/api/get-customer';
import { useSession } from '../features/session/api/get-session';
import { can } from '../features/session/roles';
import { paths } from './paths';
import { useScreenTitle } from './use-screen-title';
import '../styles/screens.css';

/** `/customers/:customerId/contacts/:contactId/edit`, reachable by deep link and reload. */
export default function EditContactPage({
  customerId,
  contactId,
}: {
  customerId: string;
  contactId: string;
}) {
  const customer = useCustomer(customerId);
  const contacts = useCustomerContacts(customerId);
  const types = useContactTypes();
  const contact = contacts.data?.contacts.find((item) => item.id === contactId);
  const user = useSession().data?.user;
  const customerName = customer.data?.name ?? t`Customer ${customerId}`;
  const contactName = contact?.name;
  useScreenTitle(contactName && t`Edit ${contactName}`);

  // Escape cancels the edit wherever focus is on the page, as it does in the form (which handles
  // it first): after the screen opens focus is on <main>. Leaving asks first when there are
  // unsaved changes (navigation-guard.ts). An open dialog answers Escape itself.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (document.querySelector('dialog[open]')) return;
      event.preventDefault();
      navigate(paths.customer(customerId));
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [customerId]);

  let body;
  // The form has its own heading, naming the contact; every other state needs one too.
  let heading = true;
  if (user && !can(user, 'support')) {
    // A shared link or a bookmark can lead a sales user here; the server would refuse the save.
    body = (
      <>
        <p role="alert" className="form-error">
          {t`Only support staff and admins can change contacts. You can still see this customer’s contacts and add new ones.`}
        </p>
        <Link className="button-secondary" href={paths.customer(customerId)}>
          {t`Back to the customer’s contacts`}
        </Link>
      </>
    );
  } else if (contacts.isPending || types.isPending)
    body = (
      <p aria-live="polite" className="loading-rows">
        <span className="visually-hidden">{t`Loading the contact from Komet…`}</span>
      </p>
    );
  else if (contacts.isError) {
    body = (
      <p role="alert" className="form-error">
        {t`The contact could not be loaded.`} {describeError(contacts.error)}{' '}
        <button type="button" className="link-button" onClick={() => void contacts.refetch()}>
          {t`Try again`}
        </button>
      </p>
    );
  } else if (!contact) {
    body = (
      <p role="alert" className="form-error">
        {t`Customer ${customerId} has no contact ${contactId} in Komet: it may have been deleted.`}
      </p>
    );
  } else {
    heading = false;
    body = (
      <>
        <EditContactForm
          customerId={customerId}
          contact={contact}
          types={typeOptions(types.data?.types, contacts.data.contacts)}
          onSaved={(id) => navigate(`${paths.customer(customerId)}?saved=${id}`)}
          onCancel={() => navigate(paths.customer(customerId))}
        />
        <DeleteContact
          customerId={customerId}
          customerName={customerName}
          contact={contact}
          // The customer page names the deleted contact in its notice.
          onDeleted={(name) =>
            navigate(`${paths.customer(customerId)}?deleted=${encodeURIComponent(name)}`)
          }
        />
      </>
    );
  }

  return (
    <section className="card" aria-label={t`Edit contact`}>
      <p className="breadcrumb">
        <Link href={paths.customer(customerId)}>← {customerName}</Link>
      </p>
      {heading && <h1>{t`Edit contact`}</h1>}
      {body}
    </section>
  );
}
