import * as z from 'zod/mini';
import type { ContactInput } from './contact';
import { customerIdSchema } from './customer';
import type { DuplicateMatch } from './duplicates';

/**
 * Issue 10: what one import may hold. Past either, the file is refused whole, before any row;
 * the browser refuses a larger file before sending it.
 */
export const IMPORT_LIMITS = {
  bytes: 5 * 1024 * 1024,
  rows: 5000,
} as const;

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
export const IMPORT_DELIMITERS = ['\t', ';', ','] as const;

export interface ImportPreview {
  /** The stored preview: what `/api/imports/:id/start` sends. */
  id: string;
  /** The file's separator (tab when pasted): sent back with the rows, the report keeps it. */
  delimiter: (typeof IMPORT_DELIMITERS)[number];
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
    /**
     * What an import may still use today: imports run in the background, which stops at 90 % of
     * the limit, keeping the last tenth for people adding contacts by hand.
     */
    remainingToday: number;
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
        delimiter: z.optional(z.enum(IMPORT_DELIMITERS)),
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

/**
 * preview: checked, nothing sent; running: rows going to Komet; paused or cancelled by the
 * importing user or an admin; scheduled: rows past today's budget wait for midnight UTC;
 * done: every row sent or refused.
 */
export const IMPORT_STATES = [
  'preview',
  'running',
  'paused',
  'scheduled',
  'cancelled',
  'done',
] as const;
export type ImportState = (typeof IMPORT_STATES)[number];

/** What became of one row. The first four are the preview's verdicts: never sent. */
export type ImportRowOutcome =
  | 'needs-fixing'
  | 'duplicate'
  | 'duplicate-in-file'
  /** Ready, but not sent: the import was cancelled first. */
  | 'cancelled'
  /** Ready, not started yet (still a preview, or paused). */
  | 'waiting'
  /** In the outbox: due now, or retrying after Komet failed. */
  | 'queued'
  /** Past today's budget: due after midnight UTC. */
  | 'scheduled'
  | 'sent'
  | 'refused';

export interface ImportCounts {
  /** Rows that will be (or were) sent: the ready ones. */
  toSend: number;
  sent: number;
  refused: number;
  /** In the outbox, due now or retrying. */
  queued: number;
  /** Waiting for tomorrow's budget. */
  scheduled: number;
  /** Not yet sent or refused: queued, scheduled, paused or not started. */
  remaining: number;
  /** Ready rows cancelled before they were sent. */
  cancelled: number;
}

/** GET /api/imports/:id and each server-sent event: an import's state and counts. */
export interface ImportStatus {
  id: string;
  state: ImportState;
  username: string;
  userName: string;
  /** Set when imported from a customer's page. */
  customerId?: string;
  fileName?: string;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  counts: ImportCounts;
  /** From the pace so far; null before the first row or when nothing is left. */
  secondsLeft: number | null;
  /** When scheduled rows become due (midnight UTC), else null. */
  resumesAt: string | null;
}

export interface ImportReportRow {
  sheetRow: number;
  cells: string[];
  customerId?: string;
  outcome: ImportRowOutcome;
  /** Komet's id of the contact, once sent (or of the contact it duplicates). */
  contactId?: string;
  /** Komet's message, or why the row was not sent (in English; the fields below word it). */
  message?: string;
  /** A row that needed fixing: what, as in the preview. */
  problems?: RowProblem[];
  /** A row repeated in the file: the row that was sent instead. */
  ofRow?: number;
}

/** GET /api/imports/:id: the status with every row's outcome. */
export interface ImportDetail extends ImportStatus {
  headers: string[];
  rows: ImportReportRow[];
}

/**
 * POST /api/imports/:id/start. An import that needs more Komet calls than remain today is refused
 * (409 `import-over-budget`) unless `rest` is `after-midnight`: then what fits is sent now and the
 * rest once the budget resets at midnight UTC.
 */
export const importStartSchema = z.object({
  rest: z.optional(z.enum(['after-midnight'])),
});
export type ImportStart = z.output<typeof importStartSchema>;
