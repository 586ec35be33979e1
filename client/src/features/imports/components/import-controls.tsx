import { t } from '@lingui/core/macro';
import { useRef, useState } from 'react';
import type { ImportStatus } from '@komet-contacts/server/contract';
import { useChangeImport } from '../api/change-import';
import { CancelImportDialog } from './cancel-import-dialog';
import { describeImportError } from './import-errors';
import './imports.css';

/** Pause, Continue and Cancel, for whoever started the import and for admins. */
export function ImportControls({ status }: { status: ImportStatus }) {
  const change = useChangeImport(status.id);
  const [asking, setAsking] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const { state } = status;
  if (state === 'done' || state === 'cancelled' || state === 'preview') return null;
  const busy = change.isPending;
  return (
    <div className="import-controls">
      <div className="form-actions">
        {state === 'paused' ? (
          <button
            type="button"
            className="button-primary"
            disabled={busy}
            onClick={() => change.mutate('start')}
          >
            {t`Continue`}
          </button>
        ) : (
          <button
            type="button"
            className="button-secondary"
            disabled={busy}
            onClick={() => change.mutate('pause')}
          >
            {t`Pause`}
          </button>
        )}
        <button
          ref={opener}
          type="button"
          className="button-danger"
          disabled={busy}
          onClick={() => setAsking(true)}
        >
          {t`Cancel the import`}
        </button>
      </div>
      {change.isError && !asking && (
        <p role="alert" className="form-error">
          {describeImportError(change.error)}
        </p>
      )}
      {asking && (
        <CancelImportDialog
          notSent={status.counts.remaining}
          pending={busy}
          error={change.isError ? describeImportError(change.error) : undefined}
          onCancel={() => change.mutate('cancel', { onSuccess: () => setAsking(false) })}
          onKeep={() => {
            setAsking(false);
            change.reset();
            opener.current?.focus();
          }}
        />
      )}
    </div>
  );
}
