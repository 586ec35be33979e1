import type { RequestHandler } from 'express';

/**
 * Answers only to our own host names. A page on another site whose name was made to resolve to
 * this server (DNS rebinding) sends its own name in Host, and is refused before anything runs.
 */
export function hostCheck(allowed: ReadonlySet<string>): RequestHandler {
  return (req, res, next) => {
    const host = req.headers.host ?? '';
    // Host is name[:port] or [v6]:port; `URL` splits both the way a browser would.
    let hostname: string | undefined;
    try {
      hostname = new URL(`http://${host}`).hostname.toLowerCase();
    } catch {
      hostname = undefined;
    }
    if (hostname && allowed.has(hostname)) return next();
    res
      .status(421)
      .type('text/plain')
      .send('This server does not answer to that host name. Set ALLOWED_HOSTS or PUBLIC_URL.');
  };
}
