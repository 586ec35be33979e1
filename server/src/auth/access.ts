import { Router, type RequestHandler } from 'express';
import { hasRole, type Role } from '../contract';
import { ProblemError } from '../errors';

/** Who may call a route: anyone, or a signed-in user with at least this role. */
export type Access = { public: true } | { public?: false; role: Role };

export const PUBLIC: Access = { public: true };
export const allow = (role: Role): Access => ({ role });

export interface DeclaredRoute {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** As mounted under /api, e.g. `/api/customers/:customerId`. */
  path: string;
  access: Access;
}

export const signedOut = () =>
  new ProblemError({
    status: 401,
    code: 'signed-out',
    title: 'Signed out',
    detail: 'Your session has ended or you are not signed in. Sign in and try again.',
  });

export const forbidden = (role: Role) =>
  new ProblemError({
    status: 403,
    code: 'forbidden',
    title: 'Not allowed',
    detail: `This needs the ${role} role or higher. Nothing was changed.`,
  });

function enforce(path: string, access: Access): RequestHandler {
  return (req, res, next) => {
    // The declared pattern, for the request log: ids stay out of the route name.
    res.locals.route = path;
    if (access.public) return next();
    if (!req.user) throw signedOut();
    if (!hasRole(req.user.role, access.role)) throw forbidden(access.role);
    next();
  };
}

type Declare = (path: string, access: Access, ...handlers: RequestHandler[]) => void;

/**
 * A router whose every route states who may call it where it is declared: there is no way to
 * add a route without an `Access`, and the rule runs before any handler (so before any Komet
 * call). Each declaration is recorded, so tests can walk the whole table.
 */
export function guardedRouter(mountPath = '/api') {
  const router = Router();
  const routes: DeclaredRoute[] = [];
  const declare =
    (method: DeclaredRoute['method']): Declare =>
    (path, access, ...handlers) => {
      const fullPath = `${mountPath}${path}`;
      routes.push({ method, path: fullPath, access });
      const verb = method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
      router[verb](path, enforce(fullPath, access), ...handlers);
    };
  return {
    router,
    routes,
    get: declare('GET'),
    post: declare('POST'),
    put: declare('PUT'),
    patch: declare('PATCH'),
    delete: declare('DELETE'),
  };
}
export type GuardedRouter = ReturnType<typeof guardedRouter>;
