import type { Migration, MigrationProvider } from 'kysely';
import { accountsAuditUsage } from './0001-accounts-audit-usage';

/**
 * Every migration, in order. Listed in code rather than read from a folder so a bundled or
 * compiled server carries them; a name, once released, never changes.
 */
const MIGRATIONS: Record<string, Migration> = {
  '0001-accounts-audit-usage': accountsAuditUsage,
};

export const migrationProvider: MigrationProvider = {
  getMigrations: () => Promise.resolve(MIGRATIONS),
};
