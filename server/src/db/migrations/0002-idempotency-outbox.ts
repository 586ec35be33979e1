import type { Kysely, Migration } from 'kysely';
import type { Dialect } from '../database';
import { generatedId } from './generated-id';

/** Issue 7: idempotency keys and the outbox of adds not yet in Komet. */
export const idempotencyOutbox = (dialect: Dialect): Migration => ({
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('idempotency_keys')
      .addColumn('username', 'text', (c) => c.notNull())
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('fingerprint', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('status', 'integer')
      .addColumn('body', 'text')
      .addColumn('location', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('expires_at', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('idempotency_keys_pk', ['username', 'key'])
      .execute();
    await db.schema
      .createIndex('idempotency_keys_expiry')
      .on('idempotency_keys')
      .column('expires_at')
      .execute();
    await db.schema
      .createTable('submissions')
      .addColumn('id', 'integer', generatedId(dialect))
      .addColumn('username', 'text', (c) => c.notNull())
      .addColumn('user_name', 'text', (c) => c.notNull())
      .addColumn('customer_id', 'text', (c) => c.notNull())
      .addColumn('customer_name', 'text', (c) => c.notNull())
      .addColumn('contact', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('contact_id', 'text')
      .addColumn('message', 'text')
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('may_have_written', 'integer', (c) => c.notNull())
      .addColumn('before_ids', 'text')
      .addColumn('audit_id', 'integer')
      .addColumn('next_attempt_at', 'text')
      .addColumn('claimed_until', 'text')
      .addColumn('created_at', 'text', (c) => c.notNull())
      .addColumn('updated_at', 'text', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('submissions_due')
      .on('submissions')
      .columns(['state', 'next_attempt_at'])
      .execute();
    await db.schema
      .createIndex('submissions_customer')
      .on('submissions')
      .columns(['customer_id', 'id'])
      .execute();
    await db.schema
      .createIndex('submissions_user')
      .on('submissions')
      .columns(['username', 'id'])
      .execute();
  },
});
