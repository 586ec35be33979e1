import { useEffect, useRef, type ReactNode } from 'react';

interface SavedPanelProps {
  contactId: string;
  customerName: string;
  onAddAnother: () => void;
  children?: ReactNode;
}

/** Confirms a save with Komet's id; focus lands here so the news is announced and Enter goes on. */
export default function SavedPanel({
  contactId,
  customerName,
  onAddAnother,
  children,
}: SavedPanelProps) {
  const buttonRef = useRef<HTMLButtonElement>(null);
  useEffect(() => buttonRef.current?.focus(), []);
  return (
    <section className="card saved" role="status" aria-labelledby="saved-title">
      <h1 id="saved-title">Contact saved in Komet</h1>
      <p>
        Komet contact id <strong className="contact-id">{contactId}</strong> was added to{' '}
        <strong>{customerName}</strong>.
      </p>
      <button ref={buttonRef} type="button" className="button-primary" onClick={onAddAnother}>
        Add another contact
      </button>
      {children}
    </section>
  );
}
