import { t } from '@lingui/core/macro';
import { i18n } from '../../../i18n/runtime';
import { Link } from '../../../lib/router';
import { useImports } from '../api/list-imports';
import { formatCount, formatWhen, STATE_WORDS } from './import-wording';
import './imports.css';

// A few are enough to find the one left running; the rest are in each import's report.
const SHOWN = 5;

/** The reader's last imports, so one left running can be opened again. */
export function RecentImports({ hrefFor }: { hrefFor: (importId: string) => string }) {
  const imports = useImports().data?.filter((item) => item.state !== 'preview') ?? [];
  if (imports.length === 0) return null;
  return (
    <section className="card recent-imports" aria-labelledby="recent-imports-title">
      <h2 id="recent-imports-title">{t`Your recent imports`}</h2>
      <ul className="recent-list">
        {imports.slice(0, SHOWN).map((item) => {
          const sent = formatCount(item.counts.sent);
          const total = formatCount(item.counts.toSend);
          const when = formatWhen(item.startedAt ?? item.createdAt);
          return (
            <li key={item.id}>
              <Link href={hrefFor(item.id)}>{item.fileName ?? t`Pasted rows`}</Link>{' '}
              <span className="muted">
                {when} · {t`${sent} of ${total} sent`} · {i18n._(STATE_WORDS[item.state])}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
