import type { Contact, DuplicateMatch, DuplicateReason } from '@komet-contacts/server/contract';

const REASONS: Record<DuplicateReason, string> = {
  email: 'same e-mail',
  phone: 'same phone number',
  name: 'same name',
};

interface DuplicateWarningProps {
  /** Null when the customer's contacts could not be read, so nothing could be compared. */
  matches: DuplicateMatch[] | null;
  onEdit: (contact: Contact) => void;
  onAddAnyway: () => void;
  onCheckAgain: () => void;
}

const focusOnMount = (heading: HTMLHeadingElement | null) => heading?.focus();

/** Names the existing contacts a new one resembles, and why, before anything is sent. */
export default function DuplicateWarning({
  matches,
  onEdit,
  onAddAnyway,
  onCheckAgain,
}: DuplicateWarningProps) {
  if (!matches) {
    // Issue 7: a check that could not run must not let the add through unasked.
    return (
      <section className="duplicate-warning" aria-labelledby="duplicate-title">
        <h2 id="duplicate-title" tabIndex={-1} ref={focusOnMount}>
          We could not check whether this contact exists already
        </h2>
        <p role="alert">
          Not saved yet: the customer’s contacts could not be read just now. Try the check again, or
          save anyway if you are sure this contact is new.
        </p>
        <div className="form-actions">
          <button type="button" className="button-secondary" onClick={onCheckAgain}>
            Try the check again
          </button>
          <button type="button" className="button-secondary" onClick={onAddAnyway}>
            Save anyway
          </button>
        </div>
      </section>
    );
  }
  return (
    <section className="duplicate-warning" aria-labelledby="duplicate-title">
      <h2 id="duplicate-title" tabIndex={-1} ref={focusOnMount}>
        This customer may already have this contact
      </h2>
      <p role="alert" className="visually-hidden">
        Not saved yet:{' '}
        {matches.length === 1
          ? 'a similar contact exists'
          : `${matches.length} similar contacts exist`}
        .
      </p>
      <ul>
        {matches.map(({ contact, reasons }) => (
          <li key={contact.id}>
            <strong>{contact.name}</strong> ({contact.type}
            {contact.email ? `, ${contact.email}` : ''}):{' '}
            {reasons.map((r) => REASONS[r]).join(' and ')}.{' '}
            <button type="button" className="link-button" onClick={() => onEdit(contact)}>
              Edit that contact
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button-secondary" onClick={onAddAnyway}>
        Add anyway
      </button>
    </section>
  );
}
