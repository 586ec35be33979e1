import { msg, t } from '@lingui/core/macro';
import type { AuditAction, AuditEntry, ContactSnapshot } from '@komet-contacts/server/contract';
import { i18n, intlLocale, type MessageDescriptor } from '../../../i18n/runtime';
import { FIELD_LABELS } from '../../../messages/contact-field-labels';

export const SNAPSHOT_FIELDS = Object.keys(FIELD_LABELS) as (keyof ContactSnapshot)[];

export const ACTION_NAMES: Record<AuditAction, MessageDescriptor> = {
  add: msg`Add`,
  update: msg`Change`,
  delete: msg`Delete`,
};

export const OUTCOME_LABELS = {
  saved: msg`Saved in Komet`,
  refused: msg`Refused by Komet`,
  failed: msg`Not saved`,
  unknown: msg`Unknown — may or may not be in Komet`,
  queued: msg`Saved here, not yet in Komet`,
} as const;

/** In the chosen language and the user's own time zone. */
export const formatWhen = (iso: string) =>
  new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  );

export const shownValue = (value: string | boolean | undefined) =>
  typeof value === 'boolean' ? (value ? t`Yes` : t`No`) : value?.trim() || t`(empty)`;

/** "Changed Carlos Andrade": the action and the contact it was about, one sentence per action. */
export function describeAction(entry: AuditEntry): string {
  const name = entry.fields.name ?? entry.before?.name;
  switch (entry.action) {
    case 'add':
      return name ? t`Added ${name}` : t`Added a contact`;
    case 'update':
      return name ? t`Changed ${name}` : t`Changed a contact`;
    case 'delete':
      return name ? t`Deleted ${name}` : t`Deleted a contact`;
  }
}

/** What the outcome means for the user: saved or not, and Komet's reason when it gave one. */
export function describeOutcome(entry: AuditEntry): string {
  // Komet's own words (or why the call failed), shown as they came.
  const reason = entry.message;
  switch (entry.outcome) {
    case 'saved':
      return i18n._(OUTCOME_LABELS.saved);
    case 'refused':
      return reason
        ? t`Refused by Komet: ${reason}. Nothing was saved.`
        : t`Refused by Komet. Nothing was saved.`;
    case 'failed':
      return reason ? t`Not saved: ${reason}.` : t`Not saved.`;
    case 'unknown':
      return t`Unknown — may or may not be in Komet. Check the contact list before trying again.`;
    case 'queued':
      return t`Saved here, not yet in Komet: it will be sent when Komet answers.`;
  }
}

/** Fields whose shown value differs between two versions of a contact. */
export const changedFields = (before: ContactSnapshot, after: ContactSnapshot) =>
  SNAPSHOT_FIELDS.filter((field) => shownValue(before[field]) !== shownValue(after[field]));
