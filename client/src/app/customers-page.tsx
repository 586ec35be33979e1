import { t } from '@lingui/core/macro';
import { useState } from 'react';
import { Link, navigate } from '../lib/router';
import { CustomerPicker } from '../features/customers/components/customer-picker';
import { readRecentCustomers } from '../features/customers/recent-customers';
import { importPaths } from './import-paths';
import { paths } from './paths';
import '../styles/screens.css';

/** Support staff's start: find a customer by name, code or id, or reopen a recent one. */
export default function CustomersPage() {
  const [recent] = useState(readRecentCustomers);
  return (
    <section className="card" aria-labelledby="customers-title">
      <h1 id="customers-title">{t`Find a customer`}</h1>
      <CustomerPicker
        id="customer-search"
        required={false}
        value={null}
        onChange={(customer) => customer && navigate(paths.customer(customer.id))}
      />
      <p className="muted">
        {t`A file with contacts for many customers?`}{' '}
        <Link href={importPaths.forMany}>{t`Import contacts for many customers`}</Link>
      </p>
      {recent.length > 0 && (
        <nav aria-labelledby="recent-title">
          <h2 id="recent-title">{t`Recently opened`}</h2>
          <ul className="recent-list">
            {recent.map((customer) => (
              <li key={customer.id}>
                <Link href={paths.customer(customer.id)}>{customer.name}</Link>{' '}
                <span className="muted">
                  {customer.code} · #{customer.id}
                </span>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </section>
  );
}
