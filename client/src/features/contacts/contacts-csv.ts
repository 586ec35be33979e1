import type { Contact } from '@komet-contacts/server/contract';
import { foldText } from '@komet-contacts/server/contract/plain';

const COLUMNS: readonly [string, (contact: Contact) => string][] = [
  ['Name', (contact) => contact.name],
  ['Type', (contact) => contact.type],
  ['E-mail', (contact) => contact.email ?? ''],
  ['Phone', (contact) => contact.phone ?? ''],
  ['Ext.', (contact) => contact.ext ?? ''],
  ['Mobile', (contact) => contact.mobile ?? ''],
  ['Fax', (contact) => contact.fax ?? ''],
  ['Instant messaging', (contact) => contact.instantMessaging ?? ''],
  ['Description', (contact) => contact.description ?? ''],
  ['PODs by e-mail', (contact) => (contact.emailPOD ? 'Yes' : 'No')],
  ['Komet id', (contact) => contact.id],
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
    COLUMNS.map(([header]) => header),
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
