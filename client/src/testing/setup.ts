import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from './msw-server';

// Lazy screens are compiled on their first import in a test run; on a busy machine that alone
// can pass the default 1 s that findBy* and waitFor wait.
configure({ asyncUtilTimeout: 5000 });

// Any request a test did not plan for is a failure, not a silent 404.
beforeAll(async () => {
  server.listen({ onUnhandledRequest: 'error' });
  // lib/api.ts loads the contract on the first error answer; loaded here once, a test's first
  // 401 or 422 is not slowed by compiling it.
  await import('@komet-contacts/server/contract');
});
afterEach(() => {
  cleanup();
  server.resetHandlers();
  // Drafts and recent customers live in localStorage: one test's typing is no other's draft.
  localStorage.clear();
  // Tests of the whole app open it at a URL of their own.
  window.history.replaceState(null, '', '/');
});
afterAll(() => server.close());

// jsdom has <dialog> but not its methods (jsdom 28): enough of them for the session dialog.
if (!('showModal' in HTMLDialogElement.prototype)) {
  Object.assign(HTMLDialogElement.prototype, {
    showModal(this: HTMLDialogElement) {
      this.open = true;
    },
    close(this: HTMLDialogElement) {
      if (!this.open) return;
      this.open = false;
      this.dispatchEvent(new Event('close'));
    },
  });
}
