import { t } from '@lingui/core/macro';
import { useState } from 'react';
import { ApiError } from '../../../lib/api';
import { describeError } from '../../../messages/form-errors';
import type { AuditFilters } from '../api/list-audit';
import { exportAudit } from '../api/export-audit';
import { auditCsv, auditCsvFileName } from '../audit-csv';
import { saveCsvFile } from '../../../export/csv-file';

/**
 * Saves the trail under these filters as CSV, worded in the reader's language: made here from
 * the API's pages, since the words live in the client's catalogs (issue 8).
 */
export function DownloadAuditButton({ filters }: { filters: AuditFilters }) {
  const [state, setState] = useState<{ busy: boolean; error?: string }>({ busy: false });

  async function download() {
    setState({ busy: true });
    try {
      saveCsvFile(auditCsvFileName(new Date()), await auditCsv(await exportAudit(filters)));
      setState({ busy: false });
    } catch (error) {
      // Our server's answer says what went wrong; without one it is the connection (the CSV
      // code is fetched on the first click, the pages one after another).
      const said =
        error instanceof ApiError && error.status !== 0
          ? describeError(error)
          : t`The file could not be made. Check your connection and try again.`;
      setState({ busy: false, error: said });
    }
  }

  return (
    <div>
      <button
        type="button"
        className="button-secondary"
        disabled={state.busy}
        aria-busy={state.busy}
        onClick={() => void download()}
      >
        {t`Download CSV`}
      </button>
      {state.error && (
        <p role="alert" className="form-error">
          {state.error}
        </p>
      )}
    </div>
  );
}
