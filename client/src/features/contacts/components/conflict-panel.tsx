import { t } from '@lingui/core/macro';
import type { ContactSnapshot } from '@komet-contacts/server/contract';
import { i18n } from '../../../i18n/runtime';
import { FIELD_LABELS } from '../../../messages/contact-field-labels';
import '../../../styles/tables.css';
import './duplicate-warning.css';

const shown = (value: string | boolean | undefined) =>
  typeof value === 'boolean' ? (value ? t`Yes` : t`No`) : value || t`(empty)`;

interface ConflictPanelProps {
  mine: ContactSnapshot;
  /** Fields this user changed; the others keep Komet's value. */
  yours: string[];
  current: ContactSnapshot;
  changedFields: string[];
  onKeepMine: () => void;
  onUseCurrent: () => void;
}

/** Someone changed the contact in Komet meanwhile: both versions, side by side, and a choice. */
export function ConflictPanel({
  mine,
  yours,
  current,
  changedFields,
  onKeepMine,
  onUseCurrent,
}: ConflictPanelProps) {
  return (
    <section className="duplicate-warning" aria-labelledby="conflict-title">
      <h2 id="conflict-title" tabIndex={-1} ref={(heading) => heading?.focus()}>
        {t`This contact was changed in Komet after you opened it`}
      </h2>
      <p role="alert">{t`Nothing was saved. Compare the versions and choose what to keep.`}</p>
      <table className="contacts-table">
        <thead>
          <tr>
            <th scope="col">{t`Field`}</th>
            <th scope="col">{t`Your version`}</th>
            <th scope="col">{t`Now in Komet`}</th>
          </tr>
        </thead>
        <tbody>
          {changedFields.map((field) => (
            <tr key={field}>
              <th scope="row">
                {field in FIELD_LABELS
                  ? i18n._(FIELD_LABELS[field as keyof typeof FIELD_LABELS])
                  : field}
              </th>
              <td>
                {yours.includes(field)
                  ? shown(mine[field as keyof ContactSnapshot])
                  : t`Not changed by you: Komet’s value is kept`}
              </td>
              <td>{shown(current[field as keyof ContactSnapshot])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form-actions">
        <button type="button" className="button-primary" onClick={onKeepMine}>
          {t`Save my changes on top of Komet’s version`}
        </button>
        <button type="button" className="button-secondary" onClick={onUseCurrent}>
          {t`Start again from Komet’s version`}
        </button>
      </div>
    </section>
  );
}
