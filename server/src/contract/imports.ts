import * as z from 'zod/mini';
import type { ContactInput } from './contact';
import { customerIdSchema } from './customer';
import type { DuplicateMatch } from './duplicates';

/** What a column can hold: a contact field, or (a file for many customers) which customer. */
export const IMPORT_FIELDS = [
  'name',
  'type',
  'email',
  'phone',
  'ext',
  'mobile',
  'fax',
  'description',
  'instantMessaging',
  'emailPOD',
  'customerCode',
  'customerId',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** Field → the column (from 0) it is read from; a field not named is left blank. */
export type ColumnMapping = Partial<Record<ImportField, number>>;

export interface RowProblem {
  field: ImportField;
  /** In English, like the contract's other messages; the client words it. */
  message: string;
}

export type RowVerdict =
  | { kind: 'ready'; contact: ContactInput }
  | { kind: 'needs-fixing'; problems: RowProblem[] }
  /** The same person is in Komet already, by the add form's rules (duplicates.ts). */
  | { kind: 'duplicate'; contact: ContactInput; matches: DuplicateMatch[] }
  /** An earlier row of the file is the same person: only that one would be sent. */
  | { kind: 'duplicate-in-file'; contact: ContactInput; ofRow: number };

export type VerdictKind = RowVerdict['kind'];

export interface PreviewRow {
  /** The row number a spreadsheet shows (the header is row 1). */
  sheetRow: number;
  cells: string[];
  customerId?: string;
  verdict: RowVerdict;
}

/** POST /api/imports: every row checked, nothing sent (issue 10). */
export interface ImportPreview {
  headers: string[];
  mapping: ColumnMapping;
  rows: PreviewRow[];
  counts: Record<VerdictKind, number>;
  kometCalls: {
    /** Contact lists read from Komet for the duplicate check (cached ones cost none). */
    preview: number;
    /** One add per ready row. */
    toSend: number;
    usedToday: number;
    dailyLimit: number;
  };
}

const sheetRowSchema = z.number().check(z.int(), z.gte(2));
const columnSchema = z.number().check(z.int(), z.gte(0), z.lte(999));

/**
 * A file (its bytes in base64, as the browser read them), rows pasted from a spreadsheet, or the
 * preview's own rows sent back after fixes in place; with the mapping chosen, or else the one the
 * headers suggest. `customerId` when importing from a customer's page.
 */
export const importRequestSchema = z
  .object({
    customerId: z.optional(customerIdSchema),
    file: z.optional(z.object({ name: z.string(), base64: z.string() })),
    pasted: z.optional(z.string()),
    table: z.optional(
      z.object({
        headers: z.array(z.string()),
        rows: z.array(z.object({ sheetRow: sheetRowSchema, cells: z.array(z.string()) })),
      }),
    ),
    mapping: z.optional(z.partialRecord(z.enum(IMPORT_FIELDS), columnSchema)),
  })
  .check(
    z.refine(
      (request) => [request.file, request.pasted, request.table].filter(Boolean).length === 1,
      'Send one of a file, pasted rows or the preview’s rows',
    ),
  );
export type ImportRequest = z.output<typeof importRequestSchema>;
