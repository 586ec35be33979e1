import type { Updateable } from 'kysely';
import type { Role } from '../contract';
import type { Db } from './database';
import type { UsersTable } from './schema';

export interface UserRow {
  id: number;
  username: string;
  name: string;
  role: Role;
  passwordHash: string;
  disabled: boolean;
  demo: boolean;
  createdAt: string;
  lastSignInAt: string | null;
}

export interface NewUser {
  username: string;
  name: string;
  role: Role;
  passwordHash: string;
  demo?: boolean;
}

export interface UserChanges {
  name?: string;
  role?: Role;
  disabled?: boolean;
  passwordHash?: string;
}

const toUser = (row: Omit<UsersTable, 'id'> & { id: number }): UserRow => ({
  id: row.id,
  username: row.username,
  name: row.name,
  role: row.role as Role,
  passwordHash: row.password_hash,
  disabled: row.disabled === 1,
  demo: row.demo === 1,
  createdAt: row.created_at,
  lastSignInAt: row.last_sign_in_at,
});

export function usersTable(db: Db) {
  return {
    async find(username: string): Promise<UserRow | undefined> {
      const row = await db
        .selectFrom('users')
        .selectAll()
        .where('username', '=', username)
        .executeTakeFirst();
      return row && toUser(row);
    },

    async list(): Promise<UserRow[]> {
      const rows = await db.selectFrom('users').selectAll().orderBy('username').execute();
      return rows.map(toUser);
    },

    async create(user: NewUser, at: string): Promise<UserRow> {
      const row = await db
        .insertInto('users')
        .values({
          username: user.username,
          name: user.name,
          role: user.role,
          password_hash: user.passwordHash,
          disabled: 0,
          demo: user.demo ? 1 : 0,
          created_at: at,
          last_sign_in_at: null,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return toUser(row);
    },

    async update(id: number, changes: UserChanges): Promise<void> {
      const values: Updateable<UsersTable> = {
        name: changes.name,
        role: changes.role,
        disabled: changes.disabled === undefined ? undefined : Number(changes.disabled),
        password_hash: changes.passwordHash,
      };
      if (Object.values(values).every((value) => value === undefined)) return;
      await db.updateTable('users').set(values).where('id', '=', id).execute();
    },

    async recordSignIn(id: number, at: string): Promise<void> {
      await db.updateTable('users').set({ last_sign_in_at: at }).where('id', '=', id).execute();
    },

    async countEnabledAdmins(): Promise<number> {
      const { count } = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('role', '=', 'admin')
        .where('disabled', '=', 0)
        .where('demo', '=', 0)
        .executeTakeFirstOrThrow();
      return Number(count);
    },

    async count(options: { demo: boolean }): Promise<number> {
      const { count } = await db
        .selectFrom('users')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('demo', '=', options.demo ? 1 : 0)
        .executeTakeFirstOrThrow();
      return Number(count);
    },

    /** Demo users exist only for the simulator; a real Komet must never see them. */
    async deleteDemoUsers(): Promise<number> {
      const result = await db.deleteFrom('users').where('demo', '=', 1).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}
export type UsersStore = ReturnType<typeof usersTable>;
