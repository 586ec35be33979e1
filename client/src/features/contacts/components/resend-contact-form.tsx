import { t } from '@lingui/core/macro';
import { useRef, type ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { ContactDraft, ContactInput } from '@komet-contacts/server/contract';
import { applyServerErrors } from '../../../messages/form-errors';
import { submitOnCtrlEnter } from '../../../lib/submit-shortcut';
import { CONTACT_FIELD_NAMES, toDraft } from './contact-draft';
import { ContactFields } from './contact-fields';
import { editContactResolver, loadResolvers } from './lazy-resolvers';

interface ResendContactFormProps {
  contact: ContactInput;
  types: readonly string[];
  /** Sends the fixed contact; a rejection's field errors land on the fields. */
  onSend: (contact: ContactInput) => Promise<unknown>;
  /** More actions beside "Send again" (Discard). */
  children?: ReactNode;
}

/**
 * A contact Komet refused, in the add form's fields and rules, to fix and send again (issue 7).
 * Komet's reason is shown by the page above it.
 */
export function ResendContactForm({ contact, types, onSend, children }: ResendContactFormProps) {
  const form = useForm<ContactDraft, unknown, ContactInput>({
    resolver: editContactResolver,
    mode: 'onTouched',
    defaultValues: toDraft(contact),
  });
  const sending = useRef(false);

  async function send(values: ContactInput) {
    if (sending.current) return;
    sending.current = true;
    try {
      await onSend(values);
    } catch (error) {
      applyServerErrors(error, form.setError, CONTACT_FIELD_NAMES);
    } finally {
      sending.current = false;
    }
  }

  const rootError = form.formState.errors.root?.server?.message;
  const name = contact.name;
  return (
    <FormProvider {...form}>
      <form
        noValidate
        aria-label={t`Fix ${name}`}
        onSubmit={(event) => void form.handleSubmit(send)(event)}
        onFocus={() => void loadResolvers()}
        onKeyDown={submitOnCtrlEnter}
      >
        <ContactFields idPrefix="resend" types={types} />
        {rootError && (
          <p className="form-error" role="alert">
            {rootError}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={form.formState.isSubmitting}>
            {form.formState.isSubmitting ? t`Sending…` : t`Send again`}
          </button>
          {children}
        </div>
      </form>
    </FormProvider>
  );
}
