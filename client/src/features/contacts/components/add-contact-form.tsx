import { lazy, Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import {
  FormProvider,
  useForm,
  useWatch,
  type FieldValues,
  type UseFormReturn,
} from 'react-hook-form';
import type { Contact, CustomerSummary } from '@komet-contacts/server/contract';
import { ErrorBoundary } from '../../../components/ui/error-boundary';
import { applyServerErrors } from '../../../lib/form-errors';
import { submitOnCtrlEnter } from '../../../lib/submit-shortcut';
import { useAddContact, type AddContactAnswer } from '../api/add-contact';
import { useCustomerContacts } from '../api/list-contacts';
import { useContactTypes } from '../api/list-contact-types';
import type {
  AddContactFormInput as FormInput,
  AddContactFormOutput as FormOutput,
} from './contact-schemas';
import { CONTACT_FIELD_NAMES, toDraft } from './contact-draft';
import { ContactFields, typeOptions } from './contact-fields';
import { addContactResolver, loadResolvers } from './lazy-resolvers';
import { CustomerSlot, type CustomerSlotProps } from './customer-slot';
import type { SubmissionKey } from './submission-key';
import { useDuplicateCheck } from './use-duplicate-check';

// Shown only after the user acts, so they stay out of the first screen's JS (BENCHMARKS.md).
const DuplicateWarning = lazy(() => import('./duplicate-warning'));
const SavedPanel = lazy(() => import('./saved-panel'));

type Saved = AddContactAnswer & { customer: CustomerSummary };

const EMPTY_CONTACT = toDraft();
const FIELD_NAMES = ['customer', ...CONTACT_FIELD_NAMES];

/**
 * Adds one contact to one customer. The customer picker comes from the page (features do not
 * import each other). Typed values survive every error; a saved contact shows its Komet id.
 */
export function AddContactForm({
  initialCustomer = null,
  renderCustomerPicker,
  onEditExisting,
  renderSavedActions,
  renderDraft,
}: {
  initialCustomer?: CustomerSummary | null;
  renderCustomerPicker: (props: CustomerSlotProps) => ReactNode;
  /** "Edit that contact" from the duplicate warning. */
  onEditExisting: (customerId: string, contact: Contact) => void;
  /** `submissionId`: saved on our server, not yet in Komet (issue 7). */
  renderSavedActions?: (customer: CustomerSummary, submissionId?: string) => ReactNode;
  /** Keeps a draft of what is typed and guards leaving; from the page (features/drafts). */
  renderDraft?: (form: UseFormReturn<FieldValues>, saved: boolean) => ReactNode;
}) {
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: addContactResolver,
    mode: 'onTouched',
    defaultValues: { ...EMPTY_CONTACT, customer: initialCustomer },
  });
  const types = useContactTypes();
  const addContact = useAddContact();
  const [saved, setSaved] = useState<Saved | null>(null);
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
  // One key per submission: a retry of the same contact (after a lost answer, say) reuses it, so
  // the server adds it once; a changed contact is a new submission with a new key.
  const submission = useRef<SubmissionKey>(undefined);
  async function save({ customer, ...contact }: FormOutput) {
    if (sending.current) return;
    sending.current = true;
    try {
      if (!(await duplicates.mayAdd(customer.id, contact))) return;
      // Loaded with the save, not with the first screen (BENCHMARKS.md).
      const { keyFor } = await import('./submission-key');
      submission.current = keyFor(submission.current, JSON.stringify([customer.id, contact]));
      const answer = await addContact({
        customerId: customer.id,
        contact,
        idempotencyKey: submission.current.key,
      });
      setSaved({ ...answer, customer });
    } catch (error) {
      applyServerErrors(error, form.setError, FIELD_NAMES);
    } finally {
      sending.current = false;
    }
  }

  function addAnother() {
    submission.current = undefined;
    form.reset({ ...EMPTY_CONTACT, customer: saved?.customer ?? null });
    duplicates.reset();
    setSaved(null);
    // The form is back in the DOM on the next frame.
    requestAnimationFrame(() => form.setFocus('name'));
  }

  // First in both branches below, so it stays mounted across a save and "Add another".
  const draft = renderDraft?.(form as unknown as UseFormReturn<FieldValues>, Boolean(saved));
  if (saved) {
    // Until the panel's code is here, and if it never comes, the user still learns the outcome
    // (and Komet's id), or they might add the contact again.
    // A screen of its own, heading included, for however long it shows.
    const note = (
      <section className="card saved" role="status" aria-labelledby="saved-title">
        <h1 id="saved-title">{saved.message}</h1>
        <p>
          {saved.customer.name}
          {'contactId' in saved && ` · Komet contact id ${saved.contactId}`}
        </p>
      </section>
    );
    return (
      <>
        {draft}
        <ErrorBoundary fallback={() => note}>
          <Suspense fallback={note}>
            <SavedPanel
              contactId={'contactId' in saved ? saved.contactId : undefined}
              customerName={saved.customer.name}
              onAddAnother={addAnother}
            >
              {renderSavedActions?.(
                saved.customer,
                'submissionId' in saved ? saved.submissionId : undefined,
              )}
            </SavedPanel>
          </Suspense>
        </ErrorBoundary>
      </>
    );
  }

  const rootError = form.formState.errors.root?.server?.message;
  return (
    <>
      {draft}
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
          {(!duplicates.matches || duplicates.matches.length > 0) && customerId && (
            <Suspense fallback={null}>
              <DuplicateWarning
                matches={duplicates.matches}
                onCheckAgain={() => formRef.current?.requestSubmit()}
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
    </>
  );
}
