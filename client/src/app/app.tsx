import { lazy, Suspense } from 'react';
import { Routes, type RouteDefinition } from '../lib/router';
import { AddContactPage } from './add-contact-page';
import { Layout } from './layout';
import { Providers } from './providers';

// Support screens load on demand: the sales add form is the first screen and must stay light.
const CustomerPage = lazy(() => import('./customer-page'));
const EditContactPage = lazy(() => import('./edit-contact-page'));
const CustomersPage = lazy(() => import('./customers-page'));
const NotFoundPage = lazy(() => import('./not-found-page'));

const ROUTES: RouteDefinition[] = [
  { path: '/', render: () => <AddContactPage /> },
  { path: '/customers', render: () => <CustomersPage /> },
  { path: '/customers/:customerId', render: (p) => <CustomerPage customerId={p.customerId!} /> },
  {
    path: '/customers/:customerId/contacts/new',
    render: (p) => <AddContactPage key={p.customerId} customerId={p.customerId} />,
  },
  {
    path: '/customers/:customerId/contacts/:contactId/edit',
    render: (p) => (
      <EditContactPage key={p.contactId} customerId={p.customerId!} contactId={p.contactId!} />
    ),
  },
];

export function App() {
  return (
    <Providers>
      <Layout>
        <Suspense fallback={<p aria-live="polite">Loading…</p>}>
          <Routes routes={ROUTES} fallback={<NotFoundPage />} />
        </Suspense>
      </Layout>
    </Providers>
  );
}
