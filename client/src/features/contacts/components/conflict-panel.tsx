import type { ContactSnapshot } from '@komet-contacts/server/contract';

const LABELS: Record<string, string> = {
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

const shown = (value: string | boolean | undefined) =>
  typeof value === 'boolean' ? (value ? 'Yes' : 'No') : value || '(empty)';

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
        This contact was changed in Komet after you opened it
      </h2>
      <p role="alert">Nothing was saved. Compare the versions and choose what to keep.</p>
      <table className="contacts-table">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Your version</th>
            <th scope="col">Now in Komet</th>
          </tr>
        </thead>
        <tbody>
          {changedFields.map((field) => (
            <tr key={field}>
              <th scope="row">{LABELS[field] ?? field}</th>
              <td>
                {yours.includes(field)
                  ? shown(mine[field as keyof ContactSnapshot])
                  : 'Not changed by you: Komet’s value is kept'}
              </td>
              <td>{shown(current[field as keyof ContactSnapshot])}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form-actions">
        <button type="button" className="button-primary" onClick={onKeepMine}>
          Save my changes on top of Komet’s version
        </button>
        <button type="button" className="button-secondary" onClick={onUseCurrent}>
          Start again from Komet’s version
        </button>
      </div>
    </section>
  );
}
