import type { AuditEntry, ContactSnapshot } from '../contract';

const COLUMNS = [
  'time',
  'user',
  'customer id',
  'customer',
  'contact id',
  'action',
  'outcome',
  'message',
  'fields sent',
  'before',
  'steps',
] as const;

const describe = (snapshot: ContactSnapshot | null) =>
  snapshot
    ? Object.entries(snapshot)
        .map(([field, value]) => `${field}=${String(value)}`)
        .join('; ')
    : '';

/**
 * RFC 4180 quoting, and a leading apostrophe for cells a spreadsheet would run as a formula
 * (a contact named "=HYPERLINK(…)" must stay text when an admin opens the file).
 */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function auditCsv(entries: readonly AuditEntry[]): string {
  const rows = entries.map((entry) => [
    entry.at,
    entry.username,
    entry.customerId,
    entry.customerName,
    entry.contactId ?? '',
    entry.action,
    entry.outcome,
    entry.message ?? '',
    describe(entry.fields),
    describe(entry.before),
    entry.steps.map((step) => `${step.at} ${step.message}`).join('\n'),
  ]);
  return [COLUMNS, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
