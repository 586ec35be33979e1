import { t } from '@lingui/core/macro';
import { useMemo, useState } from 'react';
import type { ImportDetail, ImportReportRow } from '@komet-contacts/server/contract';
import { i18n } from '../../../i18n/runtime';
import { OUTCOME_WORDS, toneOf } from './import-wording';
import { ProblemList, sameAsRow } from './preview-row';
import { PAGE_SIZE, ShowMore } from './show-more';
import '../../../styles/tables.css';
import './imports.css';

/** Refused rows first: they are what the reader fixes and imports again. */
const refusedFirst = (rows: readonly ImportReportRow[]) =>
  [...rows].sort((a, b) => Number(b.outcome === 'refused') - Number(a.outcome === 'refused'));

function OutcomeDetail({ row }: { row: ImportReportRow }) {
  const id = row.contactId;
  if (row.outcome === 'sent' && id)
    return <span className="row-note">{t`Komet contact ${id}`}</span>;
  if (row.outcome === 'duplicate' && id) {
    return <span className="row-note">{t`Same as Komet contact ${id}`}</span>;
  }
  // Worded here from the preview's facts; the message is their English, for the CSV.
  if (row.problems) return <ProblemList problems={row.problems} />;
  if (row.ofRow) return <span className="row-note">{sameAsRow(row.ofRow)}</span>;
  if (!row.message) return null;
  // Komet's own words, as Komet wrote them.
  const message = row.message;
  return (
    <span className="row-note">
      {row.outcome === 'refused' ? t`Komet said: ${message}` : message}
    </span>
  );
}

/** The report: every row of the file with what became of it. */
export function ReportTable({ detail }: { detail: ImportDetail }) {
  const [limit, setLimit] = useState(PAGE_SIZE);
  const rows = useMemo(() => refusedFirst(detail.rows), [detail.rows]);
  const shown = rows.slice(0, limit);
  return (
    <>
      <div className="table-scroll">
        <table className="contacts-table stacked-table import-table">
          <caption className="visually-hidden">{t`What became of each row`}</caption>
          <thead>
            <tr>
              <th scope="col">{t`Row`}</th>
              {detail.headers.map((header, column) => (
                <th scope="col" key={column}>
                  {header}
                </th>
              ))}
              <th scope="col">{t`Outcome`}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((row) => (
              <tr
                key={row.sheetRow}
                className={row.outcome === 'refused' ? 'row-to-fix' : undefined}
              >
                <th scope="row">{row.sheetRow}</th>
                {detail.headers.map((header, column) => (
                  <td key={column} data-label={header}>
                    {row.cells[column]}
                  </td>
                ))}
                <td data-label={t`Outcome`}>
                  <span className={`badge ${toneOf(row.outcome)}`}>
                    {i18n._(OUTCOME_WORDS[row.outcome])}
                  </span>
                  <OutcomeDetail row={row} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ShowMore
        shown={shown.length}
        total={rows.length}
        onMore={() => setLimit(limit + PAGE_SIZE)}
      />
    </>
  );
}
