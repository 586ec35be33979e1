import { t } from '@lingui/core/macro';
import { useLayoutEffect, useRef, useState } from 'react';
import type { Contact } from '@komet-contacts/server/contract';
import { ApiError } from '../../../lib/api';
import { releaseUnsavedChangesGuard } from '../../../lib/navigation-guard';
import { useDeleteContact } from '../api/delete-contact';
import { keyFor, type SubmissionKey } from './submission-key';
import '../../../styles/danger-button.css';
import '../../../styles/dialogs.css';
import './delete-contact.css';

interface DeleteContactProps {
  customerId: string;
  customerName: string;
  contact: Contact;
  /** After Komet confirmed the delete; unsaved edits of the contact no longer matter. */
  onDeleted: (contactName: string) => void;
}

/** "Delete contact", and the question that must be answered before anything is sent. */
export function DeleteContact({
  customerId,
  customerName,
  contact,
  onDeleted,
}: DeleteContactProps) {
  const [asking, setAsking] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  return (
    <div className="delete-contact">
      <button ref={opener} type="button" className="button-danger" onClick={() => setAsking(true)}>
        {t`Delete contact`}
      </button>
      {asking && (
        <ConfirmDelete
          customerId={customerId}
          customerName={customerName}
          contact={contact}
          onDeleted={onDeleted}
          onKeep={() => {
            setAsking(false);
            opener.current?.focus();
          }}
        />
      )}
    </div>
  );
}

function ConfirmDelete({
  customerId,
  customerName,
  contact,
  onDeleted,
  onKeep,
}: DeleteContactProps & { onKeep: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const remove = useDeleteContact();
  // One key for this contact's delete: trying again after a lost answer is answered once.
  const submission = useRef<SubmissionKey>(undefined);
  const name = contact.name;

  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    // The safe answer first: Enter or Space right away keeps the contact.
    keep.current?.focus();
    return () => {
      if (element.open) element.close();
    };
  }, []);

  async function confirm() {
    submission.current = keyFor(submission.current, JSON.stringify([customerId, contact.id]));
    try {
      await remove.mutateAsync({
        customerId,
        contactId: contact.id,
        idempotencyKey: submission.current.key,
      });
    } catch {
      return; // shown in the dialog, from remove.error
    }
    releaseUnsavedChangesGuard();
    onDeleted(contact.name);
  }

  return (
    <dialog
      ref={dialog}
      role="alertdialog"
      className="confirm-dialog"
      aria-labelledby="delete-contact-question"
      aria-describedby="delete-contact-detail"
      onCancel={(event) => {
        // Escape is "Keep", except while the delete is under way: its answer must be seen.
        event.preventDefault();
        if (!remove.isPending) onKeep();
      }}
    >
      <h2 id="delete-contact-question">{t`Delete ${name} from ${customerName}?`}</h2>
      <p id="delete-contact-detail">{t`This removes it from Komet.`}</p>
      {remove.isError && (
        <p className="form-error" role="alert">
          {deleteErrorMessage(remove.error, contact.name)}
        </p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button-danger"
          disabled={remove.isPending}
          onClick={() => void confirm()}
        >
          {remove.isPending ? t`Deleting…` : t`Delete`}
        </button>
        <button
          ref={keep}
          type="button"
          className="button-secondary"
          disabled={remove.isPending}
          onClick={onKeep}
        >
          {t`Keep`}
        </button>
      </div>
    </dialog>
  );
}

/** What happened, whether anything changed, and what to do, for the person who asked. */
export function deleteErrorMessage(error: unknown, name: string): string {
  if (!(error instanceof ApiError)) return t`${name} could not be deleted. Please try again.`;
  const { status, problem } = error;
  // The problem's own words (Komet's, on a 422) are shown as written, not translated.
  const detail = problem.detail;
  if (status === 404) {
    return t`${name} is no longer among this customer’s contacts in Komet: someone may have deleted it already. Nothing was changed. Go back to the customer to see the current list.`;
  }
  if (status === 403) {
    return t`Only support staff and admins can delete contacts. Nothing was changed.`;
  }
  if (status === 401) {
    return t`You are signed out, so nothing was deleted. Sign in again, then delete the contact.`;
  }
  if (status === 422) {
    return t`Komet refused to delete ${name}: “${detail}”. Nothing was changed.`;
  }
  if (status === 429) return `${detail} ${t`${name} was not deleted.`}`;
  if (status === 0 || status === 502 || status === 504) {
    return t`Komet did not confirm the delete, so ${name} may or may not have been deleted. Open the customer’s contacts to check, and try again only if it is still listed.`;
  }
  return t`${name} could not be deleted: something went wrong on the server. Try again in a moment.`;
}
