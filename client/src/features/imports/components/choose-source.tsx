import { t } from '@lingui/core/macro';
import { IMPORT_LIMITS } from '@komet-contacts/server/contract';
import { useState, type DragEvent } from 'react';
import { Field } from '../../../components/ui/field';
import { intlLocale } from '../../../i18n/runtime';
import { formatCount } from './import-wording';
import './imports.css';

interface ChooseSourceProps {
  pending: boolean;
  onFile: (file: File) => void;
  onPaste: (rows: string) => void;
}

const megabytes = (bytes: number) =>
  new Intl.NumberFormat(intlLocale(), { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024);

/**
 * Step 1: a file (dropped, or chosen with the button: the drop zone is never the only way) or
 * rows pasted from a spreadsheet. A file over the limit is refused here, before any upload.
 */
export function ChooseSource({ pending, onFile, onPaste }: ChooseSourceProps) {
  const [dragging, setDragging] = useState(false);
  const [tooLarge, setTooLarge] = useState<string>();
  const [pasted, setPasted] = useState('');

  function take(file: File | undefined) {
    if (!file) return;
    if (file.size > IMPORT_LIMITS.bytes) {
      const size = megabytes(file.size);
      const name = file.name;
      setTooLarge(
        t`${name} is ${size} MB, more than the 5 MB an import takes, so it was not sent. Split it into smaller files, or save it without unused columns, and choose it again.`,
      );
      return;
    }
    setTooLarge(undefined);
    onFile(file);
  }
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (!pending) take(event.dataTransfer.files[0]);
  };
  const rows = formatCount(IMPORT_LIMITS.rows);

  return (
    <>
      <p>{t`Up to ${rows} rows and 5 MB per import. The first row names the columns.`}</p>
      <div
        className={`drop-zone${dragging ? ' drop-zone-active' : ''}`}
        role="group"
        aria-labelledby="drop-zone-hint"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <p id="drop-zone-hint" className="drop-zone-hint">
          {t`Drop a CSV file here, or`}
        </p>
        <label className="button-primary file-button">
          {t`Choose a file`}
          <input
            type="file"
            className="visually-hidden"
            accept=".csv,.txt,text/csv"
            disabled={pending}
            onChange={(event) => {
              take(event.target.files?.[0]);
              // The same file chosen again, after a fix in Excel, is read again.
              event.target.value = '';
            }}
          />
        </label>
        <p className="muted drop-zone-hint">{t`CSV or text, as Excel or Google Sheets save it.`}</p>
      </div>
      {tooLarge && (
        <p role="alert" className="form-error">
          {tooLarge}
        </p>
      )}
      <form
        className="paste-rows"
        onSubmit={(event) => {
          event.preventDefault();
          if (pasted.trim()) onPaste(pasted);
        }}
      >
        <Field
          id="pasted-rows"
          label={t`Or paste rows`}
          hint={t`Copy the rows in your spreadsheet, with the row of column names, and paste them here.`}
        >
          {(control) => (
            <textarea
              {...control}
              rows={6}
              spellCheck={false}
              value={pasted}
              onChange={(event) => setPasted(event.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="button-secondary" disabled={pending || !pasted.trim()}>
          {t`Check rows`}
        </button>
      </form>
    </>
  );
}
