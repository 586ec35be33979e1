import type { Role } from '../contract';
import type { Storage } from '../db/storage';
import type { UserRow } from '../db/users';
import { hashPassword } from './passwords';

/** A rule of user management was broken; `code` names which, the message says it for a person. */
export class UserAdminError extends Error {
  override name = 'UserAdminError';
  constructor(
    readonly code: 'unknown-user' | 'last-admin' | 'username-taken',
    message: string,
  ) {
    super(message);
  }
}

export interface UserChangeRequest {
  name?: string;
  role?: Role;
  disabled?: boolean;
  password?: string;
}

/** Creating and changing users, shared by the admin API and the `users` command. */
export function userAdmin(storage: Pick<Storage, 'users' | 'sessions'>, now: () => number) {
  return {
    async create(user: { username: string; name?: string; role: Role; password: string }) {
      if (await storage.users.find(user.username)) {
        throw new UserAdminError('username-taken', `The username ${user.username} is taken.`);
      }
      return storage.users.create(
        {
          username: user.username,
          name: user.name ?? user.username,
          role: user.role,
          passwordHash: await hashPassword(user.password),
        },
        new Date(now()).toISOString(),
      );
    },

    async change(username: string, changes: UserChangeRequest): Promise<UserRow> {
      const user = await storage.users.find(username);
      if (!user) throw new UserAdminError('unknown-user', `There is no user ${username}.`);
      const losesAdmin =
        user.role === 'admin' &&
        !user.disabled &&
        ((changes.role !== undefined && changes.role !== 'admin') || changes.disabled === true);
      if (losesAdmin && (await storage.users.countEnabledAdmins()) <= 1) {
        throw new UserAdminError(
          'last-admin',
          `${username} is the only active admin. Make someone else an admin first.`,
        );
      }
      await storage.users.update(user.id, {
        name: changes.name,
        role: changes.role,
        disabled: changes.disabled,
        passwordHash:
          changes.password === undefined ? undefined : await hashPassword(changes.password),
      });
      // A new password or a disabled account signs the user out on every device at once.
      if (changes.password !== undefined || changes.disabled === true) {
        await storage.sessions.deleteForUser(user.id);
      }
      return (await storage.users.find(username))!;
    },
  };
}
