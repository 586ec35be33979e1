import type { RequestHandler } from 'express';
import { actingAs } from './acting-user';
import { readSessionCookie } from './session-cookie';
import type { AuthUser, SessionService } from './sessions';

declare module 'express-serve-static-core' {
  interface Request {
    /** The signed-in user, when the request carries a valid session. */
    user?: AuthUser;
    /** The session id from the cookie, when valid (never logged). */
    sessionId?: string;
  }
}

/** Resolves the session cookie once per API request; routes decide what a missing user means. */
export function authenticate(sessions: SessionService): RequestHandler {
  return async (req, _res, next) => {
    const id = readSessionCookie(req);
    const user = id ? await sessions.resolve(id) : undefined;
    if (!user || !id) return next();
    req.user = user;
    req.sessionId = id;
    actingAs({ username: user.username }, next);
  };
}
