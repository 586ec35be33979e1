import { msg, t } from '@lingui/core/macro';
import type { SubmissionState } from '@komet-contacts/server/contract';
import { intlLocale, type MessageDescriptor } from '../../../i18n/runtime';

// Rendered with `i18n._` (i18n/runtime.ts), in the language chosen at the time.

/** Each state as a sales person would say it: where the contact is and whether to act. */
export const STATE_WORDS: Record<SubmissionState, MessageDescriptor> = {
  queued: msg`Saved here, waiting for Komet`,
  sending: msg`Being sent to Komet now`,
  refused: msg`Komet refused it: needs your fix`,
  sent: msg`In Komet`,
};

/** A moment in the user's own language and time zone. */
export function formatWhen(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(
    date,
  );
}

/** When the next try is, in words; only a queued item has one. */
export function nextTryWords(state: SubmissionState, nextAttemptAt: string | null): string {
  if (state === 'sending') return t`Now`;
  if (state !== 'queued') return '—';
  return formatWhen(nextAttemptAt) || t`Soon`;
}

/** The server's refusals of a resend or discard, said as what happened and what to do. */
export const CONFLICT_WORDS: Record<string, MessageDescriptor> = {
  'not-refused': msg`This contact is not waiting for a fix any more: it is being sent or already in Komet. Go back to the list to see where it is.`,
  'being-sent': msg`This contact is being sent to Komet right now, so it cannot be discarded. Look at the list again in a minute.`,
};
