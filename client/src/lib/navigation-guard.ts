import { useEffect } from 'react';

// The one form with unsaved changes, if any: a message to confirm before leaving it.
let pendingMessage: string | undefined;

/** True when nothing is unsaved, or the user agrees to leave it. */
export const mayLeave = () => pendingMessage === undefined || window.confirm(pendingMessage);

/** For a form that just saved: its own navigation away must not ask. */
export function releaseUnsavedChangesGuard(): void {
  pendingMessage = undefined;
}

/**
 * While `dirty`, leaving asks first: links and in-app navigation, the back and forward buttons
 * (the URL is put back when the user stays), and closing or reloading the tab (the browser's
 * own prompt).
 */
export function useUnsavedChangesGuard(dirty: boolean, message: string): void {
  useEffect(() => {
    if (!dirty) return;
    pendingMessage = message;
    const here = window.location.pathname + window.location.search;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    // Registered after the router's listener, but the router only re-renders after this task,
    // so putting the URL back here means the page never changes.
    const onPopState = () => {
      if (!window.confirm(message)) window.history.pushState(null, '', here);
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    window.addEventListener('popstate', onPopState);
    return () => {
      pendingMessage = undefined;
      window.removeEventListener('beforeunload', onBeforeUnload);
      window.removeEventListener('popstate', onPopState);
    };
  }, [dirty, message]);
}
