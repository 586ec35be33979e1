import { msg, t } from '@lingui/core/macro';
import { useSession } from '../features/session/api/get-session';
import { UserMenu } from '../features/session/components/user-menu';
import { can } from '../features/session/roles';
import KometBanner from '../features/system/components/komet-banner';
import SimulatorBadge from '../features/system/components/simulator-badge';
import { SubmissionsLink } from '../features/submissions/components/submissions-link';
import { i18n } from '../i18n/runtime';
import { Link, usePathname } from '../lib/router';
import { adminPaths } from './admin-paths';
import { KeyboardShortcuts } from './keyboard-shortcuts';
import { LanguageSwitch } from './language-switch';
import { paths } from './paths';
import './header-status.css';

const ADMIN_LINKS = [
  { href: adminPaths.users, label: msg`Users` },
  { href: adminPaths.audit, label: msg`Audit trail` },
  { href: adminPaths.usage, label: msg`Komet usage` },
];

/**
 * The header's right side: adds not yet in Komet, admin links, the simulator badge, who is
 * signed in, the language, the keyboard shortcuts, and the banner saying Komet is down. None of
 * it is needed to type the first contact, so its code loads right after the first screen
 * (layout.tsx).
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
        <nav aria-label={t`Admin`} className="app-nav admin-nav">
          {ADMIN_LINKS.map(({ href, label }) => (
            <Link key={href} href={href} aria-current={pathname === href ? 'page' : undefined}>
              {i18n._(label)}
            </Link>
          ))}
        </nav>
      )}
      <SimulatorBadge />
      <UserMenu />
      <LanguageSwitch />
      <KeyboardShortcuts />
      <KometBanner />
    </>
  );
}
