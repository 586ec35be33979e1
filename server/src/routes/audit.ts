import { auditQuerySchema, hasRole, type AuditPage } from '../contract';
import { allow, forbidden, guardedRouter } from '../auth/access';
import { auditCsv } from '../audit/audit-csv';
import type { AuditFilter } from '../db/audit';
import type { Storage } from '../db/storage';
import { parseOr400 } from './parse';

const EXPORT_ROWS = 10_000;

function filterFrom(query: unknown, limit?: number): AuditFilter {
  const parsed = parseOr400(auditQuerySchema, query);
  return {
    customerId: parsed.customerId,
    username: parsed.user?.trim().toLowerCase() || undefined,
    action: parsed.action,
    outcome: parsed.outcome,
    beforeId: parsed.before === undefined ? undefined : Number(parsed.before),
    limit: limit ?? Number(parsed.limit ?? 50),
  };
}

export function auditRouter(deps: { storage: Storage; now: () => number }) {
  const routes = guardedRouter();

  // Everyone may read one customer's history; the whole trail is for admins.
  routes.get('/audit', allow('sales'), async (req, res) => {
    const filter = filterFrom(req.query);
    if (!filter.customerId && !hasRole(req.user!.role, 'admin')) throw forbidden('admin');
    const body: AuditPage = await deps.storage.audit.list(filter);
    res.json(body);
  });

  routes.get('/audit/export', allow('admin'), async (req, res) => {
    const { entries } = await deps.storage.audit.list(filterFrom(req.query, EXPORT_ROWS));
    const day = new Date(deps.now()).toISOString().slice(0, 10);
    res
      .type('text/csv; charset=utf-8')
      .attachment(`komet-contacts-audit-${day}.csv`)
      // A byte-order mark so spreadsheet programs read accented names as UTF-8.
      .send(`\uFEFF${auditCsv(entries)}`);
  });

  return routes;
}
