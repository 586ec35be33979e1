import { t } from '@lingui/core/macro';
import type { AuditEntry } from '@komet-contacts/server/contract';
import { customerHistoryQuery } from '../api/list-audit';
import { AuditPages } from './audit-pages';
import { describeAction, formatWhen } from './audit-wording';
import { FieldChanges } from './field-changes';
import { AuditSteps } from './audit-steps';
import { OutcomeNote } from './outcome-note';
import './audit.css';

// Stable, so it runs once per list: a page added by "Show older" takes the focus the button had.
const focusOnMount = (list: HTMLElement | null) => list?.focus();

function HistoryItem({ entry }: { entry: AuditEntry }) {
  const userName = entry.userName;
  return (
    <li>
      <p className="history-head">
        <strong>{describeAction(entry)}</strong>
        <span className="muted">
          {' '}
          {t`by ${userName}`} · <time dateTime={entry.at}>{formatWhen(entry.at)}</time>
        </span>
      </p>
      <p className="history-outcome">
        <OutcomeNote entry={entry} />
      </p>
      <AuditSteps steps={entry.steps} />
      <FieldChanges entry={entry} />
    </li>
  );
}

function HistoryList({ entries, older }: { entries: AuditEntry[]; older: boolean }) {
  return (
    <ol
      className="history-list"
      aria-label={older ? t`Older changes` : t`Latest changes`}
      tabIndex={older ? -1 : undefined}
      ref={older ? focusOnMount : undefined}
    >
      {entries.map((entry) => (
        <HistoryItem key={entry.id} entry={entry} />
      ))}
    </ol>
  );
}

/** What was changed in this customer's contacts through the app, by whom and when. */
export default function HistoryPanel({ customerId }: { customerId: string }) {
  return (
    <section className="history" aria-labelledby="history-title">
      <h2 id="history-title">{t`History`}</h2>
      <AuditPages
        pageQuery={customerHistoryQuery(customerId)}
        emptyText={t`No contact of this customer has been changed through this app yet.`}
        renderEntries={(entries, older) => <HistoryList entries={entries} older={older} />}
      />
    </section>
  );
}
