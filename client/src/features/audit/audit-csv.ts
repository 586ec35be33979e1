import { msg } from '@lingui/core/macro';
import type { AuditEntry, ContactSnapshot } from '@komet-contacts/server/contract';
import { csvRows, csvText, dayStamp, type CsvColumn } from '../../export/csv-file';
import { i18n } from '../../i18n/runtime';
import { FIELD_LABELS } from '../../messages/contact-field-labels';
import {
  ACTION_NAMES,
  OUTCOME_LABELS,
  shownValue,
  SNAPSHOT_FIELDS,
} from './components/audit-wording';
import { describeStep } from './step-words';

/** "Name: Carlos Andrade; Phone: (empty)": the fields the snapshot holds, in the form's order. */
function describeSnapshot(snapshot: ContactSnapshot | null): string {
  if (!snapshot) return '';
  return SNAPSHOT_FIELDS.filter((field) => field in snapshot)
    .map((field) => `${i18n._(FIELD_LABELS[field])}: ${shownValue(snapshot[field])}`)
    .join('; ');
}

// Headers and worded values in the reader's language; names, ids and Komet's words are data.
// Times stay ISO 8601 in UTC, as the API has them: exact, and sorted right as text.
const COLUMNS: readonly CsvColumn<AuditEntry>[] = [
  [msg`Date and time (UTC)`, (entry) => entry.at],
  [msg`Username`, (entry) => entry.username],
  [msg`User`, (entry) => entry.userName],
  [msg`Customer id`, (entry) => entry.customerId],
  [msg`Customer`, (entry) => entry.customerName],
  [msg`Contact id`, (entry) => entry.contactId ?? ''],
  [msg`Action`, (entry) => i18n._(ACTION_NAMES[entry.action])],
  [msg`Outcome`, (entry) => i18n._(OUTCOME_LABELS[entry.outcome])],
  [msg`Message`, (entry) => entry.message ?? ''],
  [msg`Fields sent`, (entry) => describeSnapshot(entry.fields)],
  [msg`Values before`, (entry) => describeSnapshot(entry.before)],
  [msg`Steps`, (entry) => entry.steps.map((step) => `${step.at} ${describeStep(step)}`).join('\n')],
];

/** The header row, then one row per entry, in the order given, formula-safe. */
export const auditCsvRows = (entries: readonly AuditEntry[]) => csvRows(COLUMNS, entries);

/** The file's text (UTF-8 with a byte order mark, for Excel). */
export const auditCsv = (entries: readonly AuditEntry[]) => csvText(auditCsvRows(entries));

/** `komet-contacts-audit-2026-11-30.csv`, the (local) day it was made. */
export const auditCsvFileName = (day: Date) => `komet-contacts-audit-${dayStamp(day)}.csv`;
