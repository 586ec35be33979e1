import * as z from 'zod/mini';
import { allow, guardedRouter } from '../auth/access';
import type { KometSimulator } from '../komet/simulator/simulator';
import { parseOr400 } from './parse';

const outageSchema = z.object({ on: z.boolean({ error: 'true or false' }) });

/**
 * Only on the built-in simulator: lets an admin switch "Komet down" on and off, to show staff
 * (and the browser tests) what happens to their work during an outage. Never with a real Komet.
 */
export function simulatorRouter(simulator: Pick<KometSimulator, 'outage'>) {
  const routes = guardedRouter();
  routes.post('/simulator/outage', allow('admin'), async (req, res) => {
    const { on } = parseOr400(outageSchema, req.body ?? {});
    await simulator.outage(on);
    res.json({ outage: on });
  });
  return routes;
}
