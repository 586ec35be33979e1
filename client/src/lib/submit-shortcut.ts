import type { KeyboardEvent } from 'react';

/**
 * Ctrl/Cmd+Enter submits the form from any field, a textarea included: keyboard-first users.
 * Not while its submit button is disabled (saving, or nothing to save): that would send twice.
 */
export function submitOnCtrlEnter(event: KeyboardEvent<HTMLFormElement>): void {
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey)) return;
  event.preventDefault();
  const submit = event.currentTarget.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (submit && !submit.disabled) event.currentTarget.requestSubmit(submit);
}
