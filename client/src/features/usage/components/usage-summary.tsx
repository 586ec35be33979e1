import type { KometUsage } from '@komet-contacts/server/contract';

const number = new Intl.NumberFormat();

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
  return (
    <table className="contacts-table usage-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{nameHeader}</th>
          <th scope="col">Calls</th>
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
  const share = usage.limit > 0 ? usage.total / usage.limit : 1;
  let reading = 'Contacts can be added and changed as usual.';
  if (share >= 1) reading = 'The budget is used up: adds and changes are refused until it resets.';
  else if (share >= SLOWDOWN) {
    reading = 'Nearly used up: the customer list is no longer refreshed in the background.';
  }
  return (
    <>
      <p className="usage-figure">
        <label htmlFor="usage-meter">
          <strong>{number.format(usage.total)}</strong> of {number.format(usage.limit)} Komet calls
          used today ({Math.round(share * 100)} %)
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
        {Math.round(share * 100)} %
      </meter>
      <p>
        {reading} The count starts again at midnight UTC (today is {usage.day}, UTC).
      </p>
      <div className="usage-tables">
        <UsageTable
          caption="By user"
          nameHeader="User"
          rows={usage.byUser.map((row) => [row.username, row.calls])}
        />
        <UsageTable
          caption="By method"
          nameHeader="Komet method"
          rows={usage.byMethod.map((row) => [row.method, row.calls])}
        />
      </div>
      {usage.total === 0 && <p className="empty-state">No Komet call has been made today.</p>}
    </>
  );
}
