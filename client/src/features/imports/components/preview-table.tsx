import { t } from '@lingui/core/macro';
import { useMemo, useState } from 'react';
import type { ImportField, ImportPreview, PreviewRow } from '@komet-contacts/server/contract';
import { i18n } from '../../../i18n/runtime';
import { formatCount, IMPORT_FIELD_LABELS } from './import-wording';
import { PreviewRowView, type MappedColumn } from './preview-row';
import { PAGE_SIZE, ShowMore } from './show-more';
import '../../../styles/tables.css';
import './imports.css';

type Filter = 'all' | 'needs-fixing' | 'duplicates';

// The rows that need the reader come first: on a long file they would be pages away.
const RANK = { 'needs-fixing': 0, duplicate: 1, 'duplicate-in-file': 1, ready: 2 } as const;

function rowsFor(rows: readonly PreviewRow[], filter: Filter): PreviewRow[] {
  const kept = rows.filter(
    ({ verdict: { kind } }) =>
      filter === 'all' ||
      (filter === 'needs-fixing' ? kind === 'needs-fixing' : RANK[kind] === RANK.duplicate),
  );
  return kept.sort((a, b) => RANK[a.verdict.kind] - RANK[b.verdict.kind]);
}

interface PreviewTableProps {
  preview: ImportPreview;
  /** Cells changed in place, by sheet row, not yet checked again. */
  edits: Readonly<Record<number, string[]>>;
  disabled: boolean;
  onEdit: (sheetRow: number, column: number, value: string) => void;
}

/** Step 2's rows: each with its mapped cells and verdict; rows that need fixing are inputs. */
export function PreviewTable({ preview, edits, disabled, onEdit }: PreviewTableProps) {
  const [filter, setFilter] = useState<Filter>('all');
  const [limit, setLimit] = useState(PAGE_SIZE);
  const rows = useMemo(() => rowsFor(preview.rows, filter), [preview.rows, filter]);
  const columns = useMemo<MappedColumn[]>(
    () =>
      (Object.entries(preview.mapping) as [ImportField, number][])
        .sort((a, b) => a[1] - b[1])
        .map(([field, column]) => ({
          field,
          column,
          label: i18n._(IMPORT_FIELD_LABELS[field]),
          header: preview.headers[column] ?? '',
        })),
    [preview.mapping, preview.headers],
  );
  const { counts } = preview;
  const all = formatCount(preview.rows.length);
  const fixing = formatCount(counts['needs-fixing']);
  const duplicates = formatCount(counts.duplicate + counts['duplicate-in-file']);
  const shown = rows.slice(0, limit);

  return (
    <>
      <div className="field table-filter">
        <label htmlFor="preview-filter">{t`Show`}</label>
        <select
          id="preview-filter"
          value={filter}
          onChange={(event) => {
            setFilter(event.target.value as Filter);
            setLimit(PAGE_SIZE);
          }}
        >
          <option value="all">{t`All rows (${all})`}</option>
          <option value="needs-fixing">{t`Rows that need fixing (${fixing})`}</option>
          <option value="duplicates">{t`Duplicates (${duplicates})`}</option>
        </select>
      </div>
      <div className="table-scroll">
        <table className="contacts-table stacked-table import-table">
          <caption className="visually-hidden">{t`The file’s rows, as checked`}</caption>
          <thead>
            <tr>
              <th scope="col">{t`Row`}</th>
              {columns.map(({ column, label, header }) => (
                <th scope="col" key={column}>
                  {label}
                  {header !== label && (
                    <>
                      {' '}
                      <span className="column-header">{header}</span>
                    </>
                  )}
                </th>
              ))}
              <th scope="col">{t`Check`}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <PreviewRowView
                key={row.sheetRow}
                row={row}
                cells={edits[row.sheetRow] ?? row.cells}
                columns={columns}
                disabled={disabled}
                onEdit={onEdit}
              />
            ))}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && <p className="empty-state">{t`No row of this kind.`}</p>}
      <ShowMore
        shown={shown.length}
        total={rows.length}
        onMore={() => setLimit(limit + PAGE_SIZE)}
      />
    </>
  );
}
