import type { CookieOptions, Request } from 'express';

export const SESSION_COOKIE = 'kc_session';

/** Reads one cookie without a parser dependency: the app sets exactly one. */
export function readSessionCookie(req: Request): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === SESSION_COOKIE) return value.join('=') || undefined;
  }
  return undefined;
}

/** HttpOnly so no script can read it; Secure whenever the request came over HTTPS (TRUST_PROXY). */
export function sessionCookieOptions(req: Request): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', path: '/', secure: req.secure };
}
