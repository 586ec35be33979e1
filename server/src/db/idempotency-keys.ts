import type { Db } from './database';

export interface RecordedAnswer {
  status: number;
  body: unknown;
  location: string | null;
}

/** What a request with an idempotency key finds: a fresh claim, or what an earlier one left. */
export type KeyClaim =
  | { kind: 'claimed' }
  | { kind: 'mismatch' }
  | { kind: 'running'; since: string }
  | { kind: 'done'; answer: RecordedAnswer };

export function idempotencyKeysTable(db: Db) {
  return {
    /**
     * Records the key as running before anything is sent to Komet, or reports what the key
     * already holds. Insert-if-absent is one statement, so two requests cannot both claim it.
     */
    async claim(
      row: { username: string; key: string; fingerprint: string },
      at: string,
      expiresAt: string,
    ): Promise<KeyClaim> {
      const inserted = await db
        .insertInto('idempotency_keys')
        .values({
          ...row,
          state: 'running',
          status: null,
          body: null,
          location: null,
          created_at: at,
          expires_at: expiresAt,
        })
        .onConflict((oc) => oc.columns(['username', 'key']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0) > 0) return { kind: 'claimed' };
      const existing = await db
        .selectFrom('idempotency_keys')
        .selectAll()
        .where('username', '=', row.username)
        .where('key', '=', row.key)
        .executeTakeFirstOrThrow();
      if (existing.fingerprint !== row.fingerprint) return { kind: 'mismatch' };
      if (existing.state !== 'done' || existing.status === null) {
        return { kind: 'running', since: existing.created_at };
      }
      return {
        kind: 'done',
        answer: {
          status: existing.status,
          body: JSON.parse(existing.body ?? 'null') as unknown,
          location: existing.location,
        },
      };
    },

    /** A running claim whose process died: taken over by the one asking now. */
    async retake(username: string, key: string, at: string): Promise<void> {
      await db
        .updateTable('idempotency_keys')
        .set({ created_at: at })
        .where('username', '=', username)
        .where('key', '=', key)
        .where('state', '=', 'running')
        .execute();
    },

    /**
     * Lets go of a claim that ended with nothing to record (work harmless to repeat), so a repeat
     * runs again. Only the claim taken at `since`: one retaken by a later request stays.
     */
    async release(username: string, key: string, since: string): Promise<void> {
      await db
        .deleteFrom('idempotency_keys')
        .where('username', '=', username)
        .where('key', '=', key)
        .where('state', '=', 'running')
        .where('created_at', '=', since)
        .execute();
    },

    async finish(username: string, key: string, answer: RecordedAnswer): Promise<void> {
      await db
        .updateTable('idempotency_keys')
        .set({
          state: 'done',
          status: answer.status,
          body: JSON.stringify(answer.body),
          location: answer.location,
        })
        .where('username', '=', username)
        .where('key', '=', key)
        .execute();
    },

    async deleteExpired(before: string): Promise<void> {
      await db.deleteFrom('idempotency_keys').where('expires_at', '<', before).execute();
    },
  };
}
export type IdempotencyKeysStore = ReturnType<typeof idempotencyKeysTable>;
