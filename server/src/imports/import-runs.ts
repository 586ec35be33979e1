import {
  hasRole,
  type ImportDetail,
  type ImportPreview,
  type ImportRequest,
  type ImportStart,
  type ImportStatus,
  type PreviewRow,
  type SessionUser,
} from '../contract';
import type { ImportRecord, NewImportRow } from '../db/imports';
import type { Storage } from '../db/storage';
import { ProblemError } from '../errors';
import { BACKGROUND_SHARE, utcDay } from '../komet/metered-komet';
import type { ContactCache } from '../storage/contact-cache';
import type { CustomerDirectory } from '../storage/customer-directory';
import type { ImportEvents } from './import-events';
import { importStatus, reportRow, type RowNote } from './import-status';
import { previewImport } from './preview';

export interface ImportRunDeps {
  storage: Pick<Storage, 'imports' | 'kometCalls'>;
  directory: CustomerDirectory;
  cache: ContactCache;
  contactTypes: readonly string[];
  dailyCalls: number;
  events: ImportEvents;
  now: () => number;
  /** Wakes the outbox worker: rows are due. */
  onQueued?: () => void;
}

const notFound = (id: string) =>
  new ProblemError({
    status: 404,
    code: 'unknown-import',
    title: 'Import not found',
    detail: `No import ${id}.`,
  });

const conflict = (code: string, title: string, detail: string, extra = {}) =>
  new ProblemError({ status: 409, code, title, detail }, extra);

/** The next midnight UTC, when Komet's daily quota (and ours) starts again. */
export const nextMidnightUtc = (ms: number) => `${utcDay(ms + 86_400_000)}T00:00:00.000Z`;

/** Why a row is not sent, kept for the report (import-status.ts words it). */
function noteOf(row: PreviewRow): string | null {
  const { verdict } = row;
  let note: RowNote | undefined;
  if (verdict.kind === 'needs-fixing') note = { problems: verdict.problems };
  if (verdict.kind === 'duplicate') {
    note = { contactIds: verdict.matches.map((match) => match.contact.id) };
  }
  if (verdict.kind === 'duplicate-in-file') note = { ofRow: verdict.ofRow };
  return note ? JSON.stringify(note) : null;
}

/**
 * Issue 10's imports: a preview is stored as checked; starting it puts its ready rows in the
 * outbox, each with its own key, where the worker sends them exactly once. Within today's
 * budget, or (asked for) the rest after midnight UTC.
 */
export function importRuns(deps: ImportRunDeps) {
  const { storage, events } = deps;
  const at = () => new Date(deps.now()).toISOString();

  /** What an import may still use today: the worker stops at the background share. */
  async function budget() {
    const usage = await storage.kometCalls.usage(utcDay(deps.now()), deps.dailyCalls);
    const ceiling = Math.floor(deps.dailyCalls * BACKGROUND_SHARE);
    return {
      usedToday: usage.total,
      dailyLimit: deps.dailyCalls,
      remainingToday: Math.max(0, ceiling - usage.total),
    };
  }

  async function recordOf(id: string): Promise<ImportRecord> {
    const record = await storage.imports.find(id);
    if (!record) throw notFound(id);
    return record;
  }

  /** Only whoever imported it, or an admin, may start, pause or cancel an import. */
  function mayControl(record: ImportRecord, user: SessionUser): void {
    if (record.username === user.username || hasRole(user.role, 'admin')) return;
    throw new ProblemError({
      status: 403,
      code: 'not-your-import',
      title: 'Not allowed',
      detail: `Import ${record.id} is ${record.userName}'s: only they or an admin may change it. Nothing was changed.`,
    });
  }

  async function status(record: ImportRecord): Promise<ImportStatus> {
    return importStatus(record, await storage.imports.progress(record.id));
  }

  async function changed(record: ImportRecord): Promise<ImportStatus> {
    events.changed(record.id);
    return status(await recordOf(record.id));
  }

  return {
    budget,

    async preview(request: ImportRequest, user: SessionUser, fileName?: string) {
      const directory = await deps.directory.ready();
      const checked = await previewImport(request, {
        customers: directory,
        contactsOf: async (customerId) => {
          const fromKomet = deps.cache.peek(customerId) === undefined;
          return { contacts: (await deps.cache.list(customerId)).contacts, fromKomet };
        },
        configuredTypes: deps.contactTypes,
        usage: budget,
      });
      const preview = checked;
      const rows: NewImportRow[] = preview.rows.map((row) => ({
        sheetRow: row.sheetRow,
        cells: row.cells,
        customerId: row.customerId ?? null,
        customerName: row.customerId ? (directory.get(row.customerId)?.name ?? null) : null,
        verdict: row.verdict.kind,
        contact: 'contact' in row.verdict ? row.verdict.contact : null,
        note: noteOf(row),
      }));
      const id = await storage.imports.create({
        username: user.username,
        userName: user.name,
        customerId: request.customerId ?? null,
        fileName: fileName ?? request.file?.name ?? null,
        headers: preview.headers,
        mapping: preview.mapping,
        delimiter: preview.delimiter,
        at: at(),
        rows,
      });
      const answer: ImportPreview = { id, ...preview };
      return answer;
    },

    async start(id: string, user: SessionUser, options: ImportStart): Promise<ImportStatus> {
      const record = await recordOf(id);
      mayControl(record, user);
      if (record.state === 'running') return status(record);
      if (record.state === 'cancelled' || record.state === 'done') {
        throw conflict(
          'import-finished',
          'The import has ended',
          `Import ${id} is ${record.state}; start a new import to send more rows.`,
        );
      }
      const progress = await storage.imports.progress(id);
      const started = Object.values(progress.byState).reduce((sum, rows) => sum + rows, 0);
      const toSend = progress.ready - started + (progress.byState.paused ?? 0);
      const { remainingToday } = await budget();
      const resumesAt = nextMidnightUtc(deps.now());
      if (toSend > remainingToday && options.rest !== 'after-midnight') {
        throw conflict(
          'import-over-budget',
          'Not enough Komet calls left today',
          `The import needs ${toSend} Komet calls and ${remainingToday} remain today. Nothing was sent; send what fits now and the rest after midnight UTC, or import fewer rows.`,
          { needed: toSend, remainingToday, resumesAt },
        );
      }
      await storage.imports.start(record, { at: at(), dueNow: remainingToday, laterAt: resumesAt });
      await storage.imports.finishIfDone(id, at());
      deps.onQueued?.();
      return changed(record);
    },

    async pause(id: string, user: SessionUser): Promise<ImportStatus> {
      const record = await recordOf(id);
      mayControl(record, user);
      await storage.imports.pause(id, at());
      return changed(record);
    },

    async cancel(id: string, user: SessionUser): Promise<ImportStatus> {
      const record = await recordOf(id);
      mayControl(record, user);
      await storage.imports.cancel(id, { at: at(), by: user.name });
      return changed(record);
    },

    async status(id: string): Promise<ImportStatus> {
      return status(await recordOf(id));
    },

    async detail(id: string): Promise<ImportDetail & { delimiter: string }> {
      const record = await recordOf(id);
      const [current, rows] = await Promise.all([status(record), storage.imports.rows(id)]);
      return {
        ...current,
        headers: record.headers,
        delimiter: record.delimiter,
        rows: rows.map((row) => reportRow(record, row)),
      };
    },

    async mine(user: SessionUser): Promise<ImportStatus[]> {
      const records = await storage.imports.listFor(user.username, 20);
      return Promise.all(records.map(status));
    },
  };
}
export type ImportRuns = ReturnType<typeof importRuns>;
