import { t } from '@lingui/core/macro';
import { formatCount } from './import-wording';

/** Rows drawn at once: 5,000 rows of inputs would freeze a phone for seconds. */
export const PAGE_SIZE = 200;

/** "Showing 200 of 5,000 rows", and the button for the next page of them. */
export function ShowMore({
  shown,
  total,
  onMore,
}: {
  shown: number;
  total: number;
  onMore: () => void;
}) {
  if (shown >= total) return null;
  const showing = formatCount(shown);
  const all = formatCount(total);
  const next = formatCount(Math.min(PAGE_SIZE, total - shown));
  return (
    <p className="show-more">
      {t`Showing ${showing} of ${all} rows.`}{' '}
      <button type="button" className="button-secondary" onClick={onMore}>
        {t`Show ${next} more`}
      </button>
    </p>
  );
}
