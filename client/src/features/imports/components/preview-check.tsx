import { t } from '@lingui/core/macro';
import type { ImportStatus } from '@komet-contacts/server/contract';
import { ColumnMappingFields } from './column-mapping';
import { PreviewCounts } from './preview-counts';
import { PreviewTable } from './preview-table';
import { StartImport } from './start-import';
import type { useImportPreview } from './use-import-preview';
import './imports.css';

interface PreviewCheckProps {
  flow: ReturnType<typeof useImportPreview>;
  manyCustomers: boolean;
  onStarted: (status: ImportStatus) => void;
}

/** Step 2: the columns, the verdicts, fixes in place, and what sending will cost. */
export function PreviewCheck({ flow, manyCustomers, onStarted }: PreviewCheckProps) {
  const preview = flow.preview!;
  const fixing = preview.counts['needs-fixing'];
  return (
    <>
      <div className="page-heading">
        <h2>{t`Check the rows`}</h2>
        <button
          type="button"
          className="link-button"
          disabled={flow.pending}
          onClick={flow.startOver}
        >
          {t`Choose another file`}
        </button>
      </div>
      <p className="muted">
        {t`Check what each column holds: a change checks the rows again. Nothing has been sent yet.`}
      </p>
      <ColumnMappingFields
        headers={preview.headers}
        mapping={preview.mapping}
        manyCustomers={manyCustomers}
        disabled={flow.pending}
        onChange={flow.remap}
      />
      <PreviewCounts counts={preview.counts} />
      <PreviewTable
        preview={preview}
        edits={flow.edits}
        disabled={flow.pending}
        onEdit={flow.onEdit}
      />
      {fixing > 0 && (
        <div className="form-actions">
          <button
            type="button"
            className="button-secondary"
            disabled={flow.pending}
            onClick={flow.checkAgain}
          >
            {t`Check again`}
          </button>
          <span className="muted">{t`Fix the marked cells above, then check the rows again.`}</span>
        </div>
      )}
      <StartImport
        key={preview.id}
        preview={preview}
        blockedBy={
          flow.edited ? t`You changed some rows: check them again before you start.` : undefined
        }
        onStarted={onStarted}
      />
    </>
  );
}
