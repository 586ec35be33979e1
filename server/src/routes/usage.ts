import type { KometUsage } from '../contract';
import { allow, guardedRouter } from '../auth/access';
import type { Storage } from '../db/storage';
import { utcDay } from '../komet/metered-komet';

export function usageRouter(deps: { storage: Storage; dailyCalls: number; now: () => number }) {
  const routes = guardedRouter();
  routes.get('/usage', allow('admin'), async (_req, res) => {
    const day = utcDay(deps.now());
    const body: KometUsage = await deps.storage.kometCalls.usage(day, deps.dailyCalls);
    res.json(body);
  });
  return routes;
}
