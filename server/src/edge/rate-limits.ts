import type { Request, RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { ProblemError } from '../errors';

/** Requests per window, per signed-in user and per client address. */
export interface RateLimits {
  windowMs: number;
  signInPerAddress: number;
  writesPerUser: number;
  writesPerAddress: number;
  searchesPerUser: number;
  searchesPerAddress: number;
}

// Sized for people: a fast typist's search box sends a few requests a second at most, and a
// busy sales person saves a contact every few seconds, not several a second.
export const DEFAULT_RATE_LIMITS: RateLimits = {
  windowMs: 60_000,
  signInPerAddress: 30,
  writesPerUser: 60,
  writesPerAddress: 300,
  searchesPerUser: 300,
  searchesPerAddress: 1200,
};

const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

const address = (req: Request) => ipKeyGenerator(req.ip ?? 'unknown');

function limiter(
  windowMs: number,
  limit: number,
  key: (req: Request) => string | undefined,
  applies: (req: Request) => boolean,
): RequestHandler {
  return rateLimit({
    windowMs,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    skip: (req) => !applies(req) || key(req) === undefined,
    keyGenerator: (req) => key(req) ?? '',
    handler: (_req, _res, next, options) => {
      next(
        new ProblemError(
          {
            status: 429,
            code: 'rate-limited',
            title: 'Too many requests',
            detail: `More than ${String(options.limit)} requests of this kind in a minute. Nothing was changed; wait a moment and try again.`,
          },
          {},
          { 'Retry-After': String(Math.ceil(windowMs / 1000)) },
        ),
      );
    },
  });
}

/** Mounted on /api after authentication, so signed-in users are counted by name. */
export function rateLimits(limits: RateLimits): RequestHandler[] {
  const user = (req: Request) => req.user && `user:${req.user.username}`;
  const isSignIn = (req: Request) => req.method === 'POST' && req.path === '/session';
  const isWrite = (req: Request) => WRITE_METHODS.has(req.method) && !isSignIn(req);
  const isSearch = (req: Request) => req.method === 'GET' && req.path === '/customers';
  const { windowMs } = limits;
  return [
    limiter(windowMs, limits.signInPerAddress, address, isSignIn),
    limiter(windowMs, limits.writesPerUser, user, isWrite),
    limiter(windowMs, limits.writesPerAddress, address, isWrite),
    limiter(windowMs, limits.searchesPerUser, user, isSearch),
    limiter(windowMs, limits.searchesPerAddress, address, isSearch),
  ];
}
