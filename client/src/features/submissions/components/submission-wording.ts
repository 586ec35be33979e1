import type { SubmissionState } from '@komet-contacts/server/contract';

/** Each state as a sales person would say it: where the contact is and whether to act. */
export const STATE_WORDS: Record<SubmissionState, string> = {
  queued: 'Saved here, waiting for Komet',
  sending: 'Being sent to Komet now',
  refused: 'Komet refused it: needs your fix',
  sent: 'In Komet',
};

const WHEN = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** A moment in the user's own language and time zone. */
export function formatWhen(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : WHEN.format(date);
}

/** When the next try is, in words; only a queued item has one. */
export function nextTryWords(state: SubmissionState, nextAttemptAt: string | null): string {
  if (state === 'sending') return 'Now';
  if (state !== 'queued') return '—';
  return formatWhen(nextAttemptAt) || 'Soon';
}

/** The server's refusals of a resend or discard, said as what happened and what to do. */
export const CONFLICT_WORDS: Record<string, string> = {
  'not-refused':
    'This contact is not waiting for a fix any more: it is being sent or already in Komet. Go back to the list to see where it is.',
  'being-sent':
    'This contact is being sent to Komet right now, so it cannot be discarded. Look at the list again in a minute.',
};
