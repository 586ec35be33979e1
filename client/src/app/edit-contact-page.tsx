import { Link, navigate } from '../lib/router';
import { describeError } from '../lib/form-errors';
import { useContactTypes } from '../features/contacts/api/list-contact-types';
import { useCustomerContacts } from '../features/contacts/api/list-contacts';
import { typeOptions } from '../features/contacts/components/contact-fields';
import { DeleteContact } from '../features/contacts/components/delete-contact';
import { EditContactForm } from '../features/contacts/components/edit-contact-form';
import { useCustomer } from '../features/customers/api/get-customer';
import { useSession } from '../features/session/api/get-session';
import { can } from '../features/session/roles';
import { paths } from './paths';

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
  const customerName = customer.data?.name ?? `Customer ${customerId}`;

  let body;
  if (user && !can(user, 'support')) {
    // A shared link or a bookmark can lead a sales user here; the server would refuse the save.
    body = (
      <>
        <p role="alert" className="form-error">
          Only support staff and admins can change contacts. You can still see this customer’s
          contacts and add new ones.
        </p>
        <Link className="button-secondary" href={paths.customer(customerId)}>
          Back to the customer’s contacts
        </Link>
      </>
    );
  } else if (contacts.isPending || types.isPending)
    body = (
      <p aria-live="polite" className="loading-rows">
        <span className="visually-hidden">Loading the contact from Komet…</span>
      </p>
    );
  else if (contacts.isError) {
    body = (
      <p role="alert" className="form-error">
        The contact could not be loaded. {describeError(contacts.error)}
      </p>
    );
  } else if (!contact) {
    body = (
      <p role="alert" className="form-error">
        Customer {customerId} has no contact {contactId} in Komet: it may have been deleted.
      </p>
    );
  } else {
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
    <section className="card" aria-label="Edit contact">
      <p className="breadcrumb">
        <Link href={paths.customer(customerId)}>← {customerName}</Link>
      </p>
      {body}
    </section>
  );
}
