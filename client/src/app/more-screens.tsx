import { msg } from '@lingui/core/macro';
import { lazy } from 'react';
import { Routes, type RouteDefinition } from '../lib/router';
import { AddContactPage } from './add-contact-page';

// Every screen but the add form, each its own chunk: this table is loaded with the first of them,
// so its routes cost the first screen nothing (BENCHMARKS.md).
const CustomerPage = lazy(() => import('./customer-page'));
const EditContactPage = lazy(() => import('./edit-contact-page'));
const CustomersPage = lazy(() => import('./customers-page'));
// One small shell for the three admin screens (each its own chunk).
const AdminPage = lazy(() => import('./admin-page'));
// One chunk for the list and the refused item it opens (issue 7).
const SubmissionsPage = lazy(() => import('./submissions-page'));
// Import from a spreadsheet (issue 10): choosing, checking, progress and report in one chunk.
const ImportsPage = lazy(() => import('./imports-page'));
const ErrorScreen = lazy(() => import('./error-screen'));

const ROUTES: RouteDefinition[] = [
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
  // `/imports/new` (`?customer=` for one customer) chooses a file; another id follows an import.
  {
    path: '/imports/:importId',
    title: msg`Import contacts`,
    render: (p) => <ImportsPage importId={p.importId!} />,
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

/** The screens past the add form; the app's own Routes moves focus, these set their titles. */
export default function MoreScreens() {
  return <Routes routes={ROUTES} fallback={<ErrorScreen />} />;
}
