import {
  contactInputSchema,
  type ColumnMapping,
  type Contact,
  type ContactInput,
  type ImportField,
  type RowProblem,
  type RowVerdict,
} from '../contract';
import { findDuplicates } from '../contract/duplicates';
import { foldText } from '../contract/fold-text';
import type { ParsedTable } from './parse-rows';

export interface CheckedRow {
  sheetRow: number;
  customerId: string | undefined;
  verdict: RowVerdict;
}

export interface RowContext {
  /** The customer every row is for (a customer's page), else found per row by code or id. */
  customerId?: string;
  findCustomer: (by: { code?: string; id?: string }) => string | undefined;
  contactsOf: (customerId: string) => readonly Contact[];
  /** Our configured types; a customer's own contacts' types count too, as in the add form. */
  configuredTypes: readonly string[];
}

const YES = new Set(['yes', 'y', 'si', 's', 'true', '1', 'x']);
const NO = new Set(['no', 'n', 'false', '0', '']);

/** "Sí", "x", "TRUE": a spreadsheet's ways of ticking a box. */
function readYesNo(cell: string): boolean | undefined {
  const folded = foldText(cell);
  if (YES.has(folded)) return true;
  if (NO.has(folded)) return false;
  return undefined;
}

const cellOf = (cells: readonly string[], column: number | undefined) =>
  column === undefined ? '' : (cells[column] ?? '');

/** The row's customer: the page's, or the one its code or id column names. */
export function customerOf(
  cells: readonly string[],
  mapping: ColumnMapping,
  context: Pick<RowContext, 'customerId' | 'findCustomer'>,
): { id: string } | { problem: RowProblem } {
  if (context.customerId) return { id: context.customerId };
  const code = cellOf(cells, mapping.customerCode).trim();
  const id = cellOf(cells, mapping.customerId).trim();
  if (!code && !id) {
    const field = mapping.customerId === undefined ? 'customerCode' : 'customerId';
    return { problem: { field, message: 'Required' } };
  }
  const found = context.findCustomer({ code: code || undefined, id: id || undefined });
  if (found) return { id: found };
  const field = id ? 'customerId' : 'customerCode';
  return { problem: { field, message: 'No customer in Komet has this code or id' } };
}

/** The row's type as registered, whatever its case and accents; undefined when not registered. */
function registeredType(type: string, registered: readonly string[]): string | undefined {
  const folded = foldText(type);
  return registered.find((known) => foldText(known) === folded);
}

/**
 * Checks every row with the add form's own contract (limits, required fields, e-mail), against
 * the registered types, Komet's existing contacts and the rows before it. Nothing is sent here.
 */
export function checkRows(
  table: Pick<ParsedTable, 'rows'>,
  mapping: ColumnMapping,
  context: RowContext,
): CheckedRow[] {
  const readyByCustomer = new Map<string, { contact: Contact; sheetRow: number }[]>();
  return table.rows.map(({ sheetRow, cells }): CheckedRow => {
    const problems: RowProblem[] = [];
    const customer = customerOf(cells, mapping, context);
    if ('problem' in customer) problems.push(customer.problem);
    const customerId = 'id' in customer ? customer.id : undefined;

    const text = (field: keyof ContactInput) => cellOf(cells, mapping[field]);
    const podCell = text('emailPOD');
    const emailPOD = readYesNo(podCell);
    if (emailPOD === undefined) problems.push({ field: 'emailPOD', message: 'Write yes or no' });
    const parsed = contactInputSchema.safeParse({
      name: text('name'),
      type: text('type'),
      phone: text('phone'),
      ext: text('ext'),
      mobile: text('mobile'),
      fax: text('fax'),
      email: text('email'),
      description: text('description'),
      instantMessaging: text('instantMessaging'),
      emailPOD: emailPOD ?? false,
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        problems.push({ field: issue.path[0] as ImportField, message: issue.message });
      }
    }
    const existing = customerId ? context.contactsOf(customerId) : [];
    if (parsed.success) {
      const known = [...context.configuredTypes, ...existing.map((contact) => contact.type)];
      const type = registeredType(parsed.data.type, known);
      if (type) parsed.data.type = type;
      else problems.push({ field: 'type', message: 'Not a contact type registered in Komet' });
    }
    if (problems.length > 0 || !parsed.success || !customerId) {
      return { sheetRow, customerId, verdict: { kind: 'needs-fixing', problems } };
    }
    const contact = parsed.data;
    const matches = findDuplicates(contact, existing);
    if (matches.length > 0) {
      return { sheetRow, customerId, verdict: { kind: 'duplicate', contact, matches } };
    }
    const earlier = readyByCustomer.get(customerId) ?? [];
    const twin = earlier.find((row) => findDuplicates(contact, [row.contact]).length > 0);
    if (twin) {
      return {
        sheetRow,
        customerId,
        verdict: { kind: 'duplicate-in-file', contact, ofRow: twin.sheetRow },
      };
    }
    earlier.push({ contact: { id: `row-${sheetRow}`, ...contact }, sheetRow });
    readyByCustomer.set(customerId, earlier);
    return { sheetRow, customerId, verdict: { kind: 'ready', contact } };
  });
}
