import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { migrationProvider } from './migrations';
import type { Schema } from './schema';

export type Db = Kysely<Schema>;

/** Where the embedded database lives: one file under DATA_DIR, or memory for tests. */
export type DatabaseLocation = { dataDir: string } | { memory: true };

export const DATABASE_FILE = 'komet-contacts.sqlite';

/** A clear, one-line reason the database could not be opened (unreadable DATA_DIR, say). */
export class DatabaseOpenError extends Error {
  override name = 'DatabaseOpenError';
}

function openSqlite(location: DatabaseLocation): SQLite.Database {
  if ('memory' in location) return new SQLite(':memory:');
  const file = path.resolve(location.dataDir, DATABASE_FILE);
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const sqlite = new SQLite(file);
    // WAL lets the users command write while the server reads; busy_timeout waits out its lock.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('busy_timeout = 5000');
    return sqlite;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseOpenError(`Cannot open the database ${file}: ${reason}`);
  }
}

/** Opens the database and brings its schema up to date before anything uses it. */
export async function openDatabase(location: DatabaseLocation): Promise<Db> {
  const sqlite = openSqlite(location);
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Schema>({ dialect: new SqliteDialect({ database: sqlite }) });
  const { error } = await new Migrator({ db, provider: migrationProvider }).migrateToLatest();
  if (error) {
    await db.destroy();
    throw error instanceof Error ? error : new Error('The database could not be migrated');
  }
  return db;
}
