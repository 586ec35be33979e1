import { t } from '@lingui/core/macro';
import { lazy } from 'react';
import { useSession } from '../features/session/api/get-session';
import { can } from '../features/session/roles';
import { Link } from '../lib/router';
import { paths } from './paths';

const SCREENS = {
  users: lazy(() => import('./admin-users-page')),
  audit: lazy(() => import('./admin-audit-page')),
  usage: lazy(() => import('./admin-usage-page')),
};

/** The admin screens, each loaded on demand, behind one check: the server refuses anyway. */
export default function AdminPage({ screen }: { screen: keyof typeof SCREENS }) {
  const session = useSession();
  if (session.isPending) return <p aria-live="polite">{t`Loading…`}</p>;
  if (!session.data) {
    return (
      <p role="alert" className="form-error">
        {t`The app could not check who is signed in. Check your connection, then`}{' '}
        <a href={window.location.href}>{t`reload the page`}</a>.
      </p>
    );
  }
  if (!can(session.data.user, 'admin')) {
    return (
      <section className="card" aria-labelledby="admins-only-title">
        <h1 id="admins-only-title">{t`Only admins can open this screen`}</h1>
        <p>
          {t`Managing users, reading the whole audit trail and checking Komet usage are for admins. Ask an admin if you need something from here.`}
        </p>
        <Link href={paths.addContact}>{t`Go to Add a contact`}</Link>
      </section>
    );
  }
  const Screen = SCREENS[screen];
  return <Screen />;
}
