import type { Migration, MigrationProvider } from 'kysely';
import type { Dialect } from '../database';
import { accountsAuditUsage } from './0001-accounts-audit-usage';
import { idempotencyOutbox } from './0002-idempotency-outbox';
import { auditSteps } from './0003-audit-steps';
import { auditStepCodes } from './0004-audit-step-codes';
import { imports } from './0005-imports';

/**
 * Every migration, in order. Listed in code rather than read from a folder so a bundled or
 * compiled server carries them; a name, once released, never changes.
 */
const migrations = (dialect: Dialect): Record<string, Migration> => ({
  '0001-accounts-audit-usage': accountsAuditUsage(dialect),
  '0002-idempotency-outbox': idempotencyOutbox(dialect),
  '0003-audit-steps': auditSteps(dialect),
  '0004-audit-step-codes': auditStepCodes(),
  '0005-imports': imports(dialect),
});

/** The same migrations for SQLite and PostgreSQL; a few column types are spelled per dialect. */
export const migrationProvider = (dialect: Dialect): MigrationProvider => ({
  getMigrations: () => Promise.resolve(migrations(dialect)),
});
