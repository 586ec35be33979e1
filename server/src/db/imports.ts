import type { ColumnMapping, ContactInput, ImportState, VerdictKind } from '../contract';
import type { Db } from './database';
import type { ImportsTable } from './schema';

export interface NewImport {
  username: string;
  userName: string;
  customerId: string | null;
  fileName: string | null;
  headers: string[];
  mapping: ColumnMapping;
  delimiter: string;
  at: string;
  rows: NewImportRow[];
}

export interface NewImportRow {
  sheetRow: number;
  cells: string[];
  customerId: string | null;
  customerName: string | null;
  verdict: VerdictKind;
  contact: ContactInput | null;
  note: string | null;
}

export interface ImportRecord {
  id: string;
  username: string;
  userName: string;
  customerId: string | null;
  fileName: string | null;
  /** As stored: `scheduled` is read from the rows (import-status.ts). */
  state: Exclude<ImportState, 'scheduled'>;
  headers: string[];
  mapping: ColumnMapping;
  delimiter: string;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

/** A row with what became of it in the outbox, if it went there. */
export interface ImportRowRecord extends NewImportRow {
  submission: {
    id: string;
    state: string;
    contactId: string | null;
    message: string | null;
    nextAttemptAt: string | null;
    updatedAt: string;
  } | null;
}

/** Which rows to send now and which after the budget resets (start-import.ts decides). */
export interface StartPlan {
  at: string;
  /** The first this many rows (in sheet order) are due now… */
  dueNow: number;
  /** …the rest from this time. */
  laterAt: string;
}

/** Outbox states that are still to be sent. */
export const UNSENT = ['queued', 'sending', 'scheduled', 'paused'] as const;

/** SQLite takes up to 32,766 values a statement; 100 rows of 8 columns stay far below. */
const CHUNK = 100;

const toRecord = (row: Omit<ImportsTable, 'id'> & { id: number }): ImportRecord => ({
  id: String(row.id),
  username: row.username,
  userName: row.user_name,
  customerId: row.customer_id,
  fileName: row.file_name,
  state: row.state as ImportRecord['state'],
  headers: JSON.parse(row.headers) as string[],
  mapping: JSON.parse(row.mapping) as ColumnMapping,
  delimiter: row.delimiter,
  createdAt: row.created_at,
  startedAt: row.started_at,
  finishedAt: row.finished_at,
});

const idOf = (id: string) => (/^\d{1,15}$/.test(id) ? Number(id) : undefined);

/** Imports from a spreadsheet (issue 10): the previewed rows and their way through the outbox. */
export function importsTable(db: Db) {
  return {
    async create(entry: NewImport): Promise<string> {
      return db.transaction().execute(async (trx) => {
        const { id } = await trx
          .insertInto('imports')
          .values({
            username: entry.username,
            user_name: entry.userName,
            customer_id: entry.customerId,
            file_name: entry.fileName,
            state: 'preview',
            headers: JSON.stringify(entry.headers),
            mapping: JSON.stringify(entry.mapping),
            delimiter: entry.delimiter,
            created_at: entry.at,
            started_at: null,
            finished_at: null,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        for (let from = 0; from < entry.rows.length; from += CHUNK) {
          await trx
            .insertInto('import_rows')
            .values(
              entry.rows.slice(from, from + CHUNK).map((row) => ({
                import_id: id,
                sheet_row: row.sheetRow,
                cells: JSON.stringify(row.cells),
                customer_id: row.customerId,
                customer_name: row.customerName,
                verdict: row.verdict,
                contact: row.contact && JSON.stringify(row.contact),
                note: row.note,
              })),
            )
            .execute();
        }
        return String(id);
      });
    },

    async find(id: string): Promise<ImportRecord | undefined> {
      const key = idOf(id);
      if (key === undefined) return undefined;
      const row = await db
        .selectFrom('imports')
        .selectAll()
        .where('id', '=', key)
        .executeTakeFirst();
      return row && toRecord(row);
    },

    /** A user's imports, newest first, previews left out. */
    async listFor(username: string, limit: number): Promise<ImportRecord[]> {
      const rows = await db
        .selectFrom('imports')
        .selectAll()
        .where('username', '=', username)
        .where('state', '!=', 'preview')
        .orderBy('id', 'desc')
        .limit(limit)
        .execute();
      return rows.map(toRecord);
    },

    async rows(id: string): Promise<ImportRowRecord[]> {
      const rows = await db
        .selectFrom('import_rows as r')
        .leftJoin('submissions as s', (join) =>
          join.onRef('s.import_id', '=', 'r.import_id').onRef('s.import_row', '=', 'r.sheet_row'),
        )
        .select([
          'r.sheet_row',
          'r.cells',
          'r.customer_id',
          'r.customer_name',
          'r.verdict',
          'r.contact',
          'r.note',
          's.id as submission_id',
          's.state',
          's.contact_id',
          's.message',
          's.next_attempt_at',
          's.updated_at',
        ])
        .where('r.import_id', '=', idOf(id) ?? -1)
        .orderBy('r.sheet_row')
        .execute();
      return rows.map((row) => ({
        sheetRow: row.sheet_row,
        cells: JSON.parse(row.cells) as string[],
        customerId: row.customer_id,
        customerName: row.customer_name,
        verdict: row.verdict as VerdictKind,
        contact: row.contact === null ? null : (JSON.parse(row.contact) as ContactInput),
        note: row.note,
        submission:
          row.submission_id === null
            ? null
            : {
                id: String(row.submission_id),
                state: row.state!,
                contactId: row.contact_id,
                message: row.message,
                nextAttemptAt: row.next_attempt_at,
                updatedAt: row.updated_at!,
              },
      }));
    },

    /** Rows per outbox state, ready rows not yet started, and when rows were last settled. */
    async progress(id: string) {
      const key = idOf(id) ?? -1;
      const [states, ready, settled, due] = await Promise.all([
        db
          .selectFrom('submissions')
          .select((eb) => ['state', eb.fn.countAll<number>().as('rows')])
          .where('import_id', '=', key)
          .groupBy('state')
          .execute(),
        db
          .selectFrom('import_rows')
          .select((eb) => eb.fn.countAll<number>().as('rows'))
          .where('import_id', '=', key)
          .where('verdict', '=', 'ready')
          .executeTakeFirstOrThrow(),
        db
          .selectFrom('submissions')
          .select((eb) => [eb.fn.min('updated_at').as('first'), eb.fn.max('updated_at').as('last')])
          .where('import_id', '=', key)
          .where('state', 'in', ['sent', 'refused'])
          .executeTakeFirstOrThrow(),
        db
          .selectFrom('submissions')
          .select((eb) => eb.fn.min('next_attempt_at').as('at'))
          .where('import_id', '=', key)
          .where('state', '=', 'scheduled')
          .executeTakeFirstOrThrow(),
      ]);
      return {
        byState: Object.fromEntries(states.map((row) => [row.state, Number(row.rows)])) as Record<
          string,
          number
        >,
        ready: Number(ready.rows),
        firstSettledAt: settled.first as string | null,
        lastSettledAt: settled.last as string | null,
        scheduledFrom: due.at,
      };
    },

    /**
     * Puts the import's ready rows not yet in the outbox there, and takes paused ones back, in
     * sheet order: the first `dueNow` due at once, the rest `scheduled` for `laterAt`. Each new
     * row has its audit entry under the importing user. One transaction: a crash leaves none or
     * all, and the unique (import, row) index refuses a row a second time. Undefined when the
     * import was not waiting to start (already running, or ended).
     */
    async start(record: ImportRecord, plan: StartPlan): Promise<number | undefined> {
      const key = Number(record.id);
      return db.transaction().execute(async (trx) => {
        // First, so a second start at the same moment waits here (PostgreSQL locks the row)
        // and then finds the import running: it queues nothing.
        const taken = await trx
          .updateTable('imports')
          .set((eb) => ({
            state: 'running',
            started_at: eb.fn.coalesce('started_at', eb.val(plan.at)),
          }))
          .where('id', '=', key)
          .where('state', 'in', ['preview', 'paused'])
          .executeTakeFirst();
        if (Number(taken.numUpdatedRows) === 0) return undefined;
        const pending = await trx
          .selectFrom('import_rows as r')
          .leftJoin('submissions as s', (join) =>
            join.onRef('s.import_id', '=', 'r.import_id').onRef('s.import_row', '=', 'r.sheet_row'),
          )
          .select([
            'r.sheet_row',
            'r.contact',
            'r.customer_id',
            'r.customer_name',
            's.id as submission_id',
            's.audit_id',
          ])
          .where('r.import_id', '=', key)
          .where('r.verdict', '=', 'ready')
          .where((eb) => eb.or([eb('s.id', 'is', null), eb('s.state', '=', 'paused')]))
          .orderBy('r.sheet_row')
          .execute();
        let index = 0;
        for (const row of pending) {
          const now = index < plan.dueNow;
          index += 1;
          const state = now ? 'queued' : 'scheduled';
          const nextAttemptAt = now ? plan.at : plan.laterAt;
          if (row.submission_id !== null) {
            await trx
              .updateTable('submissions')
              .set({ state, next_attempt_at: nextAttemptAt, updated_at: plan.at })
              .where('id', '=', row.submission_id)
              .where('state', '=', 'paused')
              .execute();
            continue;
          }
          const { id: auditId } = await trx
            .insertInto('audit_entries')
            .values({
              at: plan.at,
              username: record.username,
              user_name: record.userName,
              customer_id: row.customer_id!,
              customer_name: row.customer_name!,
              contact_id: null,
              action: 'add',
              fields: row.contact!,
              before: null,
              outcome: 'queued',
              message: `Imported from row ${row.sheet_row} of import ${record.id}.`,
              completed_at: null,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          const { id: submissionId } = await trx
            .insertInto('submissions')
            .values({
              username: record.username,
              user_name: record.userName,
              customer_id: row.customer_id!,
              customer_name: row.customer_name!,
              contact: row.contact!,
              state,
              contact_id: null,
              message: null,
              attempts: 0,
              may_have_written: 0,
              before_ids: null,
              audit_id: auditId,
              next_attempt_at: nextAttemptAt,
              claimed_until: null,
              created_at: plan.at,
              updated_at: plan.at,
              import_id: key,
              import_row: row.sheet_row,
            })
            .returning('id')
            .executeTakeFirstOrThrow();
          await trx
            .insertInto('audit_steps')
            .values({
              audit_id: auditId,
              at: plan.at,
              kind: 'queued',
              message: `Kept here as submission ${submissionId}; it will be sent to Komet from ${nextAttemptAt}.`,
              code: 'queued',
              data: JSON.stringify({ submissionId: String(submissionId), nextAttemptAt }),
            })
            .execute();
        }
        return pending.length;
      });
    },

    /** Rows not being sent right now wait until the import is started again. */
    async pause(id: string, at: string): Promise<void> {
      const key = idOf(id) ?? -1;
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable('submissions')
          .set({ state: 'paused', updated_at: at })
          .where('import_id', '=', key)
          .where('state', 'in', ['queued', 'scheduled'])
          .execute();
        await trx
          .updateTable('imports')
          .set({ state: 'paused' })
          .where('id', '=', key)
          .where('state', '=', 'running')
          .execute();
      });
    },

    /**
     * Rows not yet sent are discarded, each audit entry saying so; a row being sent right now
     * finishes (Komet may already have it). Returns how many rows were discarded.
     */
    async cancel(id: string, plan: { at: string; by: string }): Promise<number> {
      const key = idOf(id) ?? -1;
      return db.transaction().execute(async (trx) => {
        const dropped = await trx
          .updateTable('submissions')
          .set({ state: 'discarded', updated_at: plan.at })
          .where('import_id', '=', key)
          .where('state', 'in', ['queued', 'scheduled', 'paused'])
          .returning(['audit_id'])
          .execute();
        const message = 'The import was cancelled before this row was sent.';
        for (const { audit_id: auditId } of dropped) {
          if (auditId === null) continue;
          await trx
            .insertInto('audit_steps')
            .values({
              audit_id: auditId,
              at: plan.at,
              kind: 'discarded',
              message: `${plan.by} discarded it; it was not sent to Komet.`,
              code: 'discarded',
              data: JSON.stringify({ by: plan.by }),
            })
            .execute();
          await trx
            .updateTable('audit_entries')
            .set({ outcome: 'failed', message, completed_at: plan.at })
            .where('id', '=', auditId)
            .execute();
        }
        await trx
          .updateTable('imports')
          .set({ state: 'cancelled', finished_at: plan.at })
          .where('id', '=', key)
          .where('state', 'in', ['preview', 'running', 'paused'])
          .execute();
        return dropped.length;
      });
    },

    /**
     * Previews never started, made before `before`, with their rows: each check of a file makes
     * one, and a file of 5,000 rows is megabytes.
     */
    async deletePreviewsBefore(before: string): Promise<number> {
      return db.transaction().execute(async (trx) => {
        const old = trx
          .selectFrom('imports')
          .select('id')
          .where('state', '=', 'preview')
          .where('created_at', '<', before);
        await trx.deleteFrom('import_rows').where('import_id', 'in', old).execute();
        const result = await trx
          .deleteFrom('imports')
          .where('state', '=', 'preview')
          .where('created_at', '<', before)
          .executeTakeFirst();
        return Number(result.numDeletedRows);
      });
    },

    /** A running import with nothing left to send is done. */
    async finishIfDone(id: string, at: string): Promise<boolean> {
      const key = idOf(id) ?? -1;
      const result = await db
        .updateTable('imports')
        .set({ state: 'done', finished_at: at })
        .where('id', '=', key)
        .where('state', '=', 'running')
        .where((eb) =>
          eb.not(
            eb.exists(
              eb
                .selectFrom('submissions')
                .select('id')
                .where('import_id', '=', key)
                .where('state', 'in', [...UNSENT]),
            ),
          ),
        )
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /**
     * A row the worker put back in the queue (Komet failed) while its import was paused waits
     * with the others.
     */
    async holdIfPaused(id: string): Promise<void> {
      const key = idOf(id) ?? -1;
      await db
        .updateTable('submissions')
        .set({ state: 'paused' })
        .where('import_id', '=', key)
        .where('state', '=', 'queued')
        .where((eb) =>
          eb.exists(
            eb
              .selectFrom('imports')
              .select('id')
              .where('id', '=', key)
              .where('state', '=', 'paused'),
          ),
        )
        .execute();
    },
  };
}
export type ImportsStore = ReturnType<typeof importsTable>;
