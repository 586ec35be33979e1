import { useHealth } from '../api/get-health';

const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'short' });

/**
 * Across the bottom of every screen while Komet does not answer, so nobody wonders why their
 * contacts wait; it goes away by itself once Komet answers again (health is read every 30 s, and
 * every 10 s while Komet is down).
 */
export default function KometBanner() {
  const { data } = useHealth();
  if (!data?.kometState || data.kometState === 'ok') return null;
  const reached = data.kometReachedAt
    ? ` It last answered at ${time.format(new Date(data.kometReachedAt))}.`
    : '';
  return (
    <div className="komet-banner" role="status">
      <strong>Komet is not answering right now.</strong>
      {reached} You can go on working: contacts you save are kept here and sent to Komet as soon as
      it answers.
    </div>
  );
}
