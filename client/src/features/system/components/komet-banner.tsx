import { t } from '@lingui/core/macro';
import { intlLocale } from '../../../i18n/runtime';
import { useHealth } from '../api/get-health';

/**
 * Across the bottom of every screen while Komet does not answer, so nobody wonders why their
 * contacts wait; it goes away by itself once Komet answers again (health is read every 30 s, and
 * every 10 s while Komet is down).
 */
export default function KometBanner() {
  const { data } = useHealth();
  if (!data?.kometState || data.kometState === 'ok') return null;
  const time =
    data.kometReachedAt &&
    new Intl.DateTimeFormat(intlLocale(), { timeStyle: 'short' }).format(
      new Date(data.kometReachedAt),
    );
  return (
    <div className="komet-banner" role="status">
      <strong>{t`Komet is not answering right now.`}</strong>
      {time && ` ${t`It last answered at ${time}.`}`}{' '}
      {t`You can go on working: contacts you save are kept here and sent to Komet as soon as it answers.`}
    </div>
  );
}
