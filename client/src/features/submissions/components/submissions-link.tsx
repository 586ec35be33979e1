import { t } from '@lingui/core/macro';
import type { SessionUser } from '@komet-contacts/server/contract';
import { Link } from '../../../lib/router';
import { useSubmissions } from '../api/list-submissions';

/**
 * The header's "Not yet in Komet (N)": the user's own adds still waiting here, marked "Needs
 * attention" when Komet refused one (issue 7). Nothing shows while there are none, or when
 * the list cannot be read: the header is no place for that error.
 */
export function SubmissionsLink({
  user,
  href,
  current,
}: {
  user: SessionUser | undefined;
  href: string;
  current: boolean;
}) {
  const submissions = useSubmissions(undefined, Boolean(user)).data?.submissions ?? [];
  const own = submissions.filter((item) => item.username === user?.username);
  if (own.length === 0) return null;
  const count = own.length;
  const attention = own.some((item) => item.state === 'refused');
  return (
    <Link
      href={href}
      className={attention ? 'submissions-link needs-attention' : 'submissions-link'}
      aria-current={current ? 'page' : undefined}
    >
      {t`Not yet in Komet (${count})`}
      {attention && (
        <>
          {' '}
          <span className="badge badge-attention">{t`Needs attention`}</span>
        </>
      )}
    </Link>
  );
}
