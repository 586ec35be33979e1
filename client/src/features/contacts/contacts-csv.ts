import { msg } from '@lingui/core/macro';
import type { Contact } from '@komet-contacts/server/contract';
import { foldText } from '@komet-contacts/server/contract/plain';
import { i18n, type MessageDescriptor } from '../../i18n/runtime';

// Headers in the user's language; the cells are data and stay as they are, Yes/No included.
const COLUMNS: readonly [MessageDescriptor, (contact: Contact) => string][] = [
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

/**
 * A spreadsheet runs a cell that starts with = + - @ as a formula: a contact named
 * "=HYPERLINK(…)" must stay text (as in the server's audit CSV). Phone numbers written "+1 305…"
 * get the apostrophe too; a spreadsheet would otherwise read them as a sum.
 */
const asText = (value: string) => (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value);

/** The header row, then one row per contact, in the order given: every field, formula-safe. */
export function contactCsvRows(contacts: readonly Contact[]): string[][] {
  return [
    COLUMNS.map(([header]) => i18n._(header)),
    ...contacts.map((contact) => COLUMNS.map(([, value]) => asText(value(contact)))),
  ];
}

/**
 * The CSV file's text. It starts with a byte order mark: without one, Excel reads UTF-8 as the
 * local code page and "Lucía" arrives as "LucÃ­a". Papa Parse loads here, on the first export,
 * and never with a page.
 */
export async function contactsCsv(contacts: readonly Contact[]): Promise<string> {
  const { unparse } = await import('papaparse');
  return `\uFEFF${unparse(contactCsvRows(contacts), { newline: '\r\n' })}\r\n`;
}

// Legal forms at the end of a company's name say nothing in a file name.
const LEGAL_FORM =
  /(?:\s+(?:s\.?a\.?s?|s\.?l|s\.?r\.?l|ltda?|inc|llc|ltd|corp|co|gmbh|b\.?v)\.?)+$/i;

/** `rosaflor-ecuador-contacts-2026-11-30.csv` for Rosaflor Ecuador S.A. on that (local) day. */
export function contactsCsvFileName(customerName: string, day: Date): string {
  const slug = foldText(customerName)
    .replace(LEGAL_FORM, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
  return `${slug || 'customer'}-contacts-${date}.csv`;
}
