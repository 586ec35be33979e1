import { t } from '@lingui/core/macro';
import type { ImportStatus } from '@komet-contacts/server/contract';
import { i18n } from '../../../i18n/runtime';
import { formatCount, localTime, STATE_WORDS, timeLeftWords } from './import-wording';
import './imports.css';

/**
 * Where an import is: its state in words (read out when it changes, not on every count), a bar
 * of the rows sent or refused, the counts and the time left.
 */
export function ImportProgress({ status }: { status: ImportStatus }) {
  const { counts, state } = status;
  const done = counts.sent + counts.refused;
  const finished = formatCount(done);
  const total = formatCount(counts.toSend);
  const rows: [string, number][] = [
    [t`Sent to Komet`, counts.sent],
    [t`Refused by Komet`, counts.refused],
    [t`Being sent`, counts.queued],
    [t`After midnight UTC`, counts.scheduled],
    [t`Still to send`, counts.remaining],
  ];
  if (counts.cancelled > 0) rows.push([t`Not sent: cancelled`, counts.cancelled]);
  const resumes = status.resumesAt ? localTime(status.resumesAt) : '';

  return (
    <div className="import-progress">
      <p role="status" className="import-state">
        {i18n._(STATE_WORDS[state])}
      </p>
      <label htmlFor="import-bar" className="import-bar-label">
        {t`${finished} of ${total} rows sent or refused`}
      </label>
      <progress
        id="import-bar"
        className="import-bar"
        max={Math.max(counts.toSend, 1)}
        value={done}
      />
      <dl className="import-figures">
        {rows.map(([label, count]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{formatCount(count)}</dd>
          </div>
        ))}
      </dl>
      {(state === 'running' || state === 'scheduled') && (
        <p className="muted">
          {state === 'running' &&
            status.secondsLeft !== null &&
            `${timeLeftWords(status.secondsLeft)} `}
          {resumes &&
            t`Rows waiting for tomorrow’s Komet calls are sent from midnight UTC (${resumes} your time).`}
        </p>
      )}
    </div>
  );
}
