import type { ContactInput, Submission, SubmissionState } from '../contract';
import type { Db, Dialect } from './database';
import type { SubmissionsTable } from './schema';

export interface NewSubmission {
  username: string;
  userName: string;
  customerId: string;
  customerName: string;
  contact: ContactInput;
  mayHaveWritten: boolean;
  beforeIds: string[] | null;
  auditId: number | null;
  message: string | null;
  at: string;
  nextAttemptAt: string;
}

/** An item as the worker handles it. */
export interface OutboxItem extends Submission {
  mayHaveWritten: boolean;
  beforeIds: string[] | null;
  auditId: number | null;
  userName: string;
  /** Set for a row of an import (issue 10). */
  importId: string | null;
}

type Row = Omit<SubmissionsTable, 'id'> & { id: number };

const toItem = (row: Row): OutboxItem => ({
  id: String(row.id),
  state: (row.state === 'discarded' ? 'refused' : row.state) as SubmissionState,
  customerId: row.customer_id,
  customerName: row.customer_name,
  contact: JSON.parse(row.contact) as ContactInput,
  username: row.username,
  userName: row.user_name,
  ...(row.contact_id ? { contactId: row.contact_id } : {}),
  ...(row.message ? { message: row.message } : {}),
  attempts: row.attempts,
  nextAttemptAt: row.state === 'queued' ? row.next_attempt_at : null,
  createdAt: row.created_at,
  mayHaveWritten: row.may_have_written === 1,
  beforeIds: row.before_ids ? (JSON.parse(row.before_ids) as string[]) : null,
  auditId: row.audit_id,
  importId: row.import_id === null ? null : String(row.import_id),
});

/** The outbox: adds kept here until Komet has them (issue 7). */
export function submissionsTable(db: Db, dialect: Dialect) {
  return {
    async enqueue(item: NewSubmission): Promise<OutboxItem> {
      const row = await db
        .insertInto('submissions')
        .values({
          username: item.username,
          user_name: item.userName,
          customer_id: item.customerId,
          customer_name: item.customerName,
          contact: JSON.stringify(item.contact),
          state: 'queued',
          contact_id: null,
          message: item.message,
          attempts: 0,
          may_have_written: item.mayHaveWritten ? 1 : 0,
          before_ids: item.beforeIds && JSON.stringify(item.beforeIds),
          audit_id: item.auditId,
          next_attempt_at: item.nextAttemptAt,
          claimed_until: null,
          created_at: item.at,
          updated_at: item.at,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toItem(row);
    },

    async find(id: string): Promise<OutboxItem | undefined> {
      if (!/^\d{1,15}$/.test(id)) return undefined;
      const row = await db
        .selectFrom('submissions')
        .selectAll()
        .where('id', '=', Number(id))
        .where('state', '!=', 'discarded')
        .executeTakeFirst();
      return row && toItem(row);
    },

    async list(filter: { username?: string; states: SubmissionState[] }): Promise<OutboxItem[]> {
      // An import's rows have their own report (issue 10); this list is what was typed.
      let query = db
        .selectFrom('submissions')
        .selectAll()
        .where('state', 'in', filter.states)
        .where('import_id', 'is', null);
      if (filter.username) query = query.where('username', '=', filter.username);
      const rows = await query.orderBy('id', 'desc').limit(500).execute();
      return rows.map(toItem);
    },

    /**
     * Takes the next item due, leased until `leaseUntil`. Per customer, only the oldest item
     * still to send is eligible, so a customer's contacts reach Komet in the order they were
     * saved; an item whose lease lapsed (its worker died) is eligible again. On PostgreSQL,
     * `FOR UPDATE SKIP LOCKED` lets several processes claim at once without taking one twice.
     */
    async claimNext(now: string, leaseUntil: string): Promise<OutboxItem | undefined> {
      return db.transaction().execute(async (trx) => {
        // Read in id order through the (state, id) index and stopped at the first that may go:
        // with an import's thousands of rows waiting, that is the first few. Each check is one
        // look into the (customer, state, id) index. A lapsed lease is looked for first (rare).
        const eligible = (state: 'sending' | 'queued') => {
          let query = trx
            .selectFrom('submissions as s')
            .select(['s.id', 's.state'])
            .where('s.state', '=', state)
            .where((eb) =>
              eb.not(
                eb.exists(
                  eb
                    .selectFrom('submissions as o')
                    .select('o.id')
                    .whereRef('o.customer_id', '=', 's.customer_id')
                    .where('o.state', 'in', ['queued', 'sending'])
                    .whereRef('o.id', '<', 's.id'),
                ),
              ),
            )
            .where((eb) =>
              eb.not(
                eb.exists(
                  eb
                    .selectFrom('submissions as p')
                    .select('p.id')
                    .whereRef('p.customer_id', '=', 's.customer_id')
                    .where('p.state', '=', 'sending')
                    .where('p.claimed_until', '>=', now),
                ),
              ),
            )
            .orderBy('s.id')
            .limit(1);
          query =
            state === 'sending'
              ? query.where('s.claimed_until', '<', now)
              : query.where('s.next_attempt_at', '<=', now);
          return dialect === 'postgres' ? query.forUpdate().skipLocked() : query;
        };
        const found =
          (await eligible('sending').executeTakeFirst()) ??
          (await eligible('queued').executeTakeFirst());
        if (!found) return undefined;
        // A lapsed lease means an attempt may have reached Komet: look before resending.
        const row = await trx
          .updateTable('submissions')
          .set((eb) => ({
            state: 'sending',
            claimed_until: leaseUntil,
            attempts: eb('attempts', '+', 1),
            updated_at: now,
            may_have_written: found.state === 'sending' ? 1 : eb.ref('may_have_written'),
          }))
          .where('id', '=', found.id)
          .returningAll()
          .executeTakeFirstOrThrow();
        return toItem(row);
      });
    },

    /** An import's rows held for the budget's reset become due once it has reset. */
    async releaseScheduled(now: string): Promise<number> {
      const result = await db
        .updateTable('submissions')
        .set({ state: 'queued', updated_at: now })
        .where('state', '=', 'scheduled')
        .where('next_attempt_at', '<=', now)
        .executeTakeFirst();
      return Number(result.numUpdatedRows);
    },

    async settle(
      id: string,
      outcome:
        | { state: 'sent'; contactId: string; message: string | null }
        | { state: 'refused'; message: string }
        | { state: 'queued'; nextAttemptAt: string; mayHaveWritten: boolean; message: string },
      at: string,
    ): Promise<void> {
      await db
        .updateTable('submissions')
        .set({
          state: outcome.state,
          claimed_until: null,
          updated_at: at,
          message: outcome.message,
          ...(outcome.state === 'sent' ? { contact_id: outcome.contactId } : {}),
          ...(outcome.state === 'queued'
            ? {
                next_attempt_at: outcome.nextAttemptAt,
                may_have_written: outcome.mayHaveWritten ? 1 : 0,
              }
            : {}),
        })
        .where('id', '=', Number(id))
        .execute();
    },

    /** A refused item, corrected by its owner, goes back in the queue. */
    async resend(id: string, contact: ContactInput, at: string): Promise<boolean> {
      const result = await db
        .updateTable('submissions')
        .set({
          contact: JSON.stringify(contact),
          state: 'queued',
          next_attempt_at: at,
          may_have_written: 0,
          message: null,
          updated_at: at,
        })
        .where('id', '=', Number(id))
        .where('state', '=', 'refused')
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /** Only what is not being sent right now may be discarded. */
    async discard(id: string, at: string): Promise<boolean> {
      const result = await db
        .updateTable('submissions')
        .set({ state: 'discarded', updated_at: at })
        .where('id', '=', Number(id))
        .where('state', 'in', ['refused', 'queued'])
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
  };
}
export type SubmissionsStore = ReturnType<typeof submissionsTable>;
