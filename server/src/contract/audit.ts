import * as z from 'zod/mini';
import type { ContactSnapshot } from './contact-record';
import { customerIdSchema } from './customer';

export const AUDIT_ACTIONS = ['add', 'update', 'delete'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/**
 * `unknown` until Komet's answer is recorded, and for good when the answer never came (timeout,
 * dropped connection, process killed): the contact may or may not have been saved. `queued`:
 * kept in our outbox until Komet answers (issue 7); it becomes `saved` or `refused` then.
 */
export const AUDIT_OUTCOMES = ['saved', 'refused', 'failed', 'unknown', 'queued'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

/**
 * What happened to a change after its first attempt, when that was not the end of it (issue 7):
 * Komet failed, the contact was looked for in Komet, kept here, sent by the outbox, corrected
 * or discarded by its owner.
 */
export const AUDIT_STEP_KINDS = [
  'komet-failed',
  'found',
  'not-found',
  'look-up-failed',
  'queued',
  'sent',
  'refused',
  'corrected',
  'discarded',
  'interrupted',
] as const;
export type AuditStepKind = (typeof AUDIT_STEP_KINDS)[number];

/** Why a call to Komet failed, as far as the person reading the trail needs to know. */
export const AUDIT_FAILURE_CAUSES = ['timeout', 'unavailable', 'budget-spent', 'other'] as const;
export type AuditFailureCause = (typeof AUDIT_FAILURE_CAUSES)[number];

interface Failure {
  cause: AuditFailureCause;
  /** The technical reason, in English: for support, logs and the `other` cause. */
  reason: string;
}

/**
 * The data each step's sentence is built from, by code (issue 8: the server sends a code, the
 * client words it). A code, once released, keeps its meaning and its data: old rows keep theirs.
 * `retry-*` come from the outbox worker, whose attempts count from 1.
 */
export interface AuditStepData {
  'komet-failed': Failure;
  found: { contactId: string };
  'look-up-failed': Failure;
  'not-found-yet': Record<string, never>;
  /** `nextAttemptAt` null: sent as soon as the worker gets to it. */
  queued: { submissionId: string; nextAttemptAt: string | null };
  interrupted: Record<string, never>;
  'retry-found': { attempt: number };
  'retry-not-found': { attempt: number };
  'retry-sent': { attempt: number; contactId: string };
  /** Komet's own words, shown as Komet wrote them. */
  'retry-refused': { attempt: number; kometMessage: string };
  'retry-failed': Failure & { attempt: number; nextAttemptAt: string };
  'retry-look-up-failed': Failure & { attempt: number; nextAttemptAt: string };
  /** `by`: the display name of who did it; `changed`: the fields, as contract names. */
  corrected: { by: string; changed: (keyof ContactSnapshot)[] };
  discarded: { by: string };
}
export type AuditStepCode = keyof AuditStepData;

/** A code with its own data, so each sentence's placeholders are type-checked. */
export type AuditStepWording = {
  [Code in AuditStepCode]: { code: Code; data: AuditStepData[Code] };
}[AuditStepCode];

/**
 * One step. `kind` groups steps by what happened; `code` and `data` say which sentence, with
 * what in it. Steps recorded before codes existed have neither: their `message` is all there is.
 */
export type AuditStep = {
  /** ISO 8601. */
  at: string;
  kind: AuditStepKind;
  /** The sentence in English, built from `data`: for logs, scripts and unknown codes. */
  message: string;
} & (AuditStepWording | { code?: undefined; data?: undefined });

export interface AuditEntry {
  id: string;
  /** ISO 8601, when the change was asked for. */
  at: string;
  username: string;
  /** The user's display name at the time. */
  userName: string;
  customerId: string;
  customerName: string;
  contactId: string | null;
  action: AuditAction;
  /** The fields sent to Komet. */
  fields: ContactSnapshot;
  /** For an update or delete: the contact as it was before. */
  before: ContactSnapshot | null;
  outcome: AuditOutcome;
  /** Komet's message (token redacted), or why the call failed. */
  message: string | null;
  /** ISO 8601, when the outcome was recorded; null while (or if forever) unknown. */
  completedAt: string | null;
  /** Oldest first; empty when the first attempt settled it. */
  steps: AuditStep[];
}

/**
 * `GET /api/audit` query. Without `customerId` only admins may read it. `before` is the `next`
 * cursor of the previous page.
 */
export const auditQuerySchema = z.object({
  customerId: z.optional(customerIdSchema),
  user: z.optional(z.string().check(z.maxLength(64))),
  action: z.optional(z.enum(AUDIT_ACTIONS, 'One of add, update, delete')),
  outcome: z.optional(z.enum(AUDIT_OUTCOMES, 'One of saved, refused, failed, unknown, queued')),
  before: z.optional(z.string().check(z.regex(/^\d{1,20}$/, 'A cursor from a previous page'))),
  // Up to 1,000 so the client's CSV of 10,000 entries takes ten requests, not a hundred.
  limit: z.optional(z.string().check(z.regex(/^([1-9]\d{0,2}|1000)$/, 'A number from 1 to 1,000'))),
});
export type AuditQuery = z.infer<typeof auditQuerySchema>;

/** `GET /api/audit` → newest first; `next` is the `before` of the following page, null at the end. */
export interface AuditPage {
  entries: AuditEntry[];
  next: string | null;
}
