import { auditTable } from './audit';
import { openDatabase, type DatabaseLocation } from './database';
import { idempotencyKeysTable } from './idempotency-keys';
import { importsTable } from './imports';
import { kometCallsTable } from './komet-calls';
import { sessionsTable } from './sessions';
import { signInFailuresTable } from './sign-in-failures';
import { submissionsTable } from './submissions';
import { usersTable } from './users';

/** The app's own state, one typed store per table group. Nothing outside server/src/db writes SQL. */
export async function openStorage(location: DatabaseLocation) {
  const { db, dialect } = await openDatabase(location);
  return {
    dialect,
    users: usersTable(db),
    sessions: sessionsTable(db),
    audit: auditTable(db),
    kometCalls: kometCallsTable(db, dialect),
    signInFailures: signInFailuresTable(db),
    idempotencyKeys: idempotencyKeysTable(db),
    submissions: submissionsTable(db, dialect),
    imports: importsTable(db),
    close: () => db.destroy(),
  };
}
export type Storage = Awaited<ReturnType<typeof openStorage>>;
