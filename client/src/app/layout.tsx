import { t } from '@lingui/core/macro';
import { lazy, Suspense, type ReactNode } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary';
import { Link, usePathname } from '../lib/router';
import { paths } from './paths';

// The badge and the signed-in user wait for the server anyway; their code need not delay the
// first screen.
const HeaderStatus = lazy(() => import('./header-status'));

export function Layout({ children }: { children: ReactNode }) {
  const location = usePathname();
  const current = (active: boolean) => (active ? ('page' as const) : undefined);
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        // Focus alone: a #fragment entry in the history would confuse back and forward.
        onClick={(event) => {
          event.preventDefault();
          document.getElementById('main')?.focus();
        }}
      >
        {t`Skip to content`}
      </a>
      <header className="app-header">
        <span className="app-name">Komet Contacts</span>
        <nav aria-label={t`Main`} className="app-nav">
          <Link href={paths.addContact} aria-current={current(location === paths.addContact)}>
            {t`Add contact`}
          </Link>
          <Link href={paths.customers} aria-current={current(location.startsWith(paths.customers))}>
            {t`Customers`}
          </Link>
        </nav>
        {/* Its chunk failing to load must not take the screen with it. */}
        <ErrorBoundary fallback={() => null}>
          <Suspense fallback={null}>
            <HeaderStatus />
          </Suspense>
        </ErrorBoundary>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
