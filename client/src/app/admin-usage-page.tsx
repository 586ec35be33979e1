import { t } from '@lingui/core/macro';
import { describeError } from '../messages/form-errors';
import { useKometUsage } from '../features/usage/api/get-usage';
import { UsageSummary } from '../features/usage/components/usage-summary';
import '../styles/screens.css';

/** `/admin/usage`: how much of Komet's daily call budget is spent, by whom and on what. */
export default function AdminUsagePage() {
  const usage = useKometUsage();
  return (
    <section className="card" aria-labelledby="usage-title" aria-busy={usage.isFetching}>
      <div className="page-heading">
        <h1 id="usage-title">{t`Komet usage today`}</h1>
        <button
          type="button"
          className="button-secondary"
          disabled={usage.isFetching}
          onClick={() => void usage.refetch()}
        >
          {t`Refresh`}
        </button>
      </div>
      {usage.isPending && (
        <p aria-live="polite" className="loading-rows">
          <span className="visually-hidden">{t`Loading today’s usage…`}</span>
        </p>
      )}
      {usage.isError && (
        <p role="alert" className="form-error">
          {t`Today’s usage could not be loaded.`} {describeError(usage.error)}
        </p>
      )}
      {usage.data && <UsageSummary usage={usage.data} />}
    </section>
  );
}
