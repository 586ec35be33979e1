import type { Generated } from 'kysely';

/**
 * The app's own tables. Times are ISO 8601 text (UTC, fixed width, so they sort as text) and
 * flags are 0/1 integers: one representation for SQLite now and PostgreSQL later (issue 7).
 */
export interface UsersTable {
  id: Generated<number>;
  username: string;
  name: string;
  role: string;
  password_hash: string;
  disabled: number;
  /** Created on the simulator for one-click sign-in; never valid against a real Komet. */
  demo: number;
  created_at: string;
  last_sign_in_at: string | null;
}

export interface SessionsTable {
  /** SHA-256 of the cookie's random id: a copy of the database cannot be replayed as cookies. */
  id_hash: string;
  user_id: number;
  created_at: string;
  last_seen_at: string;
}

export interface AuditStepsTable {
  id: Generated<number>;
  audit_id: number;
  at: string;
  kind: string;
  message: string;
  /** Null on rows from before issue 8. */
  code: string | null;
  /** The code's data, JSON. */
  data: string | null;
}

export interface AuditTable {
  id: Generated<number>;
  at: string;
  username: string;
  user_name: string;
  customer_id: string;
  customer_name: string;
  contact_id: string | null;
  action: string;
  /** JSON: the fields sent to Komet. */
  fields: string;
  /** JSON: the contact before an update or delete. */
  before: string | null;
  outcome: string;
  message: string | null;
  completed_at: string | null;
}

export interface KometCallsTable {
  /** `YYYY-MM-DD`, UTC: Komet's quota is per day. */
  day: string;
  username: string;
  method: string;
  calls: number;
}

export interface SignInFailuresTable {
  /** `user:<username>` or `address:<client address>`. */
  key: string;
  failures: number;
  last_failed_at: string;
  locked_until: string | null;
}

export interface IdempotencyKeysTable {
  username: string;
  /** The browser's `Idempotency-Key`, scoped to its user. */
  key: string;
  /** SHA-256 of the request (customer and contact): the same key with another body is refused. */
  fingerprint: string;
  /** `running` until the answer is recorded, then `done`. */
  state: string;
  status: number | null;
  /** JSON: the answer to replay. */
  body: string | null;
  location: string | null;
  created_at: string;
  expires_at: string;
}

export interface SubmissionsTable {
  id: Generated<number>;
  username: string;
  user_name: string;
  customer_id: string;
  customer_name: string;
  /** JSON: the contact as validated. */
  contact: string;
  /** queued, sending, sent, refused or discarded. */
  state: string;
  contact_id: string | null;
  message: string | null;
  attempts: number;
  /** 1 when an earlier attempt may have reached Komet: look for the contact before resending. */
  may_have_written: number;
  /** JSON: ids of identical contacts that existed before the first attempt (not ours). */
  before_ids: string | null;
  audit_id: number | null;
  next_attempt_at: string | null;
  /** While `sending`: the lease; a worker that died lets it lapse and another takes over. */
  claimed_until: string | null;
  created_at: string;
  updated_at: string;
  /** Set for a row of an import (issue 10): with `import_row`, the row's idempotency key. */
  import_id: number | null;
  import_row: number | null;
}

export interface ImportsTable {
  id: Generated<number>;
  username: string;
  user_name: string;
  customer_id: string | null;
  file_name: string | null;
  /** preview, running, paused, cancelled or done; `scheduled` is derived from the rows. */
  state: string;
  /** JSON. */
  headers: string;
  /** JSON: field → column. */
  mapping: string;
  /** The file's separator, so the report opens in the same spreadsheet settings. */
  delimiter: string;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

export interface ImportRowsTable {
  import_id: number;
  sheet_row: number;
  /** JSON: the row as read. */
  cells: string;
  customer_id: string | null;
  customer_name: string | null;
  /** The preview's verdict: ready, needs-fixing, duplicate or duplicate-in-file. */
  verdict: string;
  /** JSON: the contact to send, when the row could be read as one. */
  contact: string | null;
  /** JSON, why it is not sent: `{ problems }`, `{ contactIds }` (in Komet) or `{ ofRow }`. */
  note: string | null;
}

export interface Schema {
  users: UsersTable;
  sessions: SessionsTable;
  audit_entries: AuditTable;
  audit_steps: AuditStepsTable;
  komet_calls: KometCallsTable;
  sign_in_failures: SignInFailuresTable;
  idempotency_keys: IdempotencyKeysTable;
  submissions: SubmissionsTable;
  imports: ImportsTable;
  import_rows: ImportRowsTable;
}
