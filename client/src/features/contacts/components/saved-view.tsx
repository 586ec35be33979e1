import { lazy, Suspense, type ReactNode } from 'react';
import type { AddContactResponse, CustomerSummary } from '@komet-contacts/server/contract';
import { ErrorBoundary } from '../../../components/ui/error-boundary';

// Shown only after a save, so its code stays out of the first screen's JS (BENCHMARKS.md).
const SavedPanel = lazy(() => import('./saved-panel'));

export type Saved = AddContactResponse & { customer: CustomerSummary };

function SavedFallback({ saved }: { saved: Saved }) {
  return (
    <section className="card saved" role="status" aria-labelledby="saved-title">
      <h1 id="saved-title">Contact saved in Komet</h1>
      <p>
        Komet contact id {saved.contactId} was added to {saved.customer.name}.
      </p>
    </section>
  );
}

/**
 * The outcome of a save. Whatever happens to the panel's code, the user learns that the contact
 * was saved, and its id, or they might add it again.
 */
export function SavedView({
  saved,
  onAddAnother,
  children,
}: {
  saved: Saved;
  onAddAnother: () => void;
  children?: ReactNode;
}) {
  return (
    <ErrorBoundary fallback={() => <SavedFallback saved={saved} />}>
      <Suspense fallback={<SavedFallback saved={saved} />}>
        <SavedPanel
          contactId={saved.contactId}
          customerName={saved.customer.name}
          onAddAnother={onAddAnother}
        >
          {children}
        </SavedPanel>
      </Suspense>
    </ErrorBoundary>
  );
}
