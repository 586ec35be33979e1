import { t } from '@lingui/core/macro';
import { useState } from 'react';
import './submissions.css';

interface DiscardButtonProps {
  contactName: string;
  pending: boolean;
  onDiscard: () => void;
}

/** Discarding cannot be undone, so it asks first, in the page rather than in a browser dialog. */
export function DiscardButton({ contactName, pending, onDiscard }: DiscardButtonProps) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="button-secondary" onClick={() => setAsking(true)}>
        {t`Discard`}
      </button>
    );
  }
  return (
    <div className="discard-confirm" role="group" aria-labelledby="discard-question">
      <p id="discard-question" tabIndex={-1} ref={(p) => p?.focus()}>
        {t`Discard ${contactName}? It will not be sent to Komet, and this cannot be undone.`}
      </p>
      <button type="button" className="button-secondary" disabled={pending} onClick={onDiscard}>
        {pending ? t`Discarding…` : t`Yes, discard it`}
      </button>{' '}
      <button type="button" className="button-secondary" onClick={() => setAsking(false)}>
        {t`Keep it`}
      </button>
    </div>
  );
}
