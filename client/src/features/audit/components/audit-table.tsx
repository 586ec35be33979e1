import { t } from '@lingui/core/macro';
import type { ReactNode } from 'react';
import type { AuditEntry } from '@komet-contacts/server/contract';
import { describeAction, formatWhen } from './audit-wording';
import { AuditSteps } from './audit-steps';
import { FieldChanges } from './field-changes';
import { OutcomeNote } from './outcome-note';
import '../../../styles/tables.css';
import './audit.css';

// Stable, so it runs once per table: a page added by "Show older" takes the focus the button had.
const focusOnMount = (table: HTMLElement | null) => table?.focus();

/** One page of the whole trail: when, who, which customer, what, and how it ended. */
export function AuditTable({
  entries,
  older,
  renderCustomer,
}: {
  entries: AuditEntry[];
  older: boolean;
  /** The customer cell; the page links it to the customer's screen. */
  renderCustomer: (entry: AuditEntry) => ReactNode;
}) {
  return (
    <div className="table-scroll">
      {/* A card per entry at phone width (styles/tables.css): nothing is cut off at the right. */}
      <table
        className="contacts-table audit-table stacked-table"
        tabIndex={older ? -1 : undefined}
        ref={older ? focusOnMount : undefined}
      >
        <caption className="visually-hidden">
          {older ? t`Older audit entries` : t`Audit entries, newest first`}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t`When`}</th>
            <th scope="col">{t`Who`}</th>
            <th scope="col">{t`Customer`}</th>
            <th scope="col">{t`What`}</th>
            <th scope="col">{t`Outcome`}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td data-label={t`When`}>
                <time dateTime={entry.at}>{formatWhen(entry.at)}</time>
              </td>
              <td data-label={t`Who`}>
                {entry.userName} <span className="muted">({entry.username})</span>
              </td>
              <td data-label={t`Customer`}>{renderCustomer(entry)}</td>
              <th scope="row">
                {describeAction(entry)}
                <FieldChanges entry={entry} />
              </th>
              <td data-label={t`Outcome`}>
                <OutcomeNote entry={entry} />
                <AuditSteps steps={entry.steps} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
