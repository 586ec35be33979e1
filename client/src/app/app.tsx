import { msg, t } from '@lingui/core/macro';
import { lazy, Suspense } from 'react';
import { ErrorBoundary } from '../components/ui/error-boundary';
import { Routes, usePathname, type RouteDefinition } from '../lib/router';
import { AddContactPage } from './add-contact-page';
import { Layout } from './layout';
import { Providers } from './providers';
import { SessionGate } from './session-gate';

// Support screens load on demand: the sales add form is the first screen and must stay light.
const CustomerPage = lazy(() => import('./customer-page'));
const EditContactPage = lazy(() => import('./edit-contact-page'));
const CustomersPage = lazy(() => import('./customers-page'));
// One small shell for the three admin screens (each its own chunk): a route costs bytes here.
const AdminPage = lazy(() => import('./admin-page'));
// One chunk for the list and the refused item it opens (issue 7).
const SubmissionsPage = lazy(() => import('./submissions-page'));
// Page not found and failures: rarely shown, so off the first screen.
const ErrorScreen = lazy(() => import('./error-screen'));

const ROUTES: RouteDefinition[] = [
  { path: '/', title: msg`Add a contact`, render: () => <AddContactPage /> },
  { path: '/customers', title: msg`Find a customer`, render: () => <CustomersPage /> },
  {
    path: '/customers/:customerId',
    title: msg`Customer`,
    render: (p) => <CustomerPage customerId={p.customerId!} />,
  },
  {
    path: '/customers/:customerId/contacts/new',
    title: msg`New contact`,
    render: (p) => <AddContactPage key={p.customerId} customerId={p.customerId} />,
  },
  {
    path: '/customers/:customerId/contacts/:contactId/edit',
    title: msg`Edit contact`,
    render: (p) => (
      <EditContactPage key={p.contactId} customerId={p.customerId!} contactId={p.contactId!} />
    ),
  },
  { path: '/submissions', title: msg`Not yet in Komet`, render: () => <SubmissionsPage /> },
  {
    path: '/submissions/:submissionId',
    title: msg`Contact not yet in Komet`,
    render: (p) => <SubmissionsPage key={p.submissionId} submissionId={p.submissionId} />,
  },
  { path: '/admin/users', title: msg`Users`, render: () => <AdminPage screen="users" /> },
  { path: '/admin/audit', title: msg`Audit trail`, render: () => <AdminPage screen="audit" /> },
  { path: '/admin/usage', title: msg`Komet usage`, render: () => <AdminPage screen="usage" /> },
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
              <Routes routes={ROUTES} fallback={<ErrorScreen />} focusTarget="main" />
            </SessionGate>
          </ErrorBoundary>
        </Suspense>
      </Layout>
    </Providers>
  );
}
