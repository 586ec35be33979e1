import type { Request, Response } from 'express';
import { importRequestSchema, importStartSchema, type ImportStatus } from '../contract';
import { allow, guardedRouter } from '../auth/access';
import type { ImportEvents } from '../imports/import-events';
import type { ImportRuns } from '../imports/import-runs';
import { reportCsv, type ReportLanguage } from '../imports/report-csv';
import { parseOr400 } from './parse';

export interface ImportRouteDeps {
  runs: ImportRuns;
  events: ImportEvents;
  /** How often an event stream looks for rows another process sent (ms). */
  pollMs?: number;
}

const ENDED = new Set<ImportStatus['state']>(['done', 'cancelled']);

/** `?lang=es` or else the browser's first language; English by default. */
function reportLanguage(req: Request): ReportLanguage {
  const asked = typeof req.query.lang === 'string' ? req.query.lang : req.acceptsLanguages()[0];
  return asked?.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/**
 * Issue 10: preview, start, pause, cancel, state, live progress and the report. Sales and up may
 * import for any customer and follow any import; only its importer or an admin may change one.
 */
export function importsRouter(deps: ImportRouteDeps) {
  const routes = guardedRouter();
  const { runs } = deps;

  routes.post('/imports', allow('sales'), async (req, res) => {
    const request = parseOr400(importRequestSchema, req.body);
    res.json(await runs.preview(request, req.user!));
  });

  routes.get('/imports', allow('sales'), async (req, res) => {
    res.json(await runs.mine(req.user!));
  });

  routes.post('/imports/:importId/start', allow('sales'), async (req, res) => {
    const options = parseOr400(importStartSchema, req.body ?? {});
    res.json(await runs.start(String(req.params.importId), req.user!, options));
  });

  routes.post('/imports/:importId/pause', allow('sales'), async (req, res) => {
    res.json(await runs.pause(String(req.params.importId), req.user!));
  });

  routes.post('/imports/:importId/cancel', allow('sales'), async (req, res) => {
    res.json(await runs.cancel(String(req.params.importId), req.user!));
  });

  routes.get('/imports/:importId', allow('sales'), async (req, res) => {
    const { delimiter: _delimiter, ...detail } = await runs.detail(String(req.params.importId));
    res.json(detail);
  });

  routes.get('/imports/:importId/report.csv', allow('sales'), async (req, res) => {
    const detail = await runs.detail(String(req.params.importId));
    const language = reportLanguage(req);
    res
      .type('text/csv; charset=utf-8')
      .attachment(`import-${detail.id}-${language === 'es' ? 'informe' : 'report'}.csv`)
      .send(reportCsv(detail, language));
  });

  routes.get('/imports/:importId/events', allow('sales'), async (req, res) => {
    await streamStatus(req, res, deps);
  });

  return routes;
}

/**
 * Server-sent events: the import's status now, then on every change (at most four a second),
 * and every few seconds besides; the stream ends once the import has.
 */
async function streamStatus(req: Request, res: Response, deps: ImportRouteDeps): Promise<void> {
  const id = String(req.params.importId);
  const first = await deps.runs.status(id); // An unknown import is a 404, not a stream.
  res.status(200).set({
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    // A proxy in front (nginx) would otherwise hold the events back in its buffer.
    'X-Accel-Buffering': 'no',
  });
  res.flushHeaders();

  let ended = false;
  let timer: NodeJS.Timeout | undefined;
  let lastSent = 0;
  const end = () => {
    if (ended) return;
    ended = true;
    clearTimeout(timer);
    clearInterval(poll);
    unsubscribe();
    res.end();
  };
  const send = (status: ImportStatus) => {
    if (ended) return;
    lastSent = Date.now();
    res.write(`event: status\ndata: ${JSON.stringify(status)}\n\n`);
    if (ENDED.has(status.state)) end();
  };
  const refresh = () => {
    timer = undefined;
    deps.runs.status(id).then(send, end);
  };
  // A burst of rows becomes one event per 250 ms: the bar moves, the stream stays small.
  const soon = () => {
    if (ended || timer) return;
    timer = setTimeout(refresh, Math.max(0, 250 - (Date.now() - lastSent)));
  };
  const unsubscribe = deps.events.listen(id, soon, end);
  const poll = setInterval(soon, deps.pollMs ?? 3000);
  req.on('close', end);
  send(first);
}
