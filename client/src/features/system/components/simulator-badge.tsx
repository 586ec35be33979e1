import { t } from '@lingui/core/macro';
import { useHealth } from '../api/get-health';

/** Says, on every screen, when the app is not talking to the real Komet. */
export default function SimulatorBadge() {
  const { data } = useHealth();
  if (data?.komet !== 'simulator') return null;
  return (
    <span
      className="badge badge-simulator"
      title={t`No Komet token is configured: contacts are saved in a built-in simulator, not in Komet, and are lost when the server restarts.`}
    >
      {t`Simulator · not connected to Komet`}
    </span>
  );
}
