import { t } from '@lingui/core/macro';
import { useLayoutEffect, useRef } from 'react';
import '../../styles/dialogs.css';
import './shortcuts-help.css';

/**
 * Every keyboard shortcut, in a modal dialog (the app's dialog rules, styles/dialogs.css). Escape or
 * Close closes it, and focus goes back where it was when it opened.
 */
export default function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const opener = useRef<Element | null>(null);

  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    opener.current = document.activeElement;
    if (!element.open) element.showModal();
    close.current?.focus();
    return () => {
      if (element.open) element.close();
    };
  }, []);

  // Built when shown: the language may have changed since the code loaded.
  const shortcuts: [keys: string[], action: string][] = [
    [['/'], t`Go to the customer search`],
    [['n'], t`Add a contact to the customer whose page is open`],
    [[t`Ctrl`, t`Enter`], t`Save the form you are in (⌘ Enter on a Mac)`],
    [[t`Esc`], t`Cancel an edit; it asks first when there are unsaved changes`],
    [['?'], t`Show these shortcuts`],
  ];
  return (
    <dialog
      ref={dialog}
      className="confirm-dialog shortcuts-dialog"
      aria-labelledby="shortcuts-title"
      onClose={() => {
        (opener.current as HTMLElement | null)?.focus?.();
        onClose();
      }}
    >
      <h2 id="shortcuts-title">{t`Keyboard shortcuts`}</h2>
      <ul className="shortcut-list">
        {shortcuts.map(([keys, action]) => (
          <li key={keys.join()}>
            <span className="shortcut-keys">
              {keys.map((key, index) => (
                <span key={key}>
                  {index > 0 && ' + '}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </span>
            <span>{action}</span>
          </li>
        ))}
      </ul>
      <p className="muted">{t`Single keys do nothing while you type in a field.`}</p>
      <div className="form-actions">
        <button
          ref={close}
          type="button"
          className="button-secondary"
          onClick={() => dialog.current?.close()}
        >
          {t`Close`}
        </button>
      </div>
    </dialog>
  );
}
