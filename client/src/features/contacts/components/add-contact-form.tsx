import { useRef, useState, type ReactNode } from 'react';
import { FormProvider, useController, useForm, type Control, type Resolver } from 'react-hook-form';
import type { AddContactResponse, CustomerSummary } from '@komet-contacts/server/contract';
import { applyServerErrors } from '../../../lib/form-errors';
import { useAddContact } from '../api/add-contact';
import { useContactTypes } from '../api/list-contact-types';
import type {
  AddContactFormInput as FormInput,
  AddContactFormOutput as FormOutput,
} from './add-contact-schema';
import { ContactFields } from './contact-fields';
import { SavedPanel } from './saved-panel';

// zod and the resolver are a tenth of the app's JS but first needed at the first blur or submit,
// so they load on the first focus inside the form, off the critical path of the first render.
const loadResolver = () =>
  import('./add-contact-schema').then((module) => module.addContactResolver);
const resolver: Resolver<FormInput, unknown, FormOutput> = async (values, context, options) =>
  (await loadResolver())(values, context, options);

export interface CustomerSlotProps {
  value: CustomerSummary | null;
  onChange: (customer: CustomerSummary | null) => void;
  onBlur: () => void;
  inputRef: (element: HTMLInputElement | null) => void;
  error: string | undefined;
}

const EMPTY_CONTACT = {
  name: '',
  type: '',
  phone: '',
  ext: '',
  mobile: '',
  fax: '',
  email: '',
  description: '',
  instantMessaging: '',
  emailPOD: false,
};
const FIELD_NAMES = ['customer', ...Object.keys(EMPTY_CONTACT)];

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
}: {
  initialCustomer?: CustomerSummary | null;
  renderCustomerPicker: (props: CustomerSlotProps) => ReactNode;
}) {
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver,
    mode: 'onTouched',
    defaultValues: { ...EMPTY_CONTACT, customer: initialCustomer },
  });
  const types = useContactTypes();
  const addContact = useAddContact();
  const [saved, setSaved] = useState<(AddContactResponse & { customer: CustomerSummary }) | null>(
    null,
  );
  const formRef = useRef<HTMLFormElement>(null);

  const onSubmit = form.handleSubmit(async ({ customer, ...contact }) => {
    if (addContact.isPending) return;
    try {
      const answer = await addContact.mutateAsync({ customerId: customer.id, contact });
      setSaved({ ...answer, customer });
    } catch (error) {
      applyServerErrors(error, form.setError, FIELD_NAMES);
    }
  });

  function addAnother() {
    form.reset({ ...EMPTY_CONTACT, customer: saved?.customer ?? null });
    addContact.reset();
    setSaved(null);
    // The form is back in the DOM on the next frame.
    requestAnimationFrame(() => form.setFocus('name'));
  }

  if (saved) {
    return (
      <SavedPanel
        contactId={saved.contactId}
        customerName={saved.customer.name}
        onAddAnother={addAnother}
      />
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
        onSubmit={(event) => void onSubmit(event)}
        onFocus={() => void loadResolver()}
        onKeyDown={(event) => {
          // Ctrl/Cmd+Enter saves from anywhere, the description's textarea included.
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            formRef.current?.requestSubmit();
          }
        }}
      >
        <h1 id="add-contact-title">Add a contact</h1>
        <CustomerSlot control={form.control} render={renderCustomerPicker} />
        <ContactFields idPrefix="contact" types={types.data?.types ?? []} />
        {types.isError && (
          <p className="form-error" role="alert">
            Contact types could not be loaded; reload the page to try again.
          </p>
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
