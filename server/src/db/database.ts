import { mkdirSync } from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type SqliteDatabase } from 'kysely';
import pg from 'pg';
import { migrationProvider } from './migrations';
import type { Schema } from './schema';

export type Db = Kysely<Schema>;
export type Dialect = 'sqlite' | 'postgres';

/**
 * Where the app's state lives: a SQLite file under DATA_DIR (the default), memory (tests), or
 * PostgreSQL at DATABASE_URL, so several app processes can share it.
 */
export type DatabaseLocation = { dataDir: string } | { memory: true } | { databaseUrl: string };

export const DATABASE_FILE = 'komet-contacts.sqlite';

/** A clear, one-line reason the database could not be opened (unreadable DATA_DIR, say). */
export class DatabaseOpenError extends Error {
  override name = 'DatabaseOpenError';
}

function openSqlite(location: { dataDir: string } | { memory: true }): SQLite.Database {
  if ('memory' in location) return new SQLite(':memory:');
  const file = path.resolve(location.dataDir, DATABASE_FILE);
  try {
    mkdirSync(path.dirname(file), { recursive: true });
    const sqlite = new SQLite(file);
    // WAL lets the users command write while the server reads; busy_timeout waits out its lock.
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('busy_timeout = 5000');
    // Said, not left to how the driver was compiled (it runs NORMAL on a file already in WAL,
    // FULL on a new one). With WAL, NORMAL loses nothing when the process is killed: every
    // commit is in the OS before the next step. A power loss can drop the last seconds of
    // commits; a commit flushed before each Komet call would close that (issue 9's note).
    sqlite.pragma('synchronous = NORMAL');
    return sqlite;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DatabaseOpenError(`Cannot open the database ${file}: ${reason}`);
  }
}

/** Most statements kept prepared; the app's SQL is a few dozen fixed texts, so this is a guard. */
const MAX_PREPARED = 500;

/**
 * better-sqlite3 with each statement prepared once: Kysely prepares it on every query, which
 * was 0.36 ms of each add (BENCHMARKS.md). Nothing here streams, so a statement is never busy
 * when it is used again.
 */
function preparedOnce(sqlite: SQLite.Database): SqliteDatabase {
  const prepared = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare: (sql) => {
      let statement = prepared.get(sql);
      if (!statement) {
        statement = sqlite.prepare(sql);
        if (prepared.size < MAX_PREPARED) prepared.set(sql, statement);
      }
      return statement;
    },
  };
}

function connect(location: DatabaseLocation): { db: Db; dialect: Dialect } {
  if ('databaseUrl' in location) {
    const pool = new pg.Pool({ connectionString: location.databaseUrl, max: 10 });
    return {
      db: new Kysely<Schema>({ dialect: new PostgresDialect({ pool }) }),
      dialect: 'postgres',
    };
  }
  const sqlite = openSqlite(location);
  sqlite.pragma('foreign_keys = ON');
  return {
    db: new Kysely<Schema>({ dialect: new SqliteDialect({ database: preparedOnce(sqlite) }) }),
    dialect: 'sqlite',
  };
}

/** Opens the database and brings its schema up to date before anything uses it. */
export async function openDatabase(
  location: DatabaseLocation,
): Promise<{ db: Db; dialect: Dialect }> {
  const { db, dialect } = connect(location);
  const { error } = await new Migrator({
    db,
    provider: migrationProvider(dialect),
  }).migrateToLatest();
  if (error) {
    await db.destroy();
    if ('databaseUrl' in location) {
      // The URL may hold a password: name the database by host only.
      const reason = error instanceof Error ? error.message : 'migration failed';
      throw new DatabaseOpenError(
        `Cannot open the PostgreSQL database at ${new URL(location.databaseUrl).host}: ${reason}`,
      );
    }
    throw error instanceof Error ? error : new Error('The database could not be migrated');
  }
  return { db, dialect };
}
