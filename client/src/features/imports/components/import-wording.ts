import { msg, plural, t } from '@lingui/core/macro';
import type {
  ImportField,
  ImportRowOutcome,
  ImportState,
  VerdictKind,
} from '@komet-contacts/server/contract';
import { intlLocale, type MessageDescriptor } from '../../../i18n/runtime';
import { FIELD_LABELS } from '../../../messages/contact-field-labels';

// Rendered with `i18n._` (i18n/runtime.ts), in the language chosen at the time.

/** A column's field as the contact form labels it; the customer columns of a many-customer file. */
export const IMPORT_FIELD_LABELS: Record<ImportField, MessageDescriptor> = {
  ...FIELD_LABELS,
  customerCode: msg`Customer code`,
  customerId: msg`Customer id`,
};

/** The preview's verdict on a row, as its badge says it. */
export const VERDICT_WORDS: Record<VerdictKind, MessageDescriptor> = {
  ready: msg`Ready`,
  'needs-fixing': msg`Needs fixing`,
  duplicate: msg`Already in Komet`,
  'duplicate-in-file': msg`Repeated in the file`,
};

/** What became of a row, as its badge in the report says it. */
export const OUTCOME_WORDS: Record<ImportRowOutcome, MessageDescriptor> = {
  'needs-fixing': msg`Not sent: needs fixing`,
  duplicate: msg`Not sent: already in Komet`,
  'duplicate-in-file': msg`Not sent: repeated in the file`,
  cancelled: msg`Not sent: import cancelled`,
  waiting: msg`Waiting to start`,
  queued: msg`Being sent`,
  scheduled: msg`After midnight UTC`,
  sent: msg`In Komet`,
  refused: msg`Refused by Komet`,
};

/** Where the import is, as a sentence: the live region reads it out when it changes. */
export const STATE_WORDS: Record<ImportState, MessageDescriptor> = {
  preview: msg`Not started: nothing has been sent yet.`,
  running: msg`Sending the contacts to Komet.`,
  paused: msg`Paused: nothing is being sent until you continue.`,
  scheduled: msg`Waiting for midnight UTC: today’s Komet calls for imports are used up.`,
  cancelled: msg`Cancelled: nothing more will be sent. Rows already sent stay in Komet.`,
  done: msg`Done: every ready row was sent to Komet or refused by it.`,
};

/** A badge's colour class; its words say the same, so colour is never the only sign. */
export const toneOf = (kind: VerdictKind | ImportRowOutcome) =>
  kind === 'ready' || kind === 'sent'
    ? 'badge-ok'
    : kind === 'needs-fixing' || kind === 'refused'
      ? 'badge-fix'
      : kind === 'duplicate' || kind === 'duplicate-in-file'
        ? 'badge-duplicate'
        : 'badge-neutral';

/** A count as the reader's language writes numbers (5,000 or 5.000). */
export const formatCount = (count: number) => new Intl.NumberFormat(intlLocale()).format(count);

/** A moment as a time in the reader's own zone, with the day when it is not today. */
export function localTime(when: Date | string): string {
  const date = new Date(when);
  if (Number.isNaN(date.getTime())) return '';
  const today = date.toDateString() === new Date().toDateString();
  return new Intl.DateTimeFormat(intlLocale(), {
    ...(today ? {} : { weekday: 'long' }),
    hour: 'numeric',
    minute: '2-digit',
  }).format(date);
}

/** A moment in the reader's language and time zone, with its date. */
export const formatWhen = (iso: string) =>
  new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );

/** The next midnight UTC, when today's Komet calls start again. */
export function nextMidnightUtc(now = new Date()): Date {
  const midnight = new Date(now);
  midnight.setUTCHours(24, 0, 0, 0);
  return midnight;
}

/** The estimate, rounded as a person would say it. */
export function timeLeftWords(seconds: number): string {
  if (seconds < 60) return t`Less than a minute left.`;
  const minutes = Math.round(seconds / 60);
  if (minutes < 90)
    return plural(minutes, { one: 'About # minute left.', other: 'About # minutes left.' });
  const hours = Math.round(minutes / 60);
  return plural(hours, { one: 'About # hour left.', other: 'About # hours left.' });
}
