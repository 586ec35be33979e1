import { t } from '@lingui/core/macro';
import { useRef, useState, type KeyboardEvent } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import {
  changedFields,
  contactConflictSchema,
  everyContactField,
  type Contact,
  type ContactDraft,
  type ContactInput,
  type ContactSnapshot,
} from '@komet-contacts/server/contract';
import { ApiError } from '../../../lib/api';
import { applyServerErrors } from '../../../messages/form-errors';
import { submitOnCtrlEnter } from '../../../lib/submit-shortcut';
import { releaseUnsavedChangesGuard, useUnsavedChangesGuard } from '../../../lib/navigation-guard';
import { useUpdateContact } from '../api/update-contact';
import { ConflictPanel } from './conflict-panel';
import { CONTACT_FIELD_NAMES, toDraft } from './contact-draft';
import { ContactFields } from './contact-fields';
import { editContactResolver, loadResolvers } from './lazy-resolvers';
import { keyFor, type SubmissionKey } from './submission-key';

interface Conflict {
  current: ContactSnapshot;
  /** Fields Komet changed since the form was opened. */
  changedFields: string[];
  mine: ContactInput;
  /** Fields this user changed. */
  yours: string[];
}

interface EditContactFormProps {
  customerId: string;
  contact: Contact;
  types: readonly string[];
  onSaved: (contactId: string) => void;
  /** Cancel or Escape: leaving asks first while there are unsaved changes (navigation-guard.ts). */
  onCancel: () => void;
}

/**
 * Edits one contact with the add form's fields and rules. Komet's update replaces the whole
 * record, so the full record is sent; the version it started from goes along, and the server
 * refuses (409) when Komet's copy changed meanwhile instead of overwriting it silently.
 */
export function EditContactForm({
  customerId,
  contact,
  types,
  onSaved,
  onCancel,
}: EditContactFormProps) {
  const form = useForm<ContactDraft, unknown, ContactInput>({
    resolver: editContactResolver,
    mode: 'onTouched',
    defaultValues: toDraft(contact),
  });
  const update = useUpdateContact();
  // The version the next save is checked against; a ref, so a save right after a choice sees it.
  const expected = useRef<ContactSnapshot>(contact);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const sending = useRef(false);
  // One key per submission: a retry of the same save (after a lost answer, say) reuses it, so the
  // server answers it once; a changed record, or a new version to check against, gets a new one.
  const submission = useRef<SubmissionKey>(undefined);
  const { isSubmitting, defaultValues } = form.formState;
  // Only a real change enables Save: spaces around a value are trimmed away before saving.
  const values = useWatch({ control: form.control });
  const isDirty = changedFields(values, defaultValues ?? {}).length > 0;
  useUnsavedChangesGuard(isDirty, t`This contact has unsaved changes. Leave without saving them?`);

  async function save(values: ContactInput) {
    if (sending.current) return;
    sending.current = true;
    setConflict(null);
    // Every field, a cleared one as "": Komet may keep a field it is not sent (KOMET-API.md).
    const body = { contact: everyContactField(values), expected: expected.current };
    submission.current = keyFor(submission.current, JSON.stringify([customerId, contact.id, body]));
    try {
      await update.mutateAsync({
        customerId,
        contactId: contact.id,
        ...body,
        idempotencyKey: submission.current.key,
      });
      // Saved: a further edit of this contact is a new submission.
      submission.current = undefined;
      releaseUnsavedChangesGuard();
      onSaved(contact.id);
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) {
        const body = contactConflictSchema.safeParse(error.body);
        if (body.success) {
          const yours = changedFields(values, expected.current);
          return setConflict({ ...body.data, mine: values, yours });
        }
      }
      applyServerErrors(error, form.setError, CONTACT_FIELD_NAMES);
    } finally {
      sending.current = false;
    }
  }

  const rootError = form.formState.errors.root?.server?.message;
  const contactName = contact.name;
  return (
    <FormProvider {...form}>
      <form
        ref={formRef}
        noValidate
        aria-labelledby="edit-contact-title"
        onSubmit={(event) => void form.handleSubmit(save)(event)}
        onFocus={() => void loadResolvers()}
        onKeyDown={(event) => {
          submitOnCtrlEnter(event);
          cancelOnEscape(event, onCancel);
        }}
      >
        <h1 id="edit-contact-title">{t`Edit ${contactName}`}</h1>
        <ContactFields idPrefix="edit" types={types} />
        {conflict && (
          <ConflictPanel
            mine={conflict.mine}
            yours={conflict.yours}
            current={conflict.current}
            changedFields={conflict.changedFields}
            onKeepMine={() => {
              // Keep what this user changed; take Komet's value for everything else, so
              // someone else's edit to another field is not undone.
              for (const field of conflict.changedFields) {
                if (conflict.yours.includes(field)) continue;
                const name = field as keyof ContactDraft;
                form.setValue(name, toDraft(conflict.current)[name], { shouldDirty: true });
              }
              expected.current = conflict.current;
              setConflict(null);
              formRef.current?.requestSubmit();
            }}
            onUseCurrent={() => {
              expected.current = conflict.current;
              form.reset(toDraft(conflict.current));
              setConflict(null);
            }}
          />
        )}
        {rootError && (
          <p className="form-error" role="alert">
            {rootError}
          </p>
        )}
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={!isDirty || isSubmitting}>
            {isSubmitting ? t`Saving…` : t`Save changes`}
          </button>
          <button type="button" className="button-secondary" onClick={onCancel}>
            {t`Cancel`}
          </button>
          <span className="shortcut-hint">
            {isDirty ? t`or press Ctrl+Enter; Escape cancels` : t`No changes yet`}
          </span>
        </div>
      </form>
    </FormProvider>
  );
}

function cancelOnEscape(event: KeyboardEvent<HTMLFormElement>, cancel: () => void): void {
  if (event.key !== 'Escape' || event.defaultPrevented) return;
  event.preventDefault();
  cancel();
}
