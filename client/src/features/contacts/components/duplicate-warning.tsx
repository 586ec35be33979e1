import { msg, plural, t } from '@lingui/core/macro';
import type { Contact, DuplicateMatch, DuplicateReason } from '@komet-contacts/server/contract';
import { i18n, type MessageDescriptor } from '../../../i18n/runtime';
import './duplicate-warning.css';

const REASONS: Record<DuplicateReason, MessageDescriptor> = {
  email: msg`same e-mail`,
  phone: msg`same phone number`,
  name: msg`same name`,
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
          {t`We could not check whether this contact exists already`}
        </h2>
        <p role="alert">
          {t`Not saved yet: the customer’s contacts could not be read just now. Try the check again, or save anyway if you are sure this contact is new.`}
        </p>
        <div className="form-actions">
          <button type="button" className="button-secondary" onClick={onCheckAgain}>
            {t`Try the check again`}
          </button>
          <button type="button" className="button-secondary" onClick={onAddAnyway}>
            {t`Save anyway`}
          </button>
        </div>
      </section>
    );
  }
  const count = matches.length;
  return (
    <section className="duplicate-warning" aria-labelledby="duplicate-title">
      <h2 id="duplicate-title" tabIndex={-1} ref={focusOnMount}>
        {t`This customer may already have this contact`}
      </h2>
      <p role="alert" className="visually-hidden">
        {/* One match is “a similar contact”, not “1 similar contact”: a sentence of its own. */}
        {count === 1
          ? t`Not saved yet: a similar contact exists.`
          : t`Not saved yet: ${plural(count, { one: '# similar contact exists', other: '# similar contacts exist' })}.`}
      </p>
      <ul>
        {matches.map(({ contact, reasons }) => (
          <li key={contact.id}>
            <strong>{contact.name}</strong> ({contact.type}
            {contact.email ? `, ${contact.email}` : ''}):{' '}
            {reasons.map((r) => i18n._(REASONS[r])).join(` ${t`and`} `)}.{' '}
            <button type="button" className="link-button" onClick={() => onEdit(contact)}>
              {t`Edit that contact`}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="button-secondary" onClick={onAddAnyway}>
        {t`Add anyway`}
      </button>
    </section>
  );
}
