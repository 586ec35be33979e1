import { useSession } from '../features/session/api/get-session';
import { UserMenu } from '../features/session/components/user-menu';
import { can } from '../features/session/roles';
import KometBanner from '../features/system/components/komet-banner';
import SimulatorBadge from '../features/system/components/simulator-badge';
import { SubmissionsLink } from '../features/submissions/components/submissions-link';
import { Link, usePathname } from '../lib/router';
import { adminPaths } from './admin-paths';
import { paths } from './paths';

const ADMIN_LINKS = [
  { href: adminPaths.users, label: 'Users' },
  { href: adminPaths.audit, label: 'Audit trail' },
  { href: adminPaths.usage, label: 'Komet usage' },
];

/**
 * The header's right side: adds not yet in Komet, admin links, the simulator badge and who is
 * signed in, and the banner saying Komet is down. All of it
 * waits for answers from the server, so its code loads after the first screen (layout.tsx).
 */
export default function HeaderStatus() {
  const user = useSession().data?.user;
  const pathname = usePathname();
  return (
    <>
      <SubmissionsLink
        user={user}
        href={paths.submissions}
        current={pathname.startsWith(paths.submissions)}
      />
      {can(user, 'admin') && (
        <nav aria-label="Admin" className="app-nav admin-nav">
          {ADMIN_LINKS.map(({ href, label }) => (
            <Link key={href} href={href} aria-current={pathname === href ? 'page' : undefined}>
              {label}
            </Link>
          ))}
        </nav>
      )}
      <SimulatorBadge />
      <UserMenu />
      <KometBanner />
    </>
  );
}
