import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../database';
import { generatedId } from './generated-id';

/** Issue 7: every step of an add whose first answer was not final (looked up, queued, resent). */
export const auditSteps = (dialect: Dialect): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('audit_steps')
      .addColumn('id', 'integer', generatedId(dialect))
      .addColumn('audit_id', 'integer', (c) => c.notNull())
      .addColumn('at', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('message', 'text', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('audit_steps_entry').on('audit_steps').column('audit_id').execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable('audit_steps').execute();
  },
});
