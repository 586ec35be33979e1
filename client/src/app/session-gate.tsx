import { lazy, type ReactNode } from 'react';
import { isSignedOut, useSession } from '../features/session/api/get-session';

// A signed-in user's first screen does not need it: it loads only when nobody is signed in.
const SignInPage = lazy(() => import('./sign-in-page'));

/**
 * Shows the screen at once, without waiting for the session check (the add form must be quick).
 * If nobody is signed in, sign-in takes the screen's place at the same URL, so signing in leads
 * where the user asked to go. A session that ends later is the user menu's to handle: it opens a
 * dialog over the screen, which keeps whatever was typed (features/session/components).
 */
export function SessionGate({ children }: { children: ReactNode }) {
  return isSignedOut(useSession().error) ? <SignInPage /> : children;
}
