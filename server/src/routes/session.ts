import type { ErrorRequestHandler } from 'express';
import {
  ROLES,
  signInRequestSchema,
  usernameSchema,
  type SessionResponse,
  type SessionUser,
} from '../contract';
import { allow, guardedRouter, PUBLIC } from '../auth/access';
import { dummyHash, verifyPassword } from '../auth/passwords';
import { SESSION_COOKIE, sessionCookieOptions } from '../auth/session-cookie';
import type { SessionService } from '../auth/sessions';
import type { SignInGuard } from '../auth/sign-in-guard';
import type { Storage } from '../db/storage';
import { ProblemError } from '../errors';
import { parseOr400 } from './parse';

export interface SessionRouteDeps {
  storage: Storage;
  sessions: SessionService;
  guard: SignInGuard;
  /** Demo users sign in with one click only against the simulator. */
  simulator: boolean;
  now: () => number;
}

const badCredentials = () =>
  new ProblemError({
    status: 401,
    code: 'bad-credentials',
    title: 'Wrong username or password',
    detail: 'The username and password do not match an active account.',
  });

export function sessionRouter(deps: SessionRouteDeps) {
  const routes = guardedRouter();
  const toSessionUser = ({ username, name, role }: SessionUser): SessionUser => ({
    username,
    name,
    role,
  });

  routes.post('/session', PUBLIC, async (req, res) => {
    const request = parseOr400(signInRequestSchema, req.body ?? {});
    // An unparseable username is checked like an unknown one: same answer, same cost.
    const username = usernameSchema.safeParse(request.username).data ?? request.username;
    const address = req.ip ?? 'unknown';
    await deps.guard.check(username, address);
    const user = await deps.storage.users.find(username);
    const demo = request.demo === true && deps.simulator && user?.demo === true;
    const passwordOk =
      demo ||
      (await verifyPassword(request.password ?? '', user?.passwordHash ?? (await dummyHash())));
    if (!user || !passwordOk || user.disabled) {
      await deps.guard.failed(username, address);
      throw badCredentials();
    }
    await deps.guard.succeeded(username);
    if (req.sessionId) await deps.sessions.end(req.sessionId);
    const sessionId = await deps.sessions.start(user.id);
    await deps.storage.users.recordSignIn(user.id, new Date(deps.now()).toISOString());
    res.cookie(SESSION_COOKIE, sessionId, sessionCookieOptions(req));
    const body: SessionResponse = { user: toSessionUser(user) };
    res.json(body);
  });

  routes.get('/session', allow('sales'), (req, res) => {
    const body: SessionResponse = { user: toSessionUser(req.user!) };
    res.json(body);
  });

  routes.delete('/session', allow('sales'), async (req, res) => {
    if (req.sessionId) await deps.sessions.end(req.sessionId);
    res.clearCookie(SESSION_COOKIE, sessionCookieOptions(req));
    res.status(204).end();
  });

  // On the simulator, the sign-in screen learns from the signed-out answer whom to offer.
  const offerDemoUsers: ErrorRequestHandler = async (error, _req, _res, next) => {
    if (!(deps.simulator && error instanceof ProblemError && error.problem.code === 'signed-out')) {
      return next(error);
    }
    // In the order of the roles table: sales first, the role most people will try.
    const demoUsers = (await deps.storage.users.list())
      .filter((user) => user.demo && !user.disabled)
      .sort((a, b) => ROLES.indexOf(a.role) - ROLES.indexOf(b.role))
      .map(toSessionUser);
    next(new ProblemError(error.problem, { demoUsers }));
  };
  routes.router.use('/session', offerDemoUsers);
  return routes;
}
