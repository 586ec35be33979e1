import { msg, t } from '@lingui/core/macro';
import type { ContactSnapshot } from '@komet-contacts/server/contract';
import { i18n, type MessageDescriptor } from '../../../i18n/runtime';

const LABELS: Record<string, MessageDescriptor> = {
  name: msg`Name`,
  type: msg`Type`,
  phone: msg`Phone`,
  ext: msg`Ext.`,
  mobile: msg`Mobile`,
  fax: msg`Fax`,
  email: msg`E-mail`,
  description: msg`Description`,
  instantMessaging: msg`Instant messaging`,
  emailPOD: msg`PODs by e-mail`,
};

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
              <th scope="row">{LABELS[field] ? i18n._(LABELS[field]) : field}</th>
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
