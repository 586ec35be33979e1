import type { ContactInput } from './contact';

/**
 * An add kept by our server until Komet has it (issue 7): `queued` waits for Komet to answer,
 * `sending` is being sent now, `sent` is in Komet (`contactId`), `refused` was turned down by
 * Komet (`message`) and waits for its owner to fix and resend it, or discard it.
 */
export const SUBMISSION_STATES = ['queued', 'sending', 'sent', 'refused'] as const;
export type SubmissionState = (typeof SUBMISSION_STATES)[number];

/** The header a browser sends with each add and update (IETF httpapi Idempotency-Key draft). */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/** `POST /api/customers/:customerId/contacts` 202: saved here, not yet in Komet. */
export interface QueuedResponse {
  status: 'queued';
  submissionId: string;
  message: string;
}

/** `GET /api/submissions/:id`, and each item of `GET /api/submissions?state=`. */
export interface Submission {
  id: string;
  state: SubmissionState;
  customerId: string;
  customerName: string;
  contact: ContactInput;
  username: string;
  contactId?: string;
  /** Komet's message (a refusal's reason), token redacted. */
  message?: string;
  attempts: number;
  /** ISO 8601: when the next attempt is due (queued only). */
  nextAttemptAt: string | null;
  createdAt: string;
}

export interface SubmissionListResponse {
  submissions: Submission[];
}
