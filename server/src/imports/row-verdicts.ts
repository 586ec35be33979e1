import {
  contactInputSchema,
  type ColumnMapping,
  type Contact,
  type ContactInput,
  type ImportField,
  type RowProblem,
  type RowVerdict,
} from '../contract';
import { foldText } from '../contract/fold-text';
import type { Sliced } from '../sliced';
import { DuplicateIndex } from './duplicate-index';
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

/** What rows of one customer are checked against, worked out once per customer. */
interface CustomerChecks {
  /** Folded type → the type as registered (ours first, then the customer's contacts'). */
  types: Map<string, string>;
  inKomet: DuplicateIndex;
  /** The customer's ready rows so far, and their sheet rows. */
  earlier: DuplicateIndex;
  sheetRowOf: Map<Contact, number>;
}

function customerChecks(context: RowContext, customerId: string): CustomerChecks {
  const existing = context.contactsOf(customerId);
  const types = new Map<string, string>();
  for (const type of [...context.configuredTypes, ...existing.map((contact) => contact.type)]) {
    const folded = foldText(type);
    if (!types.has(folded)) types.set(folded, type);
  }
  return {
    types,
    inKomet: new DuplicateIndex(existing),
    earlier: new DuplicateIndex(),
    sheetRowOf: new Map(),
  };
}

/**
 * Checks every row with the add form's own contract (limits, required fields, e-mail), against
 * the registered types, Komet's existing contacts and the rows before it. Nothing is sent here.
 */
export function* checkRows(
  table: Pick<ParsedTable, 'rows'>,
  mapping: ColumnMapping,
  context: RowContext,
): Sliced<CheckedRow[]> {
  const byCustomer = new Map<string, CustomerChecks>();
  const checksOf = (customerId: string) => {
    let checks = byCustomer.get(customerId);
    if (!checks) byCustomer.set(customerId, (checks = customerChecks(context, customerId)));
    return checks;
  };
  const checked: CheckedRow[] = [];
  for (const row of table.rows) {
    checked.push(checkRow(row));
    // 5,000 rows are about 200 ms of work: in slices, so other requests go on meanwhile.
    if (checked.length % 64 === 0) yield;
  }
  return checked;

  function checkRow({ sheetRow, cells }: ParsedTable['rows'][number]): CheckedRow {
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
    const checks = customerId ? checksOf(customerId) : undefined;
    if (parsed.success) {
      const types = checks?.types ?? registeredTypes(context.configuredTypes);
      const type = types.get(foldText(parsed.data.type));
      if (type) parsed.data.type = type;
      else problems.push({ field: 'type', message: 'Not a contact type registered in Komet' });
    }
    if (problems.length > 0 || !parsed.success || !customerId || !checks) {
      return { sheetRow, customerId, verdict: { kind: 'needs-fixing', problems } };
    }
    const contact = parsed.data;
    const matches = checks.inKomet.find(contact);
    if (matches.length > 0) {
      return { sheetRow, customerId, verdict: { kind: 'duplicate', contact, matches } };
    }
    const twin = checks.earlier.find(contact)[0]?.contact;
    if (twin) {
      return {
        sheetRow,
        customerId,
        verdict: { kind: 'duplicate-in-file', contact, ofRow: checks.sheetRowOf.get(twin)! },
      };
    }
    const row: Contact = { id: `row-${sheetRow}`, ...contact };
    checks.earlier.add(row);
    checks.sheetRowOf.set(row, sheetRow);
    return { sheetRow, customerId, verdict: { kind: 'ready', contact } };
  }
}

/** Our configured types by their folded spelling (the first of a spelling wins, as above). */
const registeredTypes = (configured: readonly string[]) =>
  new Map(configured.map((type) => [foldText(type), type]).reverse() as [string, string][]);
