import { sql, type Kysely, type Migration } from 'kysely';
import type { MigrationOptions } from './migration-options.js';

/**
 * Webhook endpoints, the delivery outbox (one row per event and endpoint, claimed under a lease
 * like invites) and the log of every HTTP attempt. Touches no other table, so it is independent
 * of the migrations before it.
 */
export function createWebhooksMigration({ dialect }: MigrationOptions): Migration {
  return {
    async up(db: Kysely<any>) {
      const key = dialect === 'postgres' ? sql`text collate "C"` : sql`text`;
      await db.schema
        .createTable('coach_webhook_endpoints')
        .addColumn('id', key, (column) => column.primaryKey())
        .addColumn('url', 'text', (column) => column.notNull())
        .addColumn('description', 'text')
        .addColumn('events', 'text', (column) => column.notNull())
        .addColumn('enabled', 'integer', (column) => column.notNull())
        .addColumn('disabled_reason', 'text')
        .addColumn('secret', 'text', (column) => column.notNull())
        .addColumn('previous_secret', 'text')
        .addColumn('previous_secret_expires_at', key)
        .addColumn('created_at', key, (column) => column.notNull())
        .addColumn('updated_at', key, (column) => column.notNull())
        .execute();

      await db.schema
        .createTable('coach_webhook_deliveries')
        .addColumn('id', key, (column) => column.primaryKey())
        .addColumn('endpoint_id', key, (column) => column.notNull())
        .addColumn('event_id', key, (column) => column.notNull())
        .addColumn('event_type', 'text', (column) => column.notNull())
        // The report whose personal data the payload carries: erasing the report erases the delivery.
        .addColumn('report_id', key)
        .addColumn('payload', 'text', (column) => column.notNull())
        .addColumn('status', key, (column) => column.notNull())
        .addColumn('attempts', 'integer', (column) => column.notNull())
        .addColumn('next_attempt_at', key, (column) => column.notNull())
        .addColumn('locked_until', key)
        .addColumn('last_status_code', 'integer')
        .addColumn('last_error', 'text')
        .addColumn('created_at', key, (column) => column.notNull())
        .addColumn('updated_at', key, (column) => column.notNull())
        .addColumn('completed_at', key)
        .addUniqueConstraint('coach_webhook_deliveries_event_endpoint', ['event_id', 'endpoint_id'])
        .execute();
      await db.schema.createIndex('coach_webhook_deliveries_due').on('coach_webhook_deliveries').columns(['status', 'next_attempt_at']).execute();
      await db.schema.createIndex('coach_webhook_deliveries_lease').on('coach_webhook_deliveries').columns(['status', 'locked_until']).execute();
      await db.schema.createIndex('coach_webhook_deliveries_report').on('coach_webhook_deliveries').column('report_id').execute();
      await db.schema.createIndex('coach_webhook_deliveries_completed').on('coach_webhook_deliveries').columns(['status', 'completed_at']).execute();
      await db.schema.createIndex('coach_webhook_deliveries_endpoint').on('coach_webhook_deliveries').columns(['endpoint_id', 'created_at', 'id']).execute();

      await db.schema
        .createTable('coach_webhook_attempts')
        .addColumn('id', key, (column) => column.primaryKey())
        .addColumn('delivery_id', key, (column) => column.notNull())
        .addColumn('endpoint_id', key, (column) => column.notNull())
        .addColumn('attempt_number', 'integer', (column) => column.notNull())
        .addColumn('started_at', key, (column) => column.notNull())
        .addColumn('duration_ms', 'integer', (column) => column.notNull())
        .addColumn('status_code', 'integer')
        .addColumn('response_body', 'text')
        .addColumn('error', 'text')
        .addColumn('succeeded', 'integer', (column) => column.notNull())
        .execute();
      await db.schema.createIndex('coach_webhook_attempts_delivery').on('coach_webhook_attempts').columns(['delivery_id', 'attempt_number']).execute();
    },
  };
}
