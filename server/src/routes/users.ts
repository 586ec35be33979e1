import {
  createUserRequestSchema,
  updateUserRequestSchema,
  usernameSchema,
  type UserListResponse,
  type UserResponse,
  type UserSummary,
} from '../contract';
import { allow, guardedRouter } from '../auth/access';
import { UserAdminError, userAdmin } from '../auth/user-admin';
import type { Storage } from '../db/storage';
import type { UserRow } from '../db/users';
import { ProblemError } from '../errors';
import type { Logger } from '../logger';
import { parseOr400 } from './parse';

export interface UsersRouteDeps {
  storage: Storage;
  logger: Logger;
  now: () => number;
}

const summary = (user: UserRow): UserSummary => ({
  username: user.username,
  name: user.name,
  role: user.role,
  disabled: user.disabled,
  createdAt: user.createdAt,
  lastSignInAt: user.lastSignInAt,
});

const STATUS = { 'unknown-user': 404, 'last-admin': 409, 'username-taken': 409 } as const;
const TITLE = {
  'unknown-user': 'No such user',
  'last-admin': 'The last admin',
  'username-taken': 'Username taken',
} as const;

/** A broken user-management rule as a problem; a taken username also lands on its field. */
async function orProblem<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (!(error instanceof UserAdminError)) throw error;
    const { code, message } = error;
    const fieldErrors =
      code === 'username-taken' ? { username: ['Already taken: choose another username'] } : {};
    throw new ProblemError(
      { status: STATUS[code], code, title: TITLE[code], detail: message },
      code === 'username-taken' ? { fieldErrors } : {},
    );
  }
}

/** User management, for admins only. Passwords go in; no password or hash ever comes out. */
export function usersRouter(deps: UsersRouteDeps) {
  const routes = guardedRouter();
  const admin = userAdmin(deps.storage, deps.now);

  routes.get('/users', allow('admin'), async (_req, res) => {
    const body: UserListResponse = { users: (await deps.storage.users.list()).map(summary) };
    res.json(body);
  });

  routes.post('/users', allow('admin'), async (req, res) => {
    const input = parseOr400(createUserRequestSchema, req.body ?? {});
    const user = await orProblem(admin.create(input));
    deps.logger.info('user.created', { by: req.user?.username, username: user.username });
    const body: UserResponse = { user: summary(user) };
    res.status(201).json(body);
  });

  routes.patch('/users/:username', allow('admin'), async (req, res) => {
    const username = parseOr400(usernameSchema, req.params.username, 'username');
    const changes = parseOr400(updateUserRequestSchema, req.body ?? {});
    const user = await orProblem(admin.change(username, changes));
    deps.logger.info('user.changed', {
      by: req.user?.username,
      username,
      changed: Object.keys(changes),
    });
    const body: UserResponse = { user: summary(user) };
    res.json(body);
  });

  return routes;
}
