import { useSession } from '../features/session/api/get-session';
import { UserMenu } from '../features/session/components/user-menu';
import { can } from '../features/session/roles';
import SimulatorBadge from '../features/system/components/simulator-badge';
import { Link, usePathname } from '../lib/router';
import { paths } from './paths';

const ADMIN_LINKS = [
  { href: paths.adminUsers, label: 'Users' },
  { href: paths.adminAudit, label: 'Audit trail' },
  { href: paths.adminUsage, label: 'Komet usage' },
];

/**
 * The header's right side: admin links, the simulator badge and who is signed in. All of it
 * waits for answers from the server, so its code loads after the first screen (layout.tsx).
 */
export default function HeaderStatus() {
  const user = useSession().data?.user;
  const pathname = usePathname();
  return (
    <>
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
    </>
  );
}
