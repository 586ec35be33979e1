import { useSearch } from '../lib/router';
import { ImportProgressPage } from './import-progress-page';
import { NewImportPage } from './new-import-page';

/**
 * Issue 10's screens, one chunk and one route (import-paths.ts): `/imports/new` chooses and
 * checks a file, for one customer with `?customer=` or else for many; any other id follows that
 * import.
 */
export default function ImportsPage({ importId }: { importId: string }) {
  const customerId = new URLSearchParams(useSearch()).get('customer') ?? undefined;
  if (importId !== 'new') return <ImportProgressPage key={importId} importId={importId} />;
  return <NewImportPage key={customerId ?? 'many'} customerId={customerId} />;
}
