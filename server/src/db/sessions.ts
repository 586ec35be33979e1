import type { Db } from './database';
import type { UserRow } from './users';

export interface SessionWithUser {
  createdAt: string;
  lastSeenAt: string;
  user: Pick<UserRow, 'id' | 'username' | 'name' | 'role' | 'disabled'>;
}

export function sessionsTable(db: Db) {
  return {
    async create(idHash: string, userId: number, at: string): Promise<void> {
      await db
        .insertInto('sessions')
        .values({ id_hash: idHash, user_id: userId, created_at: at, last_seen_at: at })
        .execute();
    },

    /** One indexed read per request: the session and the user it belongs to. */
    async find(idHash: string): Promise<SessionWithUser | undefined> {
      const row = await db
        .selectFrom('sessions')
        .innerJoin('users', 'users.id', 'sessions.user_id')
        .select([
          'sessions.created_at',
          'sessions.last_seen_at',
          'users.id',
          'users.username',
          'users.name',
          'users.role',
          'users.disabled',
        ])
        .where('sessions.id_hash', '=', idHash)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        createdAt: row.created_at,
        lastSeenAt: row.last_seen_at,
        user: {
          id: row.id,
          username: row.username,
          name: row.name,
          role: row.role as UserRow['role'],
          disabled: row.disabled === 1,
        },
      };
    },

    async touch(idHash: string, at: string): Promise<void> {
      await db
        .updateTable('sessions')
        .set({ last_seen_at: at })
        .where('id_hash', '=', idHash)
        .execute();
    },

    async delete(idHash: string): Promise<void> {
      await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    },

    /** Sign-out everywhere: after a password change or when the user is disabled. */
    async deleteForUser(userId: number): Promise<void> {
      await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
    },

    /** Drops sessions past either limit; expired rows are refused anyway, this only tidies. */
    async deleteExpired(idleBefore: string, createdBefore: string): Promise<void> {
      await db
        .deleteFrom('sessions')
        .where((eb) =>
          eb.or([eb('last_seen_at', '<', idleBefore), eb('created_at', '<', createdBefore)]),
        )
        .execute();
    },
  };
}
export type SessionsStore = ReturnType<typeof sessionsTable>;
