import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { FormProvider, useController, useForm, useWatch, type Control } from 'react-hook-form';
import type { AddContactResponse, Contact, CustomerSummary } from '@komet-contacts/server/contract';
import { ErrorBoundary } from '../../../components/ui/error-boundary';
import { applyServerErrors } from '../../../lib/form-errors';
import { submitOnCtrlEnter } from '../../../lib/submit-shortcut';
import { useAddContact } from '../api/add-contact';
import { useCustomerContacts } from '../api/list-contacts';
import { useContactTypes } from '../api/list-contact-types';
import type {
  AddContactFormInput as FormInput,
  AddContactFormOutput as FormOutput,
} from './contact-schemas';
import { CONTACT_FIELD_NAMES, toDraft } from './contact-draft';
import { ContactFields, typeOptions } from './contact-fields';
import { addContactResolver, loadResolvers } from './lazy-resolvers';
import { useDuplicateCheck } from './use-duplicate-check';

// Shown only after the user acts, so they stay out of the first screen's JS (BENCHMARKS.md).
const DuplicateWarning = lazy(() => import('./duplicate-warning'));
const SavedPanel = lazy(() => import('./saved-panel'));

function SavedFallback({ saved }: { saved: AddContactResponse & { customer: CustomerSummary } }) {
  return (
    <section className="card saved" role="status" aria-labelledby="saved-title">
      <h1 id="saved-title">Contact saved in Komet</h1>
      <p>
        Komet contact id {saved.contactId} was added to {saved.customer.name}.
      </p>
    </section>
  );
}

export interface CustomerSlotProps {
  value: CustomerSummary | null;
  onChange: (customer: CustomerSummary | null) => void;
  onBlur: () => void;
  inputRef: (element: HTMLInputElement | null) => void;
  error: string | undefined;
}

const EMPTY_CONTACT = toDraft();
const FIELD_NAMES = ['customer', ...CONTACT_FIELD_NAMES];

function CustomerSlot({
  control,
  render,
}: {
  control: Control<FormInput, unknown, FormOutput>;
  render: (props: CustomerSlotProps) => ReactNode;
}) {
  const { field, fieldState } = useController({ control, name: 'customer' });
  return render({
    value: field.value,
    onChange: field.onChange,
    onBlur: field.onBlur,
    inputRef: field.ref,
    error: fieldState.error?.message,
  });
}

/**
 * Adds one contact to one customer. The customer picker comes from the page (features do not
 * import each other). Typed values survive every error; a saved contact shows its Komet id.
 */
export function AddContactForm({
  initialCustomer = null,
  renderCustomerPicker,
  onEditExisting,
  renderSavedActions,
}: {
  initialCustomer?: CustomerSummary | null;
  renderCustomerPicker: (props: CustomerSlotProps) => ReactNode;
  /** "Edit that contact" from the duplicate warning. */
  onEditExisting: (customerId: string, contact: Contact) => void;
  renderSavedActions?: (customer: CustomerSummary) => ReactNode;
}) {
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: addContactResolver,
    mode: 'onTouched',
    defaultValues: { ...EMPTY_CONTACT, customer: initialCustomer },
  });
  const types = useContactTypes();
  const addContact = useAddContact();
  const [saved, setSaved] = useState<(AddContactResponse & { customer: CustomerSummary }) | null>(
    null,
  );
  const formRef = useRef<HTMLFormElement>(null);
  const customerId = useWatch({ control: form.control, name: 'customer' })?.id;
  const duplicates = useDuplicateCheck();
  // The customer's contacts: their types join the dropdown, and the duplicate check needs them.
  const existing = useCustomerContacts(customerId).data?.contacts;
  // Any change after a duplicate warning asks again: the warning was about other values.
  const resetDuplicates = duplicates.reset;
  useEffect(
    () => form.subscribe({ formState: { values: true }, callback: resetDuplicates }),
    [form, resetDuplicates],
  );

  // Set synchronously: a second Enter must not start another add while the first is checking
  // duplicates (Komet's add is not idempotent).
  const sending = useRef(false);
  async function save({ customer, ...contact }: FormOutput) {
    if (sending.current) return;
    sending.current = true;
    try {
      if (!(await duplicates.mayAdd(customer.id, contact))) return;
      const answer = await addContact.mutateAsync({ customerId: customer.id, contact });
      setSaved({ ...answer, customer });
    } catch (error) {
      applyServerErrors(error, form.setError, FIELD_NAMES);
    } finally {
      sending.current = false;
    }
  }

  function addAnother() {
    form.reset({ ...EMPTY_CONTACT, customer: saved?.customer ?? null });
    addContact.reset();
    duplicates.reset();
    setSaved(null);
    // The form is back in the DOM on the next frame.
    requestAnimationFrame(() => form.setFocus('name'));
  }

  if (saved) {
    return (
      // Whatever happens to the panel's code, the user must learn the contact was saved, and
      // its id, or they might add it again.
      <ErrorBoundary fallback={() => <SavedFallback saved={saved} />}>
        <Suspense fallback={<SavedFallback saved={saved} />}>
          <SavedPanel
            contactId={saved.contactId}
            customerName={saved.customer.name}
            onAddAnother={addAnother}
          >
            {renderSavedActions?.(saved.customer)}
          </SavedPanel>
        </Suspense>
      </ErrorBoundary>
    );
  }

  const rootError = form.formState.errors.root?.server?.message;
  return (
    <FormProvider {...form}>
      <form
        ref={formRef}
        noValidate
        className="card"
        aria-labelledby="add-contact-title"
        onSubmit={(event) => void form.handleSubmit(save)(event)}
        onFocus={() => void loadResolvers()}
        onKeyDown={submitOnCtrlEnter}
      >
        <h1 id="add-contact-title">Add a contact</h1>
        <CustomerSlot control={form.control} render={renderCustomerPicker} />
        <ContactFields idPrefix="contact" types={typeOptions(types.data?.types, existing)} />
        {types.isError && (
          <p className="form-error" role="alert">
            Contact types could not be loaded; reload the page to try again.
          </p>
        )}
        {duplicates.matches.length > 0 && customerId && (
          <Suspense fallback={null}>
            <DuplicateWarning
              matches={duplicates.matches}
              onEdit={(contact) => onEditExisting(customerId, contact)}
              onAddAnyway={() => {
                duplicates.addAnyway();
                formRef.current?.requestSubmit();
              }}
            />
          </Suspense>
        )}
        {rootError && (
          <p className="form-error" role="alert">
            {rootError}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? 'Saving…' : 'Save contact'}
          </button>
          <span className="shortcut-hint">or press Ctrl+Enter</span>
        </div>
      </form>
    </FormProvider>
  );
}
