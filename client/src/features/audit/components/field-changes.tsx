import { t } from '@lingui/core/macro';
import type { AuditEntry } from '@komet-contacts/server/contract';
import { i18n } from '../../../i18n/runtime';
import { FIELD_LABELS } from '../../../messages/contact-field-labels';
import { changedFields, shownValue, SNAPSHOT_FIELDS } from './audit-wording';
import './audit.css';

/**
 * For an update, each changed field as before → after; for an add, the fields that were sent;
 * for a delete, the contact as it was.
 */
export function FieldChanges({ entry }: { entry: AuditEntry }) {
  const { before, fields } = entry;
  if (entry.action === 'update' && before) {
    const changed = changedFields(before, fields);
    if (changed.length === 0) return <p className="muted">{t`No field changed.`}</p>;
    return (
      <ul className="field-changes">
        {changed.map((field) => (
          <li key={field}>
            <span className="field-name">{i18n._(FIELD_LABELS[field])}:</span>{' '}
            <span className="value-before">{shownValue(before[field])}</span> →{' '}
            <span className="value-after">{shownValue(fields[field])}</span>
          </li>
        ))}
      </ul>
    );
  }
  const shown = entry.action === 'delete' && before ? before : fields;
  // An unticked box and empty fields say nothing about what was saved.
  const filled = SNAPSHOT_FIELDS.filter((field) => {
    const value = shown[field];
    return typeof value === 'string' ? value.trim() !== '' : value === true;
  });
  return (
    <ul className="field-changes">
      {filled.map((field) => (
        <li key={field}>
          <span className="field-name">{i18n._(FIELD_LABELS[field])}:</span>{' '}
          {shownValue(shown[field])}
        </li>
      ))}
    </ul>
  );
}
