import type { Health } from '../contract';
import { guardedRouter, PUBLIC } from '../auth/access';
import type { CircuitBreaker } from '../komet/circuit-breaker';
import type { CustomerDirectory } from '../storage/customer-directory';

export function healthRouter(
  mode: NonNullable<Health['komet']>,
  directory: CustomerDirectory,
  kometState: CircuitBreaker['state'],
) {
  const routes = guardedRouter();
  // Anyone may ask whether the server is up; only staff learn more about it.
  routes.get('/health', PUBLIC, (req, res) => {
    if (!req.user) return void res.json({ status: 'ok' } satisfies Health);
    const refreshedAt = directory.refreshedAt();
    const { state, reachedAt } = kometState();
    const body: Health = {
      status: 'ok',
      komet: mode,
      customers: {
        count: directory.index.size,
        refreshedAt: refreshedAt ? refreshedAt.toISOString() : null,
      },
      kometState: state,
      kometReachedAt: reachedAt === null ? null : new Date(reachedAt).toISOString(),
    };
    res.json(body);
  });
  return routes;
}
