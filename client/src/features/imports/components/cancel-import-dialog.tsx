import { plural, t } from '@lingui/core/macro';
import { useLayoutEffect, useRef } from 'react';
import '../../../styles/danger-button.css';
import '../../../styles/dialogs.css';
import './imports.css';

interface CancelImportDialogProps {
  notSent: number;
  pending: boolean;
  error: string | undefined;
  onCancel: () => void;
  onKeep: () => void;
}

/** Cancelling cannot be undone: asked first, saying that what was sent stays in Komet. */
export function CancelImportDialog({
  notSent,
  pending,
  error,
  onCancel,
  onKeep,
}: CancelImportDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const keep = useRef<HTMLButtonElement>(null);

  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    // The safe answer first: Enter or Space right away keeps the import going.
    keep.current?.focus();
    return () => {
      if (element.open) element.close();
    };
  }, []);

  const rows = plural(notSent, { one: 'The # row', other: 'The # rows' });
  return (
    <dialog
      ref={dialog}
      role="alertdialog"
      className="confirm-dialog"
      aria-labelledby="cancel-import-question"
      aria-describedby="cancel-import-detail"
      onCancel={(event) => {
        event.preventDefault();
        if (!pending) onKeep();
      }}
    >
      <h2 id="cancel-import-question">{t`Cancel this import?`}</h2>
      <p id="cancel-import-detail">
        {t`${rows} not sent yet will not be sent. Rows already sent stay in Komet: cancelling does not remove them.`}
      </p>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <div className="form-actions">
        <button type="button" className="button-danger" disabled={pending} onClick={onCancel}>
          {pending ? t`Cancelling…` : t`Yes, cancel the import`}
        </button>
        <button
          ref={keep}
          type="button"
          className="button-secondary"
          disabled={pending}
          onClick={onKeep}
        >
          {t`Keep importing`}
        </button>
      </div>
    </dialog>
  );
}
