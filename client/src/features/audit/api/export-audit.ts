import type { AuditEntry, AuditPage } from '@komet-contacts/server/contract';
import { api } from '../../../lib/api';
import { auditSearch, type AuditFilters } from './list-audit';

/** As many as the server's CSV used to hold: enough for an audit, small enough for a tab. */
export const EXPORT_ENTRIES = 10_000;
// The API's largest page (contract/audit.ts): ten requests for a full export.
const PAGE = 1000;

/** The trail under these filters, newest first, read page after page up to EXPORT_ENTRIES. */
export async function exportAudit(filters: AuditFilters): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  let before: string | undefined;
  do {
    const limit = Math.min(PAGE, EXPORT_ENTRIES - entries.length);
    const page = await api<AuditPage>(`/audit?${auditSearch({ ...filters, before, limit })}`);
    entries.push(...page.entries);
    before = page.next ?? undefined;
  } while (before && entries.length < EXPORT_ENTRIES);
  return entries;
}
