import { msg } from '@lingui/core/macro';
import type { Contact } from '@komet-contacts/server/contract';
import { foldText } from '@komet-contacts/server/contract/plain';
import { csvRows, csvText, dayStamp, type CsvColumn } from '../../export/csv-file';

// Headers in the user's language; the cells are data and stay as they are, Yes/No included.
const COLUMNS: readonly CsvColumn<Contact>[] = [
  [msg`Name`, (contact) => contact.name],
  [msg`Type`, (contact) => contact.type],
  [msg`E-mail`, (contact) => contact.email ?? ''],
  [msg`Phone`, (contact) => contact.phone ?? ''],
  [msg`Ext.`, (contact) => contact.ext ?? ''],
  [msg`Mobile`, (contact) => contact.mobile ?? ''],
  [msg`Fax`, (contact) => contact.fax ?? ''],
  [msg`Instant messaging`, (contact) => contact.instantMessaging ?? ''],
  [msg`Description`, (contact) => contact.description ?? ''],
  // eslint-disable-next-line lingui/no-unlocalized-strings -- a cell's value, the same in every language
  [msg`PODs by e-mail`, (contact) => (contact.emailPOD ? 'Yes' : 'No')],
  [msg`Komet id`, (contact) => contact.id],
];

/** The header row, then one row per contact, in the order given: every field, formula-safe. */
export const contactCsvRows = (contacts: readonly Contact[]) => csvRows(COLUMNS, contacts);

/** The CSV file's text (UTF-8 with a byte order mark, for Excel). */
export const contactsCsv = (contacts: readonly Contact[]) => csvText(contactCsvRows(contacts));

// Legal forms at the end of a company's name say nothing in a file name.
const LEGAL_FORM =
  /(?:\s+(?:s\.?a\.?s?|s\.?l|s\.?r\.?l|ltda?|inc|llc|ltd|corp|co|gmbh|b\.?v)\.?)+$/i;

/** `rosaflor-ecuador-contacts-2026-11-30.csv` for Rosaflor Ecuador S.A. on that (local) day. */
export function contactsCsvFileName(customerName: string, day: Date): string {
  const slug = foldText(customerName)
    .replace(LEGAL_FORM, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `${slug || 'customer'}-contacts-${dayStamp(day)}.csv`;
}
