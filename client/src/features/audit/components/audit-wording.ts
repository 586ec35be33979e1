import type { AuditAction, AuditEntry, ContactSnapshot } from '@komet-contacts/server/contract';

// The same words as the edit screen's conflict panel (contacts/components/conflict-panel.tsx);
// features do not import each other, and these are the labels users know from the form.
export const FIELD_LABELS: Record<keyof ContactSnapshot, string> = {
  name: 'Name',
  type: 'Type',
  phone: 'Phone',
  ext: 'Ext.',
  mobile: 'Mobile',
  fax: 'Fax',
  email: 'E-mail',
  description: 'Description',
  instantMessaging: 'Instant messaging',
  emailPOD: 'PODs by e-mail',
};
export const SNAPSHOT_FIELDS = Object.keys(FIELD_LABELS) as (keyof ContactSnapshot)[];

export const ACTION_LABELS: Record<AuditAction, string> = {
  add: 'Added',
  update: 'Changed',
  delete: 'Deleted',
};

export const OUTCOME_LABELS = {
  saved: 'Saved in Komet',
  refused: 'Refused by Komet',
  failed: 'Not saved',
  unknown: 'Unknown — may or may not be in Komet',
  queued: 'Saved here, not yet in Komet',
} as const;

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
/** In the user's own language and time zone. */
export const formatWhen = (iso: string) => when.format(new Date(iso));

export const shownValue = (value: string | boolean | undefined) =>
  typeof value === 'boolean' ? (value ? 'Yes' : 'No') : value?.trim() || '(empty)';

/** "Changed Carlos Andrade": the action and the contact it was about. */
export function describeAction(entry: AuditEntry): string {
  const name = entry.fields.name ?? entry.before?.name;
  return `${ACTION_LABELS[entry.action]} ${name ? name : 'a contact'}`;
}

/** What the outcome means for the user: saved or not, and Komet's reason when it gave one. */
export function describeOutcome(entry: AuditEntry): string {
  const reason = entry.message ? `: ${entry.message}` : '';
  switch (entry.outcome) {
    case 'saved':
      return OUTCOME_LABELS.saved;
    case 'refused':
      return `Refused by Komet${reason}. Nothing was saved.`;
    case 'failed':
      return `Not saved${reason}.`;
    case 'unknown':
      return `${OUTCOME_LABELS.unknown}. Check the contact list before trying again.`;
    case 'queued':
      return `${OUTCOME_LABELS.queued}: it will be sent when Komet answers.`;
  }
}

/** Fields whose shown value differs between two versions of a contact. */
export const changedFields = (before: ContactSnapshot, after: ContactSnapshot) =>
  SNAPSHOT_FIELDS.filter((field) => shownValue(before[field]) !== shownValue(after[field]));
