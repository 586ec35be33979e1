import { useEffect, useRef, type ReactNode } from 'react';

interface SavedPanelProps {
  /** Absent when the contact is saved on our server and not yet in Komet (issue 7). */
  contactId: string | undefined;
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
      {contactId ? (
        <>
          <h1 id="saved-title">Contact saved in Komet</h1>
          <p>
            Komet contact id <strong className="contact-id">{contactId}</strong> was added to{' '}
            <strong>{customerName}</strong>.
          </p>
        </>
      ) : (
        <>
          <h1 id="saved-title">Saved here, not yet in Komet</h1>
          <p>
            Komet is not answering right now. The contact for <strong>{customerName}</strong> is
            saved on our server and will be sent to Komet when it answers; you can go on working.
          </p>
        </>
      )}
      <button ref={buttonRef} type="button" className="button-primary" onClick={onAddAnother}>
        Add another contact
      </button>
      {children}
    </section>
  );
}
