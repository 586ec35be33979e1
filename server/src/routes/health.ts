import { Router } from 'express';
import type { Health } from '../contract';
import type { CustomerDirectory } from '../storage/customer-directory';

export function healthRouter(mode: Health['komet'], directory: CustomerDirectory): Router {
  const router = Router();
  router.get('/health', (_req, res) => {
    const refreshedAt = directory.refreshedAt();
    const body: Health = {
      status: 'ok',
      komet: mode,
      customers: {
        count: directory.index.size,
        refreshedAt: refreshedAt ? refreshedAt.toISOString() : null,
      },
    };
    res.json(body);
  });
  return router;
}
