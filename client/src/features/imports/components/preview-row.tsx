import { t } from '@lingui/core/macro';
import { memo } from 'react';
import type { ImportField, PreviewRow, RowProblem } from '@komet-contacts/server/contract';
import { i18n } from '../../../i18n/runtime';
import { rowProblemWords } from './import-errors';
import { IMPORT_FIELD_LABELS, toneOf, VERDICT_WORDS } from './import-wording';

export interface MappedColumn {
  field: ImportField;
  column: number;
  label: string;
  /** The column's name in the file. */
  header: string;
}

interface PreviewRowProps {
  row: PreviewRow;
  cells: readonly string[];
  columns: readonly MappedColumn[];
  disabled: boolean;
  onEdit: (sheetRow: number, column: number, value: string) => void;
}

/** Why a row needs fixing, field by field, in the reader's language (also in the report). */
export function ProblemList({ problems }: { problems: readonly RowProblem[] }) {
  return (
    <ul className="row-problems">
      {problems.map((problem, index) => (
        <li key={index}>
          <span className="problem-field">{i18n._(IMPORT_FIELD_LABELS[problem.field])}:</span>{' '}
          {rowProblemWords(problem.message)}
        </li>
      ))}
    </ul>
  );
}

/** The sentence for a row the file repeats (also in the report). */
export const sameAsRow = (row: number) => t`Same person as row ${row}; only that row is sent.`;

/** What the preview found, beside the badge: the problems, or what the row repeats. */
function VerdictDetail({ verdict }: { verdict: PreviewRow['verdict'] }) {
  if (verdict.kind === 'needs-fixing') return <ProblemList problems={verdict.problems} />;
  if (verdict.kind === 'duplicate') {
    const match = verdict.matches[0]?.contact;
    if (!match) return null;
    const { name, id } = match;
    return <span className="row-note">{t`Same person as ${name} (Komet contact ${id}).`}</span>;
  }
  if (verdict.kind === 'duplicate-in-file') {
    return <span className="row-note">{sameAsRow(verdict.ofRow)}</span>;
  }
  return null;
}

/** One row: its cells, inputs when it needs fixing (named by row and column for screen readers). */
export const PreviewRowView = memo(function PreviewRowView({
  row,
  cells,
  columns,
  disabled,
  onEdit,
}: PreviewRowProps) {
  const { sheetRow, verdict } = row;
  const fixable = verdict.kind === 'needs-fixing';
  const wrong = new Set(fixable ? verdict.problems.map((problem) => problem.field) : []);
  return (
    <tr className={fixable ? 'row-to-fix' : undefined}>
      <th scope="row">{sheetRow}</th>
      {columns.map(({ field, column, label }) => (
        <td key={column} data-label={label}>
          {fixable ? (
            <input
              type="text"
              aria-label={t`Row ${sheetRow}, ${label}`}
              aria-invalid={wrong.has(field)}
              disabled={disabled}
              value={cells[column] ?? ''}
              onChange={(event) => onEdit(sheetRow, column, event.target.value)}
            />
          ) : (
            cells[column]
          )}
        </td>
      ))}
      <td data-label={t`Check`}>
        <span className={`badge ${toneOf(verdict.kind)}`}>
          {i18n._(VERDICT_WORDS[verdict.kind])}
        </span>
        <VerdictDetail verdict={verdict} />
      </td>
    </tr>
  );
});
