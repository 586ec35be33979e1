import { lazy, Suspense, type ReactNode } from 'react';
import { Link, usePathname } from '../lib/router';
import { paths } from './paths';

// The badge waits for /api/health anyway; its code need not delay the first screen.
const SimulatorBadge = lazy(() => import('../features/system/components/simulator-badge'));

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
        Skip to content
      </a>
      <header className="app-header">
        <span className="app-name">Komet Contacts</span>
        <nav aria-label="Main" className="app-nav">
          <Link href={paths.addContact} aria-current={current(location === paths.addContact)}>
            Add contact
          </Link>
          <Link href={paths.customers} aria-current={current(location.startsWith(paths.customers))}>
            Customers
          </Link>
        </nav>
        <Suspense fallback={null}>
          <SimulatorBadge />
        </Suspense>
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
