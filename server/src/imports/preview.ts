import {
  type ColumnMapping,
  type Contact,
  type ImportPreview,
  type ImportRequest,
  type VerdictKind,
} from '../contract';
import { foldText } from '../contract/fold-text';
import { ProblemError } from '../errors';
import type { CustomerIndex } from '../storage/customer-index';
import { decodeFile } from './decode-file';
import { recognizeHeaders } from './header-mapping';
import { IMPORT_LIMITS, ImportFileError } from './import-limits';
import { parseRows, type ParsedTable } from './parse-rows';
import { checkRows, customerOf } from './row-verdicts';
import { runSliced } from '../sliced';

/** The preview as checked, before it is stored and given its id. */
export type CheckedImport = Omit<ImportPreview, 'id'>;

export interface PreviewDeps {
  customers: CustomerIndex;
  /** A customer's contacts, and whether Komet was asked for them (not cached). */
  contactsOf: (customerId: string) => Promise<{ contacts: Contact[]; fromKomet: boolean }>;
  configuredTypes: readonly string[];
  usage: () => Promise<
    Pick<ImportPreview['kometCalls'], 'usedToday' | 'dailyLimit' | 'remainingToday'>
  >;
}

const problem = (code: string, title: string, detail: string) =>
  new ProblemError({ status: 400, code, title, detail });

function tableOf(request: ImportRequest): ParsedTable {
  if (request.file) return parseRows(decodeFile(Buffer.from(request.file.base64, 'base64')));
  if (request.pasted !== undefined) return parseRows(request.pasted);
  const table = request.table!;
  if (table.rows.length > IMPORT_LIMITS.rows) {
    throw new ImportFileError('too-many-rows', `An import takes up to ${IMPORT_LIMITS.rows} rows.`);
  }
  return { ...table, delimiter: table.delimiter ?? ',' };
}

/** Code → id, built only for a file that names customers by code. */
function codeFinder(customers: CustomerIndex) {
  let byCode: Map<string, string> | undefined;
  return (code: string) => {
    if (!byCode) {
      byCode = new Map();
      for (const customer of customers.all()) byCode.set(foldText(customer.code), customer.id);
    }
    return byCode.get(foldText(code));
  };
}

/**
 * Issue 10's preview: the rows of a file or a paste, each checked as the add form would check it
 * and against the customer's contacts in Komet. Nothing is sent to Komet but the contact lists
 * the duplicate check needs (cached ones cost nothing); the answer says how many it took.
 */
export async function previewImport(
  request: ImportRequest,
  deps: PreviewDeps,
): Promise<CheckedImport> {
  let table: ParsedTable;
  try {
    table = tableOf(request);
  } catch (error) {
    if (error instanceof ImportFileError) {
      throw problem(`import-${error.code}`, 'The file could not be imported', error.message);
    }
    throw error;
  }
  const mapping: ColumnMapping = request.mapping ?? recognizeHeaders(table.headers);
  const { customerId } = request;
  if (customerId && !deps.customers.get(customerId)) {
    throw new ProblemError({
      status: 404,
      code: 'unknown-customer',
      title: 'Customer not found',
      detail: `No customer ${customerId} in Komet's customer list (refreshed every few minutes).`,
    });
  }
  if (!customerId && mapping.customerCode === undefined && mapping.customerId === undefined) {
    // With the columns read and the fields recognised, so the screen asks for that one column.
    throw new ProblemError(
      {
        status: 400,
        code: 'import-no-customer-column',
        title: 'Which customer?',
        detail:
          'Choose the column that holds each row’s customer code or id, or import from the customer’s page.',
      },
      { headers: table.headers, mapping },
    );
  }
  const byCode = codeFinder(deps.customers);
  const findCustomer = ({ code, id }: { code?: string; id?: string }) =>
    id ? deps.customers.get(id)?.id : code ? byCode(code) : undefined;

  // The contacts of every customer the rows name, for the duplicate check.
  const wanted = new Set<string>();
  for (const row of table.rows) {
    const customer = customerOf(row.cells, mapping, { customerId, findCustomer });
    if ('id' in customer) wanted.add(customer.id);
  }
  const contacts = new Map<string, Contact[]>();
  let fromKomet = 0;
  for (const id of wanted) {
    const answer = await deps.contactsOf(id);
    contacts.set(id, answer.contacts);
    if (answer.fromKomet) fromKomet += 1;
  }

  const checked = await runSliced(
    checkRows(table, mapping, {
      customerId,
      findCustomer,
      contactsOf: (id) => contacts.get(id) ?? [],
      configuredTypes: deps.configuredTypes,
    }),
  );
  const counts: Record<VerdictKind, number> = {
    ready: 0,
    'needs-fixing': 0,
    duplicate: 0,
    'duplicate-in-file': 0,
  };
  for (const row of checked) counts[row.verdict.kind] += 1;
  return {
    headers: table.headers,
    delimiter: table.delimiter,
    mapping,
    rows: checked.map((row, index) => ({
      sheetRow: row.sheetRow,
      cells: table.rows[index]!.cells,
      ...(row.customerId ? { customerId: row.customerId } : {}),
      verdict: row.verdict,
    })),
    counts,
    kometCalls: { preview: fromKomet, toSend: counts.ready, ...(await deps.usage()) },
  };
}
