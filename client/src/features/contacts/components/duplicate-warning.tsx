import type { Contact, DuplicateMatch, DuplicateReason } from '@komet-contacts/server/contract';

const REASONS: Record<DuplicateReason, string> = {
  email: 'same e-mail',
  phone: 'same phone number',
  name: 'same name',
};

interface DuplicateWarningProps {
  matches: DuplicateMatch[];
  onEdit: (contact: Contact) => void;
  onAddAnyway: () => void;
}

/** Names the existing contacts a new one resembles, and why, before anything is sent. */
export default function DuplicateWarning({ matches, onEdit, onAddAnyway }: DuplicateWarningProps) {
  return (
    <section className="duplicate-warning" aria-labelledby="duplicate-title">
      <h2 id="duplicate-title" tabIndex={-1} ref={(heading) => heading?.focus()}>
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
