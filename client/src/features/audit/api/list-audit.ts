import type { AuditAction, AuditOutcome, AuditPage } from '@komet-contacts/server/contract';
import { api } from '../../../lib/api';

/** The admin screen's filters; empty ones are left out of the query string. */
export interface AuditFilters {
  customerId?: string;
  user?: string;
  action?: AuditAction | '';
  outcome?: AuditOutcome | '';
}

export const auditKeys = {
  /**
   * Under the customer's contacts key on purpose: every add or update invalidates
   * `['contacts', customerId]` when it settles (contacts/api/add-contact.ts, update-contact.ts),
   * and every one of them writes an audit entry, so the History panel refreshes with the list.
   */
  ofCustomer: (customerId: string) => ['contacts', customerId, 'history'] as const,
  trail: ['audit'] as const,
};

/** `customerId=…&user=…`, without the empty filters (the server rejects an empty value). */
export function auditSearch(filters: AuditFilters & { before?: string; limit?: number }): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) {
    const text = String(value ?? '').trim();
    if (text) search.set(name, text);
  }
  return search.toString();
}

/** What one page's query needs; `before` is the previous page's `next`, none for the newest. */
export interface AuditPageQuery {
  queryKey: readonly unknown[];
  queryFn: (context: { signal: AbortSignal }) => Promise<AuditPage>;
  staleTime: number;
}

// One query per page, keyed by its cursor: a refresh re-reads each page shown, and only plain
// useQuery is needed (the infinite-query code would land in the first screen's vendor chunk).
const pageQuery =
  (baseKey: readonly unknown[], filters: AuditFilters & { limit: number }) =>
  (before?: string): AuditPageQuery => ({
    queryKey: [...baseKey, filters, before ?? 'newest'],
    queryFn: ({ signal }) =>
      api<AuditPage>(`/audit?${auditSearch({ ...filters, before })}`, { signal }),
    // Our own database answers, not Komet: read again whenever it is shown.
    staleTime: 0,
  });

/** One customer's history, newest first, 20 entries a page. */
export const customerHistoryQuery = (customerId: string) =>
  pageQuery(auditKeys.ofCustomer(customerId), { customerId, limit: 20 });

/** The whole trail, filtered (admins only), 50 entries a page. */
export const auditTrailQuery = (filters: AuditFilters) =>
  pageQuery(auditKeys.trail, { ...filters, limit: 50 });
