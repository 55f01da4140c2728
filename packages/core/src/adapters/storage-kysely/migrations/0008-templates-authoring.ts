import { sql, type Kysely, type Migration } from 'kysely';
import type { MigrationOptions } from './migration-options.js';

/**
 * Interviews a hiring site writes itself: what it wrote (one JSON column, read only whole), whether
 * it is published or archived, an optimistic version, and an audit row per change. Existing
 * (starter) templates become published, unarchived, version 1. Also the personal interview links
 * (invitations), whose token is kept only as a hash.
 */
export function createTemplatesAuthoringMigration({ dialect }: MigrationOptions): Migration {
  return {
    async up(db: Kysely<any>) {
      const key = dialect === 'postgres' ? sql`text collate "C"` : sql`text`;
      await db.schema.alterTable('coach_templates').addColumn('authoring', 'text').execute();
      await db.schema
        .alterTable('coach_templates')
        .addColumn('published', 'integer', (column) => column.notNull().defaultTo(1))
        .execute();
      await db.schema.alterTable('coach_templates').addColumn('archived_at', key).execute();
      await db.schema
        .alterTable('coach_templates')
        .addColumn('version', 'integer', (column) => column.notNull().defaultTo(1))
        .execute();

      await db.schema
        .createTable('coach_template_audit')
        .addColumn('id', key, (column) => column.primaryKey())
        .addColumn('template_id', key, (column) => column.notNull())
        .addColumn('version', 'integer', (column) => column.notNull())
        .addColumn('action', 'text', (column) => column.notNull())
        .addColumn('snapshot', 'text', (column) => column.notNull())
        .addColumn('created_at', key, (column) => column.notNull())
        .execute();
      await db.schema.createIndex('coach_template_audit_template').on('coach_template_audit').columns(['template_id', 'version']).execute();

      await db.schema
        .createTable('coach_invitations')
        .addColumn('id', key, (column) => column.primaryKey())
        .addColumn('template_id', key, (column) => column.notNull())
        .addColumn('candidate_name', 'text', (column) => column.notNull())
        .addColumn('candidate_email', 'text', (column) => column.notNull())
        .addColumn('token_hash', key, (column) => column.notNull().unique())
        .addColumn('status', key, (column) => column.notNull())
        .addColumn('expires_at', key)
        .addColumn('session_id', key)
        .addColumn('report_id', key)
        .addColumn('version', 'integer', (column) => column.notNull())
        .addColumn('created_at', key, (column) => column.notNull())
        .addColumn('updated_at', key, (column) => column.notNull())
        .execute();
      await db.schema.createIndex('coach_invitations_template').on('coach_invitations').columns(['template_id', 'created_at']).execute();
      // Reports remember their template so recruiters can filter by it; older ones learn it from their session.
      await db.schema.alterTable('coach_reports').addColumn('template_id', key).execute();
      // Built with the query builder (not raw SQL) so a PostgreSQL schema qualifies both tables.
      await db
        .updateTable('coach_reports')
        .set((eb) => ({
          template_id: eb.selectFrom('coach_sessions').select('coach_sessions.template_id').whereRef('coach_sessions.id', '=', 'coach_reports.session_id'),
        }))
        .execute();
      await db.schema.createIndex('coach_reports_template').on('coach_reports').columns(['template_id', 'created_at']).execute();
      await db.schema.createIndex('coach_invitations_session').on('coach_invitations').column('session_id').execute();
    },
  };
}
