import { t } from '@lingui/core/macro';
import { lazy, Suspense, useEffect, useState } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary';
import { navigate } from '../lib/router';
import { paths } from './paths';

// The first screen gets only the listener and the button; the list is asked for rarely.
const ShortcutsHelp = lazy(() => import('../features/shortcuts/shortcuts-help'));

/**
 * The key of a single-key shortcut, or undefined when the key is text being typed (a field,
 * contenteditable), part of a Ctrl/Alt/Meta chord, already handled, or pressed in an open dialog.
 */
export function shortcutKey(event: KeyboardEvent): string | undefined {
  const { target } = event;
  if (event.defaultPrevented || event.ctrlKey || event.altKey || event.metaKey || event.repeat) {
    return;
  }
  if (target instanceof Element && target.closest(TYPING)) return;
  if (document.querySelector('dialog[open]')) return;
  return event.key;
}
const TYPING = 'input,textarea,select,[contenteditable]:not([contenteditable="false"])';

/**
 * `/` puts the cursor in the customer search of the screen, or opens the add screen with it
 * there. After a screen change the router moves focus to <main>, so the box is focused after it.
 */
function jumpToCustomerSearch(): void {
  const box = () => document.querySelector<HTMLInputElement>('#customer,#customer-search');
  if (!box() && location.pathname !== paths.addContact) navigate(paths.addContact);
  let frames = 60;
  const focus = () => {
    const input = box();
    if (input) {
      input.focus();
      input.select();
    } else if (frames--) requestAnimationFrame(focus);
  };
  requestAnimationFrame(focus);
}

/** The app-wide shortcuts (`?` and `/`), and the header button that lists every shortcut. */
export function KeyboardShortcuts() {
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const key = shortcutKey(event);
      if (key === '?') setOpen(true);
      else if (key === '/') jumpToCustomerSearch();
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const label = t`Keyboard shortcuts`;
  return (
    <>
      <button
        type="button"
        className="header-button shortcuts-button"
        aria-label={label}
        title={label}
        aria-keyshortcuts="?"
        onClick={() => setOpen(true)}
      >
        ?
      </button>
      {open && (
        <ErrorBoundary fallback={() => null}>
          <Suspense fallback={null}>
            <ShortcutsHelp onClose={() => setOpen(false)} />
          </Suspense>
        </ErrorBoundary>
      )}
    </>
  );
}
