import { msg, t } from '@lingui/core/macro';
import { lazy, Suspense } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary';
import { Routes, usePathname, type RouteDefinition } from '../lib/router';
import { AddContactPage } from './add-contact-page';
import { Layout } from './layout';
import { Providers } from './providers';
import { SessionGate } from './session-gate';

// Every other screen, with its route, loads on demand: the add form is the first screen and
// must stay light.
const MoreScreens = lazy(() => import('./more-screens'));
// Page not found and failures: rarely shown, so off the first screen.
const ErrorScreen = lazy(() => import('./error-screen'));

const ROUTES: RouteDefinition[] = [
  { path: '/', title: msg`Add a contact`, render: () => <AddContactPage /> },
];

export function App() {
  const pathname = usePathname();
  return (
    <Providers>
      <Layout>
        <Suspense fallback={<p aria-live="polite">{t`Loading…`}</p>}>
          {/* A screen's failure stays on that screen: the next path clears it. */}
          <ErrorBoundary
            resetKey={pathname}
            fallback={(error) => (
              // The error screen's own chunk fails too when the connection is gone.
              <ErrorBoundary
                fallback={() => (
                  <h1>
                    {t`The app could not load this screen.`} <a href="">{t`Reload the page`}</a>
                  </h1>
                )}
              >
                <ErrorScreen error={error} />
              </ErrorBoundary>
            )}
          >
            <SessionGate>
              <Routes routes={ROUTES} fallback={<MoreScreens />} focusTarget="main" more />
            </SessionGate>
          </ErrorBoundary>
        </Suspense>
      </Layout>
    </Providers>
  );
}
