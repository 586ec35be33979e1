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
 * While `dirty`, leaving asks first: links and in-app navigation and the back and forward
 * buttons (the router asks, see router.tsx), and closing or reloading the tab (the browser's
 * own prompt).
 */
export function useUnsavedChangesGuard(dirty: boolean, message: string): void {
  useEffect(() => {
    if (!dirty) return;
    pendingMessage = message;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      pendingMessage = undefined;
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [dirty, message]);
}
