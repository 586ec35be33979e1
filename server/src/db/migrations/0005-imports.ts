import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../database';
import { generatedId } from './generated-id';

/**
 * Issue 10: imports from a spreadsheet, their rows as previewed, and each sent row's place in the
 * outbox. One submission per import row at most (the unique index): that pair is the row's
 * idempotency key, so starting twice or resuming after a crash cannot queue a row twice.
 */
export const imports = (dialect: Dialect): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('imports')
      .addColumn('id', 'integer', generatedId(dialect))
      .addColumn('username', 'text', (c) => c.notNull())
      .addColumn('user_name', 'text', (c) => c.notNull())
      .addColumn('customer_id', 'text')
      .addColumn('file_name', 'text')
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('headers', 'text', (c) => c.notNull())
      .addColumn('mapping', 'text', (c) => c.notNull())
      .addColumn('delimiter', 'text', (c) => c.notNull())
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('started_at', 'text')
      .addColumn('finished_at', 'text')
      .execute();
    await db.schema.createIndex('imports_user').on('imports').columns(['username', 'id']).execute();
    await db.schema
      .createTable('import_rows')
      .addColumn('import_id', 'integer', (c) => c.notNull())
      .addColumn('sheet_row', 'integer', (c) => c.notNull())
      .addColumn('cells', 'text', (c) => c.notNull())
      .addColumn('customer_id', 'text')
      .addColumn('customer_name', 'text')
      .addColumn('verdict', 'text', (c) => c.notNull())
      .addColumn('contact', 'text')
      .addColumn('note', 'text')
      .addPrimaryKeyConstraint('import_rows_pk', ['import_id', 'sheet_row'])
      .execute();
    await db.schema.alterTable('submissions').addColumn('import_id', 'integer').execute();
    await db.schema.alterTable('submissions').addColumn('import_row', 'integer').execute();
    await db.schema
      .createIndex('submissions_import_row')
      .on('submissions')
      .columns(['import_id', 'import_row'])
      .unique()
      .execute();
    // The outbox takes each customer's oldest item still to send (submissions.ts claimNext),
    // read in id order: with (state, next_attempt_at) SQLite read every waiting row and sorted
    // them, 2 ms a claim with an import's 5,000 rows waiting.
    await db.schema.dropIndex('submissions_due').execute();
    await db.schema
      .createIndex('submissions_state')
      .on('submissions')
      .columns(['state', 'id'])
      .execute();
    await db.schema
      .createIndex('submissions_customer_state')
      .on('submissions')
      .columns(['customer_id', 'state', 'id'])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropIndex('submissions_customer_state').execute();
    await db.schema.dropIndex('submissions_state').execute();
    await db.schema
      .createIndex('submissions_due')
      .on('submissions')
      .columns(['state', 'next_attempt_at'])
      .execute();
    await db.schema.dropIndex('submissions_import_row').execute();
    await db.schema.alterTable('submissions').dropColumn('import_row').execute();
    await db.schema.alterTable('submissions').dropColumn('import_id').execute();
    await db.schema.dropTable('import_rows').execute();
    await db.schema.dropTable('imports').execute();
  },
});
