import type { Db } from './database';

export interface FailureState {
  failures: number;
  lockedUntil: string | null;
  lastFailedAt: string;
}

export function signInFailuresTable(db: Db) {
  return {
    async get(key: string): Promise<FailureState | undefined> {
      const row = await db
        .selectFrom('sign_in_failures')
        .select(['failures', 'locked_until', 'last_failed_at'])
        .where('key', '=', key)
        .executeTakeFirst();
      return (
        row && {
          failures: row.failures,
          lockedUntil: row.locked_until,
          lastFailedAt: row.last_failed_at,
        }
      );
    },

    async set(key: string, state: FailureState): Promise<void> {
      const values = {
        failures: state.failures,
        locked_until: state.lockedUntil,
        last_failed_at: state.lastFailedAt,
      };
      await db
        .insertInto('sign_in_failures')
        .values({ key, ...values })
        .onConflict((oc) => oc.column('key').doUpdateSet(values))
        .execute();
    },

    async clear(key: string): Promise<void> {
      await db.deleteFrom('sign_in_failures').where('key', '=', key).execute();
    },
  };
}
export type SignInFailuresStore = ReturnType<typeof signInFailuresTable>;
