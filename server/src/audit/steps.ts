import type {
  AuditFailureCause,
  AuditStepCode,
  AuditStepData,
  AuditStepKind,
  AuditStepWording,
} from '../contract';
import { ProblemError } from '../errors';
import { KometTimeoutError, KometUnavailableError } from '../komet/komet';

/** A step as its producer makes it; the store adds the time. */
export type NewAuditStep = AuditStepWording & { kind: AuditStepKind; message: string };

type Sentences = {
  [Code in AuditStepCode]: { kind: AuditStepKind; english: (data: AuditStepData[Code]) => string };
};

// The English stays as the API and the logs have always had it; the client words the codes.
const SENTENCES: Sentences = {
  'komet-failed': { kind: 'komet-failed', english: ({ reason }) => reason },
  found: {
    kind: 'found',
    english: ({ contactId }) => `Looked in Komet: the contact is there, as contact ${contactId}.`,
  },
  'look-up-failed': {
    kind: 'look-up-failed',
    english: ({ reason }) => `Could not look in Komet: ${reason}`,
  },
  'not-found-yet': {
    kind: 'not-found',
    english: () =>
      'Looked in Komet: the contact is not there yet; it will be looked for again before it is sent.',
  },
  queued: {
    kind: 'queued',
    english: ({ submissionId, nextAttemptAt }) =>
      `Kept here as submission ${submissionId}; it will be sent to Komet from ${nextAttemptAt ?? 'now'}.`,
  },
  interrupted: {
    kind: 'interrupted',
    english: () => 'An earlier attempt to save this contact did not finish.',
  },
  'retry-found': {
    kind: 'found',
    english: ({ attempt }) => `Attempt ${attempt}: looked in Komet, the contact is there.`,
  },
  'retry-not-found': {
    kind: 'not-found',
    english: ({ attempt }) => `Attempt ${attempt}: looked in Komet, the contact is not there.`,
  },
  'retry-sent': {
    kind: 'sent',
    english: ({ attempt, contactId }) =>
      `Attempt ${attempt}: sent to Komet, saved as ${contactId}.`,
  },
  'retry-refused': {
    kind: 'refused',
    english: ({ attempt, kometMessage }) => `Attempt ${attempt}: Komet refused it: ${kometMessage}`,
  },
  // A failed look-up keeps the kind it was first recorded with: existing rows and filters agree.
  'retry-failed': {
    kind: 'komet-failed',
    english: ({ attempt, reason, nextAttemptAt }) =>
      `Attempt ${attempt}: Komet failed (${reason}); next try from ${nextAttemptAt}.`,
  },
  'retry-look-up-failed': {
    kind: 'komet-failed',
    english: ({ attempt, reason, nextAttemptAt }) =>
      `Attempt ${attempt}: could not look in Komet (${reason}); next try from ${nextAttemptAt}.`,
  },
  corrected: {
    kind: 'corrected',
    english: ({ by, changed }) =>
      `${by} corrected it (${changed.length > 0 ? `changed ${changed.join(', ')}` : 'unchanged'}) and it was kept to be sent again.`,
  },
  discarded: {
    kind: 'discarded',
    english: ({ by }) => `${by} discarded it; it was not sent to Komet.`,
  },
};

/** The step of `code`: its kind, its data, and its sentence in English from the same data. */
export function auditStep<Code extends AuditStepCode>(
  code: Code,
  data: AuditStepData[Code],
): NewAuditStep {
  const { kind, english } = SENTENCES[code] as {
    kind: AuditStepKind;
    english: (data: AuditStepData[Code]) => string;
  };
  return { kind, code, data, message: english(data) } as NewAuditStep;
}

/** Why a call failed: a cause the client can word, and the technical reason as it was. */
export function failureOf(error: unknown): { cause: AuditFailureCause; reason: string } {
  if (error instanceof KometTimeoutError) return { cause: 'timeout', reason: error.message };
  if (error instanceof KometUnavailableError)
    return { cause: 'unavailable', reason: error.message };
  if (error instanceof ProblemError) {
    const cause = error.problem.code === 'budget-spent' ? 'budget-spent' : 'other';
    return { cause, reason: error.problem.detail };
  }
  return { cause: 'other', reason: String(error) };
}
