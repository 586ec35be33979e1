import { Link } from '../lib/router';
import { paths } from './paths';

export default function NotFoundPage() {
  return (
    <section className="card" aria-labelledby="not-found-title">
      <h1 id="not-found-title">Page not found</h1>
      <p>
        This address does not lead anywhere in Komet Contacts.{' '}
        <Link href={paths.customers}>Find a customer</Link> or{' '}
        <Link href={paths.addContact}>add a contact</Link>.
      </p>
    </section>
  );
}
