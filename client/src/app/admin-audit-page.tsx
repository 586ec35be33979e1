import { t } from '@lingui/core/macro';
import type { AuditAction, AuditOutcome } from '@komet-contacts/server/contract';
import { auditSearch, auditTrailQuery, type AuditFilters } from '../features/audit/api/list-audit';
import { AuditFiltersForm } from '../features/audit/components/audit-filters';
import { AuditPages } from '../features/audit/components/audit-pages';
import { AuditTable } from '../features/audit/components/audit-table';
import { DownloadAuditButton } from '../features/audit/components/download-audit-button';
import { Link, navigate, useSearch } from '../lib/router';
import { adminPaths } from './admin-paths';
import { paths } from './paths';
import '../styles/screens.css';

/** The filters are the URL's query string: reload, back and a shared link show the same view. */
function filtersFrom(search: string): AuditFilters {
  const params = new URLSearchParams(search);
  return {
    customerId: params.get('customerId') ?? '',
    user: params.get('user') ?? '',
    action: (params.get('action') ?? '') as AuditAction | '',
    outcome: (params.get('outcome') ?? '') as AuditOutcome | '',
  };
}

/** `/admin/audit`: every change made through the app, filtered, with a CSV download. */
export default function AdminAuditPage() {
  const filters = filtersFrom(useSearch());
  const key = auditSearch(filters);
  return (
    <section className="card" aria-labelledby="audit-title">
      <div className="page-heading">
        <h1 id="audit-title">{t`Audit trail`}</h1>
        <DownloadAuditButton filters={filters} />
      </div>
      <p className="muted">
        {t`Every add and change made through this app, newest first. The CSV has the same filters, up to 10,000 entries.`}
      </p>
      <AuditFiltersForm
        key={`filters-${key}`}
        filters={filters}
        onApply={(next) => {
          const search = auditSearch(next);
          navigate(`${adminPaths.audit}${search ? `?${search}` : ''}`);
        }}
      />
      <AuditPages
        key={key}
        pageQuery={auditTrailQuery(filters)}
        emptyText={t`No entry matches these filters.`}
        renderEntries={(entries, older) => (
          <AuditTable
            entries={entries}
            older={older}
            renderCustomer={(entry) => (
              <Link href={paths.customer(entry.customerId)}>
                {entry.customerName} <span className="muted">#{entry.customerId}</span>
              </Link>
            )}
          />
        )}
      />
    </section>
  );
}
