import { t } from '@lingui/core/macro';
import { lazy, Suspense, useState } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary';
import { releaseUnsavedChangesGuard } from '../lib/navigation-guard';
import { Link, navigate } from '../lib/router';
import { AddContactForm } from '../features/contacts/components/add-contact-form';
import { useCustomer } from '../features/customers/api/get-customer';
import { CustomerPicker } from '../features/customers/components/customer-picker';
import { readRecentCustomers } from '../features/customers/recent-customers';
import { paths } from './paths';

// Drafts and the leave guard load right after the form's first render, off the first screen's JS.
const DraftKeeper = lazy(() => import('../features/drafts/components/draft-keeper'));
// Only after Komet failed to take a contact: watches it until it is in Komet.
const SubmissionProgress = lazy(() => import('./submission-progress'));

/** The sales screen (`/`), or the same form for one customer (`/customers/:id/contacts/new`). */
export function AddContactPage({ customerId }: { customerId?: string }) {
  const [recent] = useState(readRecentCustomers);
  const customer = useCustomer(customerId);
  if (customerId && customer.isPending) return <p aria-live="polite">{t`Loading customer…`}</p>;
  // As a route's 404 would: the screen's error boundary words it (error-screen.tsx).
  if (customerId && customer.isError) throw customer.error;
  return (
    <AddContactForm
      initialCustomer={customerId ? customer.data : null}
      onEditExisting={(id, contact) => {
        // The user chose the existing contact over this one; the draft stays if they come back.
        releaseUnsavedChangesGuard();
        navigate(paths.editContact(id, contact.id));
      }}
      renderSavedActions={(saved, submissionId) => {
        const name = saved.name;
        return (
          <>
            {submissionId && <SubmissionProgress submissionId={submissionId} />}{' '}
            <Link href={paths.customer(saved.id)}>{t`See all contacts of ${name}`}</Link>
          </>
        );
      }}
      renderDraft={(form, saved) => (
        <ErrorBoundary fallback={() => null}>
          <Suspense fallback={null}>
            <DraftKeeper form={form} saved={saved} />
          </Suspense>
        </ErrorBoundary>
      )}
      renderCustomerPicker={(slot) => (
        <CustomerPicker
          id="customer"
          value={slot.value}
          onChange={slot.onChange}
          onBlur={slot.onBlur}
          inputRef={slot.inputRef}
          error={slot.error}
          recent={recent}
        />
      )}
    />
  );
}
