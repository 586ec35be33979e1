import { t } from '@lingui/core/macro';
import type { ImportDetail } from '@komet-contacts/server/contract';
import { locale } from '../../../i18n/runtime';
import { Link } from '../../../lib/router';
import { ReportTable } from './report-table';
import './imports.css';

interface ImportReportProps {
  detail: ImportDetail;
  /** A new import for the same customer, or for many customers again. */
  newImportHref: string;
}

/** The report, while the import runs and after: each row's outcome, and the file to download. */
export function ImportReport({ detail, newImportHref }: ImportReportProps) {
  const over = detail.state === 'done' || detail.state === 'cancelled';
  return (
    <section aria-labelledby="import-report-title">
      <h2 id="import-report-title">{over ? t`Report` : t`Report so far`}</h2>
      <div className="form-actions report-actions">
        {/* The server writes the file, in the language the reader reads now. */}
        <a
          className="button-secondary"
          href={`/api/imports/${detail.id}/report.csv?lang=${locale}`}
          download
        >
          {t`Download report (CSV)`}
        </a>
        <Link className="button-secondary" href={newImportHref}>
          {t`Start a new import`}
        </Link>
      </div>
      {detail.counts.refused > 0 && (
        <p>{t`Refused rows can be fixed in the downloaded file and imported again.`}</p>
      )}
      <ReportTable detail={detail} />
    </section>
  );
}
