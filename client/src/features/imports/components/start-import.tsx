import { plural, t } from '@lingui/core/macro';
import type { ImportPreview, ImportStatus } from '@komet-contacts/server/contract';
import { useStartImport } from '../api/change-import';
import { describeImportError, overBudgetOf } from './import-errors';
import { formatCount, localTime, nextMidnightUtc } from './import-wording';
import './imports.css';

interface StartImportProps {
  preview: ImportPreview;
  /** Why the preview on screen cannot be started as it is (cells changed, not checked again). */
  blockedBy: string | undefined;
  onStarted: (status: ImportStatus) => void;
}

/**
 * Before anything is sent: what the import costs in Komet calls against what is left today, and
 * Start; or, when the calls left do not cover it, the choice of sending the rest after midnight
 * UTC. Nothing reaches Komet before one of these buttons is pressed.
 */
export function StartImport({ preview, blockedBy, onStarted }: StartImportProps) {
  const start = useStartImport();
  const { toSend, remainingToday } = preview.kometCalls;
  const refused = overBudgetOf(start.error);
  const remaining = refused?.remainingToday ?? remainingToday;
  const overBudget = Boolean(refused) || toSend > remaining;
  const send = (afterMidnight: boolean) =>
    start.mutate(
      { importId: preview.id, ...(afterMidnight ? { rest: 'after-midnight' as const } : {}) },
      { onSuccess: onStarted },
    );

  const contacts = plural(toSend, { one: '# contact', other: '# contacts' });
  const calls = formatCount(toSend);
  const left = formatCount(remaining);
  const reason =
    blockedBy ??
    (toSend === 0
      ? t`No row is ready to send. Fix the rows marked “Needs fixing” and check them again.`
      : undefined);

  return (
    <section className="start-import" aria-labelledby="start-import-title">
      <h2 id="start-import-title">{t`Send to Komet`}</h2>
      {toSend > 0 && (
        <p>
          {t`This import sends ${contacts} to Komet: ${calls} of today’s remaining ${left} Komet calls.`}{' '}
          {t`Rows that need fixing and duplicates are not sent.`}
        </p>
      )}
      {start.isError && !refused && (
        <p role="alert" className="form-error">
          {describeImportError(start.error)}
        </p>
      )}
      {overBudget && toSend > 0 ? (
        <AfterMidnight
          needed={refused?.needed ?? toSend}
          remaining={remaining}
          resumesAt={refused?.resumesAt ?? null}
          usedMeanwhile={Boolean(refused)}
          pending={start.isPending || Boolean(blockedBy)}
          onSend={() => send(true)}
        />
      ) : (
        <div className="form-actions">
          <button
            type="button"
            className="button-primary"
            disabled={Boolean(reason) || start.isPending}
            aria-describedby={reason ? 'start-blocked' : undefined}
            onClick={() => send(false)}
          >
            {start.isPending ? t`Starting…` : t`Start the import`}
          </button>
        </div>
      )}
      {reason && (
        <p id="start-blocked" className="muted">
          {reason}
        </p>
      )}
    </section>
  );
}

interface AfterMidnightProps {
  needed: number;
  remaining: number;
  resumesAt: string | null;
  /** The server refused a start: the calls were used by others after the check. */
  usedMeanwhile: boolean;
  pending: boolean;
  onSend: () => void;
}

/** More rows than Komet calls left today: some now, the others when the count starts again. */
function AfterMidnight({
  needed,
  remaining,
  resumesAt,
  usedMeanwhile,
  pending,
  onSend,
}: AfterMidnightProps) {
  const neededCalls = formatCount(needed);
  const left = formatCount(remaining);
  const rest = formatCount(Math.max(needed - remaining, 0));
  const when = localTime(resumesAt ?? nextMidnightUtc());
  const now = formatCount(Math.max(remaining, 0));
  return (
    <div className="over-budget" role={usedMeanwhile ? 'alert' : undefined}>
      <p>
        {usedMeanwhile
          ? t`Komet calls were used while you checked the file: this import needs ${neededCalls} and only ${left} remain for imports today. Nothing has been sent.`
          : t`This import needs ${neededCalls} Komet calls, but only ${left} remain for imports today. Nothing has been sent.`}{' '}
        {t`The other ${rest} can wait for midnight UTC, when the count starts again: ${when} your time.`}
      </p>
      <div className="form-actions">
        <button type="button" className="button-primary" disabled={pending} onClick={onSend}>
          {remaining > 0
            ? t`Send ${now} now, the rest after midnight UTC`
            : t`Send them all after midnight UTC`}
        </button>
      </div>
    </div>
  );
}
