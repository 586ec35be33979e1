import { msg, t } from '@lingui/core/macro';
import type { ColumnMapping } from '@komet-contacts/server/contract';
import { i18n, type MessageDescriptor } from '../../../i18n/runtime';
import { ApiError } from '../../../lib/api';
import { fieldError } from '../../../messages/field-errors';
import { describeError } from '../../../messages/form-errors';

/* eslint-disable lingui/no-unlocalized-strings -- the keys are the server's words, matched, never shown */
// The preview's own reasons (server/src/imports/row-verdicts.ts); the contract's field messages
// (Required, At most 50 characters…) are worded by fieldError, as in the forms.
const ROW_PROBLEMS = new Map<string, MessageDescriptor>([
  ['Write yes or no', msg`Write yes or no`],
  ['No customer in Komet has this code or id', msg`No customer in Komet has this code or id`],
  ['Not a contact type registered in Komet', msg`Not a contact type registered in Komet`],
]);
/* eslint-enable lingui/no-unlocalized-strings */

/** Why a row needs fixing, in the reader's language; one this list does not know is shown as it came. */
export function rowProblemWords(message: string): string {
  const known = ROW_PROBLEMS.get(message);
  return known ? i18n._(known) : fieldError(message);
}

const FILE_PROBLEMS: Record<string, MessageDescriptor> = {
  'import-too-many-rows': msg`This file has more than 5,000 rows, so nothing was checked or sent. Split it into files of up to 5,000 rows and import them one by one.`,
  'import-too-large': msg`This file is larger than 5 MB, so nothing was checked or sent. Split it into smaller files and import them one by one.`,
  'import-empty': msg`This file has no rows, so there is nothing to import. Check that you chose the right file.`,
  'import-no-header': msg`The first row of the file should name the columns (Name, Type, E-mail…). Add that row and try again; nothing was sent.`,
  'import-no-customer-column': msg`Nothing was sent: no column says which customer each row is for. Choose the column with the customer code or id below, or import from the customer’s page.`,
};

/** The server's refusal of a file, a paste or a start, worded for the person importing. */
export function describeImportError(error: unknown): string {
  if (!(error instanceof ApiError)) return describeError(error);
  const code = error.problem.code ?? '';
  const words = FILE_PROBLEMS[code];
  if (words) return i18n._(words);
  if (code.startsWith('import-')) {
    // A case this client has no words for yet: the server's own explanation, in English.
    const detail = error.problem.detail || error.problem.title;
    return t`The rows could not be imported, and nothing was sent to Komet. The server said: “${detail}” Check the file and try again.`;
  }
  return describeError(error);
}

/** The 409 of a start that needs more Komet calls than remain today. */
export interface OverBudget {
  needed: number;
  remainingToday: number;
  resumesAt: string | null;
}

export function overBudgetOf(error: unknown): OverBudget | undefined {
  if (!(error instanceof ApiError) || error.problem.code !== 'import-over-budget') return undefined;
  const body = (error.body ?? {}) as Partial<OverBudget>;
  return {
    needed: Number(body.needed ?? 0),
    remainingToday: Number(body.remainingToday ?? 0),
    resumesAt: typeof body.resumesAt === 'string' ? body.resumesAt : null,
  };
}

/**
 * The columns the server read, and the fields it recognised in them, when its refusal carries
 * them (import-no-customer-column): the reader then only adds the customer's column.
 */
export function columnsOf(error: unknown): { headers?: string[]; mapping?: ColumnMapping } {
  if (!(error instanceof ApiError)) return {};
  const body = (error.body ?? {}) as { headers?: unknown; mapping?: unknown };
  const headers =
    Array.isArray(body.headers) && body.headers.every((h) => typeof h === 'string')
      ? body.headers
      : undefined;
  const mapping =
    body.mapping && typeof body.mapping === 'object' ? (body.mapping as ColumnMapping) : undefined;
  return { headers, mapping };
}
