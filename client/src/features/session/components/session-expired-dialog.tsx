import { t } from '@lingui/core/macro';
import { useLayoutEffect, useRef, useState } from 'react';
import type { SessionUser } from '@komet-contacts/server/contract';
import { useSignIn } from '../api/sign-in';
import { useDemoUser } from './demo-users';
import { signInErrorMessage } from './sign-in-error';
import { SignInForm } from './sign-in-form';
import '../../../styles/dialogs.css';
import './session-expired-dialog.css';

// The control a user starts from: the demo button when there is one, else the password.
const FIRST_CONTROL = '#session-demo-sign-in, #session-password';

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
  // On the simulator a demo user signs in again with its button; it has no password to type.
  const demoUser = useDemoUser(username);

  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element || dismissed) return;
    if (!element.open) element.showModal();
    // Closed while still in the page, so the browser returns focus where it was (Save, say).
    return () => {
      if (element.open) element.close();
    };
  }, [dismissed]);

  useLayoutEffect(() => {
    if (!dismissed) dialog.current?.querySelector<HTMLElement>(FIRST_CONTROL)?.focus();
  }, [dismissed, demoUser]);

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
        <h2 id="session-ended-title">{t`Your session has ended`}</h2>
        <p id="session-ended-detail">
          {t`Sign in again to continue: what you typed is still here.`}
        </p>
        {demoUser ? (
          <DemoSignInAgain user={demoUser} onSignedIn={onSignedIn} />
        ) : (
          <SignInForm
            idPrefix="session"
            username={username}
            focusPassword
            onSignedIn={onSignedIn}
          />
        )}
        <button
          type="button"
          className="link-button session-not-now"
          onClick={() => dialog.current?.close()}
        >
          {t`Not now`}
        </button>
      </dialog>
      {dismissed && (
        <div className="session-banner" role="alert">
          <p>
            {t`You are signed out, so nothing can be saved. What you typed is still here: sign in again to save it.`}
          </p>
          <button type="button" className="button-primary" onClick={() => setDismissed(false)}>
            {t`Sign in again`}
          </button>
        </div>
      )}
    </>
  );
}

function DemoSignInAgain({ user, onSignedIn }: { user: SessionUser; onSignedIn: () => void }) {
  const signIn = useSignIn();
  const name = user.name;
  return (
    <>
      <p className="muted">
        {t`${name} is a demo user of the built-in Komet simulator: it signs in without a password.`}
      </p>
      <div className="form-actions">
        <button
          id="session-demo-sign-in"
          type="button"
          className="button-primary"
          disabled={signIn.isPending}
          onClick={() =>
            signIn.mutate({ username: user.username, demo: true }, { onSuccess: onSignedIn })
          }
        >
          {signIn.isPending ? t`Signing in…` : t`Sign in again as ${name}`}
        </button>
      </div>
      {signIn.isError && (
        <p className="form-error" role="alert">
          {signInErrorMessage(signIn.error)}
        </p>
      )}
    </>
  );
}
