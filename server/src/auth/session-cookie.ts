import type { CookieOptions, Request } from 'express';

export const SESSION_COOKIE = 'kc_session';

/** Reads one cookie without a parser dependency: the app has two, this and the client's `locale`. */
export function readCookie(req: Request, wanted: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === wanted) return value.join('=') || undefined;
  }
  return undefined;
}

export const readSessionCookie = (req: Request) => readCookie(req, SESSION_COOKIE);

/** HttpOnly so no script can read it; Secure whenever the request came over HTTPS (TRUST_PROXY). */
export function sessionCookieOptions(req: Request): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', path: '/', secure: req.secure };
}
