import { msg, t } from '@lingui/core/macro';
import type {
  AuditFailureCause,
  AuditStep,
  AuditStepCode,
  AuditStepData,
  ContactSnapshot,
} from '@komet-contacts/server/contract';
import { i18n, intlLocale, type MessageDescriptor } from '../../i18n/runtime';
import { FIELD_LABELS } from '../../messages/contact-field-labels';
import { formatWhen } from './components/audit-wording';

// The words for the server's step codes (server/src/audit/steps.ts), as messages/problems.ts
// words its problem codes. Komet's own words and ids are data, quoted as they came.

const CAUSES: Record<Exclude<AuditFailureCause, 'other'>, MessageDescriptor> = {
  timeout: msg`Komet did not answer in time.`,
  unavailable: msg`Komet was not available.`,
  'budget-spent': msg`Today’s Komet allowance was used up.`,
};

/** A cause without words of its own is told with the server's reason, as it was recorded. */
function sayFailure({ cause, reason }: { cause: AuditFailureCause; reason: string }): string {
  if (cause !== 'other' && Object.hasOwn(CAUSES, cause)) return i18n._(CAUSES[cause]);
  return t`Komet failed: ${reason}`;
}

function sayFields(changed: (keyof ContactSnapshot)[]): string {
  const labels = changed.map((field) =>
    Object.hasOwn(FIELD_LABELS, field) ? i18n._(FIELD_LABELS[field]) : field,
  );
  return new Intl.ListFormat(intlLocale(), { type: 'conjunction' }).format(labels);
}

type Words = { [Code in AuditStepCode]: (data: AuditStepData[Code]) => string };

const WORDS: Words = {
  'komet-failed': (data) => {
    const failure = sayFailure(data);
    return t`First attempt: ${failure}`;
  },
  found: ({ contactId }) => t`Looked in Komet: the contact is there, as contact ${contactId}.`,
  'look-up-failed': (data) => {
    const failure = sayFailure(data);
    return t`Could not look in Komet: ${failure}`;
  },
  'not-found-yet': () =>
    t`Looked in Komet: the contact is not there yet; it will be looked for again before it is sent.`,
  queued: ({ submissionId, nextAttemptAt }) => {
    if (!nextAttemptAt) {
      return t`Kept here as submission ${submissionId}; it will be sent to Komet right away.`;
    }
    const when = formatWhen(nextAttemptAt);
    return t`Kept here as submission ${submissionId}; it will be sent to Komet from ${when}.`;
  },
  interrupted: () => t`An earlier attempt to save this contact did not finish.`,
  'retry-found': ({ attempt }) => t`Attempt ${attempt}: looked in Komet, the contact is there.`,
  'retry-not-found': ({ attempt }) =>
    t`Attempt ${attempt}: looked in Komet, the contact is not there.`,
  'retry-sent': ({ attempt, contactId }) =>
    t`Attempt ${attempt}: sent to Komet, saved as contact ${contactId}.`,
  'retry-refused': ({ attempt, kometMessage }) =>
    t`Attempt ${attempt}: Komet refused it. It said: “${kometMessage}”`,
  'retry-failed': ({ attempt, nextAttemptAt, ...data }) => {
    const failure = sayFailure(data);
    const when = formatWhen(nextAttemptAt);
    return t`Attempt ${attempt}: ${failure} Next try from ${when}.`;
  },
  'retry-look-up-failed': ({ attempt, nextAttemptAt, ...data }) => {
    const failure = sayFailure(data);
    const when = formatWhen(nextAttemptAt);
    return t`Attempt ${attempt}: could not look in Komet. ${failure} Next try from ${when}.`;
  },
  corrected: ({ by, changed }) => {
    if (changed.length === 0)
      return t`${by} sent it again without changes; it was kept to be sent.`;
    const fields = sayFields(changed);
    return t`${by} corrected it (changed: ${fields}) and it was kept to be sent again.`;
  },
  discarded: ({ by }) => t`${by} discarded it; it was not sent to Komet.`,
};

/**
 * The step in the reader's language. A step recorded before codes existed, or with a code this
 * client does not know (a newer server), is shown in the server's English.
 */
export function describeStep(step: AuditStep): string {
  if (!step.code || !Object.hasOwn(WORDS, step.code)) return step.message;
  // The code and its data travel together (AuditStepWording); TypeScript cannot pair them here.
  const words = WORDS[step.code] as (data: AuditStep['data']) => string;
  return words(step.data);
}
