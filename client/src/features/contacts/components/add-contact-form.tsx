import { t } from '@lingui/core/macro';
import { useQueryClient } from '@tanstack/react-query';
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
import { submitOnCtrlEnter } from '../../../lib/submit-shortcut';
import type { AddContactAnswer } from '../api/add-contact';
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
// Only when a contact is about to go to an inactive customer.
const InactiveCustomerQuestion = lazy(() => import('./inactive-customer-question'));
const SavedNews = lazy(() => import('./saved-panel'));

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
  /**
   * Keeps a draft of what is typed and guards leaving; from the page (features/drafts). `saved`
   * is the latest save while its news shows: each new one means the draft has done its job.
   */
  renderDraft?: (form: UseFormReturn<FieldValues>, saved: object | null) => ReactNode;
}) {
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: addContactResolver,
    mode: 'onTouched',
    defaultValues: { ...EMPTY_CONTACT, customer: initialCustomer },
  });
  const types = useContactTypes();
  const queryClient = useQueryClient();
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
  const submission = useRef<SubmissionKey>(undefined);
  // Komet lists the customer as inactive: asked once per customer before anything is sent.
  const [askingInactive, setAskingInactive] = useState<string>();
  const inactiveConfirmed = useRef<string>(undefined);
  async function save({ customer, ...contact }: FormOutput) {
    if (sending.current) return;
    sending.current = true;
    // The news of the last save goes as the next one starts.
    setSaved(null);
    try {
      if (!customer.active && inactiveConfirmed.current !== customer.id) {
        setAskingInactive(customer.id);
        return;
      }
      const { saveAddedContact } = await import('./save-added-contact');
      const outcome = await saveAddedContact(
        queryClient,
        customer.id,
        contact,
        duplicates.accepted.current,
        submission,
      );
      if ('matches' in outcome) {
        duplicates.setMatches(outcome.matches);
        return;
      }
      // The news shows above a fresh form for the same customer, ready for the next contact with
      // no key in between (issue 8): a new submission, nothing typed, the cursor in Name.
      setSaved({ ...outcome.answer, customer });
      submission.current = undefined;
      form.reset({ ...EMPTY_CONTACT, customer });
      duplicates.reset();
    } catch (error) {
      // Loaded with the first failure; offline it may not load, and the error's own words remain.
      await import('../../../messages/form-errors').then(
        ({ applyServerErrors }) => applyServerErrors(error, form.setError, FIELD_NAMES),
        () => form.setError('root.server', { message: (error as Error).message }),
      );
    } finally {
      sending.current = false;
    }
  }

  // Once the fresh form is committed, the cursor waits in Name. The element itself: RHF's
  // setFocus finds nothing while the reset fields are not registered again.
  useEffect(() => {
    if (saved) formRef.current?.querySelector<HTMLElement>('[name="name"]')?.focus();
  }, [saved]);

  // Another customer: the news was about the last one.
  if (saved && saved.customer.id !== customerId) setSaved(null);
  const contactId = saved && 'contactId' in saved ? saved.contactId : undefined;
  // Until the news's code is here, and if it never comes, the user still learns the outcome (and
  // Komet's id), or they might add the contact again.
  const note = saved && (
    <section className="card saved saved-news" role="status" aria-labelledby="saved-title">
      <h2 id="saved-title">{saved.message}</h2>
      <p>
        {saved.customer.name}
        {contactId && ` · ${t`Komet contact id ${contactId}`}`}
      </p>
    </section>
  );

  const rootError = form.formState.errors.root?.server?.message;
  return (
    <>
      {/* Above the form, never focused: the user goes on typing the next contact. */}
      {saved && (
        <ErrorBoundary fallback={() => note}>
          <Suspense fallback={note}>
            <SavedNews contactId={contactId} customerName={saved.customer.name}>
              {renderSavedActions?.(
                saved.customer,
                'submissionId' in saved ? saved.submissionId : undefined,
              )}
            </SavedNews>
          </Suspense>
        </ErrorBoundary>
      )}
      {renderDraft?.(form as unknown as UseFormReturn<FieldValues>, saved)}
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
          <h1 id="add-contact-title">{t`Add a contact`}</h1>
          <CustomerSlot control={form.control} render={renderCustomerPicker} />
          <ContactFields idPrefix="contact" types={typeOptions(types.data?.types, existing)} />
          {types.isError && (
            <p className="form-error" role="alert">
              {t`Contact types could not be loaded; reload the page to try again.`}
            </p>
          )}
          {askingInactive && askingInactive === customerId && (
            <Suspense fallback={null}>
              <InactiveCustomerQuestion
                onConfirm={() => {
                  inactiveConfirmed.current = customerId;
                  setAskingInactive(undefined);
                  formRef.current?.requestSubmit();
                }}
              />
            </Suspense>
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
              {form.formState.isSubmitting ? t`Saving…` : t`Save contact`}
            </button>
            <span className="shortcut-hint">{t`or press Ctrl+Enter`}</span>
          </div>
        </form>
      </FormProvider>
    </>
  );
}
