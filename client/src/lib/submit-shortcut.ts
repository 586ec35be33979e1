import type { KeyboardEvent } from 'react';

/** Ctrl/Cmd+Enter submits the form from any field, a textarea included: keyboard-first users. */
export function submitOnCtrlEnter(event: KeyboardEvent<HTMLFormElement>): void {
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
  event.preventDefault();
  event.currentTarget.requestSubmit();
}
