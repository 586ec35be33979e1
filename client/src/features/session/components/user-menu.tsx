import { t } from '@lingui/core/macro';
import { lazy, Suspense } from 'react';
import { ErrorBoundary } from '../../../components/ui/error-boundary';
import { i18n } from '../../../i18n/runtime';
import { mayLeave } from '../../../lib/navigation-guard';
import { useSession } from '../api/get-session';
import { useSignOut } from '../api/sign-out';
import { ROLE_LABELS } from '../roles';
import { useSessionEnded } from './use-session-ended';

// Needed only when a session ends mid-work.
const SessionExpiredDialog = lazy(() => import('./session-expired-dialog'));

/**
 * Who is signed in and the way out; and, when that session ends mid-work, the dialog to sign in
 * again over the current screen, which stays mounted with everything typed in it.
 */
export function UserMenu() {
  const user = useSession().data?.user;
  const { ended, resumed } = useSessionEnded();
  const signOut = useSignOut();
  if (!user) return null;
  return (
    <div className="user-menu">
      <span>
        {user.name} <span className="user-role">· {i18n._(ROLE_LABELS[user.role])}</span>
      </span>
      <button
        type="button"
        className="header-button"
        disabled={signOut.isPending}
        // Signing out leaves the screen: an unsaved edit asks first, as a link would.
        onClick={() => mayLeave() && signOut.mutate()}
      >
        {signOut.isPending ? t`Signing out…` : t`Sign out`}
      </button>
      {signOut.isError && (
        <span className="header-error" role="alert">
          {t`You are still signed in: the server could not be reached. Try again.`}
        </span>
      )}
      {ended && (
        <ErrorBoundary fallback={() => <SessionEndedFallback />}>
          <Suspense fallback={null}>
            <SessionExpiredDialog username={user.username} onSignedIn={resumed} />
          </Suspense>
        </ErrorBoundary>
      )}
    </div>
  );
}

function SessionEndedFallback() {
  return (
    <p className="session-banner" role="alert">
      {t`Your session has ended and the sign-in form could not be loaded. Copy anything you typed that you need, then reload the page to sign in again.`}
    </p>
  );
}
