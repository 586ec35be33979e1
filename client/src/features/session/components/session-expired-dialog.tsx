import { useLayoutEffect, useRef, useState } from 'react';
import { SignInForm } from './sign-in-form';

/**
 * Opens over the current screen when the session ends mid-work (expired, signed out elsewhere),
 * so nothing typed is lost: sign in here, then save again.
 */
export default function SessionExpiredDialog({
  username,
  onSignedIn,
}: {
  username: string;
  onSignedIn: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  // "Not now" (or a browser that closes on a second Escape) leaves a banner, never nothing.
  const [dismissed, setDismissed] = useState(false);

  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element || dismissed) return;
    if (!element.open) element.showModal();
    element.querySelector<HTMLInputElement>('input[type="password"]')?.focus();
    // Closed while still in the page, so the browser returns focus where it was (Save, say).
    return () => {
      if (element.open) element.close();
    };
  }, [dismissed]);

  return (
    <>
      <dialog
        ref={dialog}
        className="session-dialog"
        aria-labelledby="session-ended-title"
        aria-describedby="session-ended-detail"
        // Escape must not quietly drop the only way back to saving.
        onCancel={(event) => event.preventDefault()}
        onClose={() => setDismissed(true)}
      >
        <h2 id="session-ended-title">Your session has ended</h2>
        <p id="session-ended-detail">Sign in again to continue: what you typed is still here.</p>
        <SignInForm idPrefix="session" username={username} focusPassword onSignedIn={onSignedIn} />
        <button type="button" className="link-button" onClick={() => dialog.current?.close()}>
          Not now
        </button>
      </dialog>
      {dismissed && (
        <div className="session-banner" role="alert">
          <p>
            You are signed out, so nothing can be saved. What you typed is still here: sign in again
            to save it.
          </p>
          <button type="button" className="button-primary" onClick={() => setDismissed(false)}>
            Sign in again
          </button>
        </div>
      )}
    </>
  );
}
