import type { RequestHandler } from 'express';
import { ProblemError } from '../errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

const crossSite = () =>
  new ProblemError({
    status: 403,
    code: 'cross-site',
    title: 'Cross-site request refused',
    detail: 'Changes are accepted only from this app’s own pages. Nothing was changed.',
  });

/**
 * A state-changing request must come from our own pages: `Sec-Fetch-Site: same-origin`, or an
 * `Origin` equal to the origin the request was addressed to (or PUBLIC_URL). Browsers send one of
 * them on every such request, and a request with neither is refused: no CORS, no exceptions.
 */
export function sameOriginWrites(publicOrigin: string | undefined): RequestHandler {
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method)) return next();
    const fetchSite = req.headers['sec-fetch-site'];
    const origin = req.headers.origin;
    const own = `${req.protocol}://${req.headers.host ?? ''}`;
    if (origin !== undefined) {
      if (origin === own || origin === publicOrigin) return next();
      throw crossSite();
    }
    if (fetchSite === 'same-origin') return next();
    throw crossSite();
  };
}
