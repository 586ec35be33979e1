import { t } from '@lingui/core/macro';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import type { AuditEntry } from '@komet-contacts/server/contract';
import { describeError } from '../../../messages/form-errors';
import type { AuditPageQuery } from '../api/list-audit';
import '../../../styles/screens.css';

interface AuditPagesProps {
  /** The query of the page that starts before a cursor (none: the newest). */
  pageQuery: (before?: string) => AuditPageQuery;
  /** One page's entries; `older` marks the pages "Show older" added. */
  renderEntries: (entries: AuditEntry[], older: boolean) => ReactNode;
  /** Said when there is no entry at all. */
  emptyText: string;
}

/** Entries newest first, one page after another: "Show older" adds the next page below. */
export function AuditPages({ pageQuery, renderEntries, emptyText }: AuditPagesProps) {
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  return cursors.map((before, index) => (
    <AuditPageView
      key={before ?? 'newest'}
      query={pageQuery(before)}
      first={index === 0}
      renderEntries={renderEntries}
      emptyText={emptyText}
      onOlder={index === cursors.length - 1 ? (next) => setCursors([...cursors, next]) : undefined}
    />
  ));
}

function AuditPageView({
  query,
  first,
  renderEntries,
  emptyText,
  onOlder,
}: Omit<AuditPagesProps, 'pageQuery'> & {
  query: AuditPageQuery;
  first: boolean;
  onOlder: ((next: string) => void) | undefined;
}) {
  const page = useQuery(query);
  if (page.isPending) {
    return (
      <p aria-live="polite" className="loading-rows">
        <span className="visually-hidden">{first ? t`Loading…` : t`Loading older changes…`}</span>
      </p>
    );
  }
  if (page.isError) {
    return (
      <p role="alert" className="form-error">
        {first ? t`The changes could not be loaded.` : t`Older changes could not be loaded.`}{' '}
        {describeError(page.error)}{' '}
        <button type="button" className="link-button" onClick={() => void page.refetch()}>
          {t`Try again`}
        </button>
      </p>
    );
  }
  const { entries, next } = page.data;
  if (first && entries.length === 0) return <p className="empty-state">{emptyText}</p>;
  return (
    <>
      {renderEntries(entries, !first)}
      {onOlder && next && (
        <button type="button" className="button-secondary" onClick={() => onOlder(next)}>
          {t`Show older`}
        </button>
      )}
    </>
  );
}
