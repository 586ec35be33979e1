import type {
  AuditAction,
  AuditEntry,
  AuditOutcome,
  AuditStep,
  AuditStepKind,
  AuditStepWording,
  ContactSnapshot,
} from '../contract';
import type { Db } from './database';
import type { AuditStepsTable, AuditTable } from './schema';

/** What is known before Komet is called; the outcome comes with `complete`. */
export type NewAuditEntry = Pick<
  AuditEntry,
  | 'at'
  | 'username'
  | 'userName'
  | 'customerId'
  | 'customerName'
  | 'contactId'
  | 'action'
  | 'fields'
  | 'before'
>;

export interface AuditCompletion {
  outcome: AuditOutcome;
  message: string | null;
  contactId?: string;
  at: string;
}

export interface AuditFilter {
  customerId?: string;
  username?: string;
  action?: AuditAction;
  outcome?: AuditOutcome;
  /** Entries older than this id (the previous page's cursor). */
  beforeId?: number;
  limit: number;
}

const parseSnapshot = (json: string | null): ContactSnapshot | null =>
  json === null ? null : (JSON.parse(json) as ContactSnapshot);

const toEntry = (row: Omit<AuditTable, 'id'> & { id: number }): AuditEntry => ({
  id: String(row.id),
  at: row.at,
  username: row.username,
  userName: row.user_name,
  customerId: row.customer_id,
  customerName: row.customer_name,
  contactId: row.contact_id,
  action: row.action as AuditAction,
  fields: parseSnapshot(row.fields) ?? {},
  before: parseSnapshot(row.before),
  outcome: row.outcome as AuditOutcome,
  message: row.message,
  completedAt: row.completed_at,
  steps: [],
});

const toStep = (row: Omit<AuditStepsTable, 'id' | 'audit_id'>): AuditStep => {
  const step = { at: row.at, kind: row.kind as AuditStepKind, message: row.message };
  // Our own rows: the code was written with its data (audit/steps.ts).
  if (row.code === null || row.data === null) return step;
  const data = JSON.parse(row.data) as AuditStepWording['data'];
  return { ...step, ...({ code: row.code, data } as AuditStepWording) };
};

export function auditTable(db: Db) {
  return {
    /** Written before Komet is called: until completed, the outcome reads `unknown`. */
    async begin(entry: NewAuditEntry): Promise<number> {
      const row = await db
        .insertInto('audit_entries')
        .values({
          at: entry.at,
          username: entry.username,
          user_name: entry.userName,
          customer_id: entry.customerId,
          customer_name: entry.customerName,
          contact_id: entry.contactId,
          action: entry.action,
          fields: JSON.stringify(entry.fields),
          before: entry.before && JSON.stringify(entry.before),
          outcome: 'unknown',
          message: null,
          completed_at: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async complete(id: number, completion: AuditCompletion): Promise<void> {
      await db
        .updateTable('audit_entries')
        .set({
          outcome: completion.outcome,
          message: completion.message,
          completed_at: completion.at,
          ...(completion.contactId ? { contact_id: completion.contactId } : {}),
        })
        .where('id', '=', id)
        .execute();
    },

    /** One more thing that happened to the change (issue 7); the outcome is set by `complete`. */
    async step(auditId: number, step: AuditStep): Promise<void> {
      await db
        .insertInto('audit_steps')
        .values({
          audit_id: auditId,
          at: step.at,
          kind: step.kind,
          message: step.message,
          code: step.code ?? null,
          data: step.code ? JSON.stringify(step.data) : null,
        })
        .execute();
    },

    /** Newest first; asks for one row more than the page to know whether another follows. */
    async list(filter: AuditFilter): Promise<{ entries: AuditEntry[]; next: string | null }> {
      let query = db.selectFrom('audit_entries').selectAll();
      if (filter.customerId) query = query.where('customer_id', '=', filter.customerId);
      if (filter.username) query = query.where('username', '=', filter.username);
      if (filter.action) query = query.where('action', '=', filter.action);
      if (filter.outcome) query = query.where('outcome', '=', filter.outcome);
      if (filter.beforeId !== undefined) query = query.where('id', '<', filter.beforeId);
      const rows = await query
        .orderBy('id', 'desc')
        .limit(filter.limit + 1)
        .execute();
      const page = rows.slice(0, filter.limit).map(toEntry);
      const steps =
        page.length === 0
          ? []
          : await db
              .selectFrom('audit_steps')
              .select(['audit_id', 'at', 'kind', 'message', 'code', 'data'])
              .where(
                'audit_id',
                'in',
                page.map((entry) => Number(entry.id)),
              )
              .orderBy('id')
              .execute();
      const byId = new Map(page.map((entry) => [Number(entry.id), entry]));
      for (const { audit_id, ...step } of steps) byId.get(audit_id)?.steps.push(toStep(step));
      const last = page.at(-1);
      return { entries: page, next: rows.length > filter.limit && last ? last.id : null };
    },
  };
}
export type AuditStore = ReturnType<typeof auditTable>;
