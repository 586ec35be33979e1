import { t } from '@lingui/core/macro';
import type { KometUsage } from '@komet-contacts/server/contract';
import { intlLocale } from '../../../i18n/runtime';
import '../../../styles/screens.css';
import '../../../styles/tables.css';
import './usage-summary.css';

// Past 90 % of the budget the server stops background refreshes; at 100 % it refuses writes.
const SLOWDOWN = 0.9;

function UsageTable({
  caption,
  nameHeader,
  rows,
}: {
  caption: string;
  nameHeader: string;
  rows: [string, number][];
}) {
  if (rows.length === 0) return null;
  const number = new Intl.NumberFormat(intlLocale());
  return (
    <table className="contacts-table usage-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{nameHeader}</th>
          <th scope="col">{t`Calls`}</th>
        </tr>
      </thead>
      <tbody>
        {[...rows]
          .sort((a, b) => b[1] - a[1])
          .map(([name, calls]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>{number.format(calls)}</td>
            </tr>
          ))}
      </tbody>
    </table>
  );
}

/** Today's Komet calls against the daily budget, then who and what spent them. */
export function UsageSummary({ usage }: { usage: KometUsage }) {
  const number = new Intl.NumberFormat(intlLocale());
  const share = usage.limit > 0 ? usage.total / usage.limit : 1;
  let reading = t`Contacts can be added and changed as usual.`;
  if (share >= 1) reading = t`The budget is used up: adds and changes are refused until it resets.`;
  else if (share >= SLOWDOWN) {
    reading = t`Nearly used up: the customer list is no longer refreshed in the background.`;
  }
  const limit = number.format(usage.limit);
  const percent = number.format(Math.round(share * 100));
  // YYYY-MM-DD, as the server counts it: the same in every language.
  const day = usage.day;
  return (
    <>
      <p className="usage-figure">
        <label htmlFor="usage-meter">
          {/* The figure stands out, so the sentence goes on after it in its own message. */}
          <strong>{number.format(usage.total)}</strong>{' '}
          {t`of ${limit} Komet calls used today (${percent} %)`}
        </label>
      </p>
      <meter
        id="usage-meter"
        className="usage-meter"
        min={0}
        max={usage.limit}
        value={usage.total}
        optimum={0}
        high={usage.limit * SLOWDOWN}
      >
        {percent} %
      </meter>
      <p>
        {reading} {t`The count starts again at midnight UTC (today is ${day}, UTC).`}
      </p>
      <div className="usage-tables">
        <UsageTable
          caption={t`By user`}
          nameHeader={t`User`}
          rows={usage.byUser.map((row) => [row.username, row.calls])}
        />
        <UsageTable
          caption={t`By method`}
          nameHeader={t`Komet method`}
          rows={usage.byMethod.map((row) => [row.method, row.calls])}
        />
      </div>
      {usage.total === 0 && <p className="empty-state">{t`No Komet call has been made today.`}</p>}
    </>
  );
}
