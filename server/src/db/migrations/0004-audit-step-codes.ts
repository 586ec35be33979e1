import type { Kysely, Migration } from 'kysely';

/**
 * Issue 8: each step's code and the data of its sentence (JSON), so the client words it in the
 * reader's language. Rows from before keep both null and are shown in their English.
 */
export const auditStepCodes = (): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema.alterTable('audit_steps').addColumn('code', 'text').execute();
    await db.schema.alterTable('audit_steps').addColumn('data', 'text').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.alterTable('audit_steps').dropColumn('data').execute();
    await db.schema.alterTable('audit_steps').dropColumn('code').execute();
  },
});
