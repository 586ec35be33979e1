import { auditQuerySchema, hasRole, type AuditPage } from '../contract';
import { allow, forbidden, guardedRouter } from '../auth/access';
import type { AuditFilter } from '../db/audit';
import type { Storage } from '../db/storage';
import { parseOr400 } from './parse';

function filterFrom(query: unknown): AuditFilter {
  const parsed = parseOr400(auditQuerySchema, query);
  return {
    customerId: parsed.customerId,
    username: parsed.user?.trim().toLowerCase() || undefined,
    action: parsed.action,
    outcome: parsed.outcome,
    beforeId: parsed.before === undefined ? undefined : Number(parsed.before),
    limit: Number(parsed.limit ?? 50),
  };
}

// No CSV route: the client makes the CSV from these pages, worded in the reader's language from
// its catalogs (issue 8), which the server does not have.
export function auditRouter(deps: { storage: Storage }) {
  const routes = guardedRouter();

  // Everyone may read one customer's history; the whole trail is for admins.
  routes.get('/audit', allow('sales'), async (req, res) => {
    const filter = filterFrom(req.query);
    if (!filter.customerId && !hasRole(req.user!.role, 'admin')) throw forbidden('admin');
    const body: AuditPage = await deps.storage.audit.list(filter);
    res.json(body);
  });

  return routes;
}
