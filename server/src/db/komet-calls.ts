import type { KometUsage } from '../contract';
import { sql } from 'kysely';
import type { Db, Dialect } from './database';

/** Why a call may not be made: the day's budget, or the share left for background work. */
export type BudgetRefusal = 'spent' | 'reserved';

export function kometCallsTable(db: Db, dialect: Dialect) {
  return {
    /**
     * Counts one call against the day's budget, or refuses it. Check and count are one
     * transaction, so two requests cannot both take the last call.
     */
    async take(
      call: { day: string; username: string; method: string },
      ceiling: number,
    ): Promise<BudgetRefusal | undefined> {
      return db.transaction().execute(async (trx) => {
        // Several app processes share PostgreSQL: one count at a time across all of them.
        // (SQLite's writer lock already serializes the one process that uses it.)
        if (dialect === 'postgres') {
          await sql`lock table komet_calls in share row exclusive mode`.execute(trx);
        }
        const { total } = await trx
          .selectFrom('komet_calls')
          .select((eb) => eb.fn.coalesce(eb.fn.sum<number>('calls'), eb.lit(0)).as('total'))
          .where('day', '=', call.day)
          .executeTakeFirstOrThrow();
        if (Number(total) >= ceiling) return 'spent';
        await trx
          .insertInto('komet_calls')
          .values({ ...call, calls: 1 })
          .onConflict((oc) =>
            oc
              .columns(['day', 'username', 'method'])
              .doUpdateSet((eb) => ({ calls: eb('komet_calls.calls', '+', 1) })),
          )
          .execute();
        return undefined;
      });
    },

    async usage(day: string, limit: number): Promise<KometUsage> {
      const rows = await db
        .selectFrom('komet_calls')
        .select(['username', 'method', 'calls'])
        .where('day', '=', day)
        .execute();
      const sum = (key: 'username' | 'method') => {
        const totals = new Map<string, number>();
        for (const row of rows) totals.set(row[key], (totals.get(row[key]) ?? 0) + row.calls);
        return [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
      };
      return {
        day,
        limit,
        total: rows.reduce((total, row) => total + row.calls, 0),
        byUser: sum('username').map(([username, calls]) => ({ username, calls })),
        byMethod: sum('method').map(([method, calls]) => ({ method, calls })),
      };
    },
  };
}
export type KometCallsStore = ReturnType<typeof kometCallsTable>;
