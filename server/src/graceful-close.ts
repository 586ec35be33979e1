import type { Server, ServerResponse } from 'node:http';

/**
 * Returns a close for `server` that stops accepting at once and lets requests in flight finish:
 * an add Komet is saving must reach its user, not end as an empty reply. Idle keep-alive
 * connections close at once and busy ones right after their response, because Node otherwise
 * keeps them for the keep-alive timeout and the stop with them. What still runs after `graceMs`
 * is cut. Call it once, before the server listens (it watches every request).
 */
export function gracefulClose(server: Server): (graceMs: number) => Promise<void> {
  const busy = new Set<ServerResponse>();
  let closing = false;
  // Asks the client not to reuse the connection, and makes Node close it after the response.
  const last = (res: ServerResponse) => {
    if (!res.headersSent) res.setHeader('connection', 'close');
  };

  server.on('request', (_req, res: ServerResponse) => {
    busy.add(res);
    // A request that came on a connection kept alive from before the stop.
    if (closing) last(res);
    res.once('close', () => {
      busy.delete(res);
      // A response that was already under way when the stop began had no chance to say so.
      if (closing) setImmediate(() => server.closeIdleConnections());
    });
  });

  return (graceMs) =>
    new Promise<void>((resolve) => {
      closing = true;
      busy.forEach(last);
      const deadline = setTimeout(() => server.closeAllConnections(), graceMs);
      server.close(() => {
        clearTimeout(deadline);
        resolve();
      });
      server.closeIdleConnections();
      if (graceMs <= 0) server.closeAllConnections();
    });
}
