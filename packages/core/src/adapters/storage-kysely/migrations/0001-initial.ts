import { sql, type Kysely, type Migration } from 'kysely';
import type { MigrationOptions } from './migration-options.js';

/** Creates every table and the indexes behind the recruiter's list, search and statistics queries. */
export function createInitialMigration({ dialect }: MigrationOptions): Migration {
  // PostgreSQL compares `text` with the database collation, which may not be byte order;
  // ids and timestamps are compared as bytes on both dialects so keyset cursors agree.
  const key = dialect === 'postgres' ? sql`text collate "C"` : sql`text`;
  const real = dialect === 'postgres' ? sql`double precision` : sql`real`;
  const blob = dialect === 'postgres' ? sql`bytea` : sql`blob`;

  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('coach_templates')
        .addColumn('id', key, (column) => column.primaryKey())
        .addColumn('title', 'text', (column) => column.notNull())
        .addColumn('description', 'text', (column) => column.notNull())
        .addColumn('role_focus', 'text')
        .addColumn('behavioral_questions', 'integer', (column) => column.notNull())
        .addColumn('technical_questions', 'integer', (column) => column.notNull())
        .addColumn('include_dsa', 'integer', (column) => column.notNull())
        .addColumn('created_at', key, (column) => column.notNull())
        .addColumn('updated_at', key, (column) => column.notNull())
        .execute();

      await db.schema
        .createTable('coach_sessions')
        .addColumn('id', key, (column) => column.primaryKey())
        .addColumn('template_id', 'text', (column) => column.notNull())
        .addColumn('state', 'text', (column) => column.notNull())
        .addColumn('report_id', key)
        .addColumn('data', 'text', (column) => column.notNull())
        .addColumn('version', 'integer', (column) => column.notNull())
        .addColumn('created_at', key, (column) => column.notNull())
        .addColumn('updated_at', key, (column) => column.notNull())
        .addColumn('last_activity_at', key, (column) => column.notNull())
        .execute();
      await db.schema.createIndex('coach_sessions_last_activity').on('coach_sessions').column('last_activity_at').execute();

      await db.schema
        .createTable('coach_turns')
        .addColumn('id', key, (column) => column.primaryKey())
        .addColumn('session_id', key, (column) => column.notNull())
        .addColumn('turn_index', 'integer', (column) => column.notNull())
        .addColumn('kind', 'text', (column) => column.notNull())
        .addColumn('question', 'text', (column) => column.notNull())
        .addColumn('question_key', 'text')
        .addColumn('follow_up_of', key)
        .addColumn('answer', 'text')
        .addColumn('answered_at', key)
        .addColumn('evaluation', 'text')
        .addColumn('created_at', key, (column) => column.notNull())
        .addUniqueConstraint('coach_turns_session_index', ['session_id', 'turn_index'])
        .execute();

      await db.schema
        .createTable('coach_dsa_rounds')
        .addColumn('session_id', key, (column) => column.primaryKey())
        .addColumn('data', 'text', (column) => column.notNull())
        .addColumn('version', 'integer', (column) => column.notNull())
        .addColumn('created_at', key, (column) => column.notNull())
        .addColumn('updated_at', key, (column) => column.notNull())
        .execute();

      let reports = db.schema.createTable('coach_reports');
      // SQLite: an INTEGER PRIMARY KEY is the rowid, which VACUUM keeps stable; the trigram
      // search index refers to reports by it.
      if (dialect === 'sqlite')
        reports = reports.addColumn('seq', 'integer', (column) => column.primaryKey()).addColumn('id', key, (column) => column.notNull().unique());
      else reports = reports.addColumn('id', key, (column) => column.primaryKey());
      await reports
        .addColumn('session_id', key, (column) => column.unique())
        .addColumn('candidate_name', 'text', (column) => column.notNull())
        .addColumn('candidate_email', 'text', (column) => column.notNull())
        .addColumn('role', key, (column) => column.notNull())
        .addColumn('overall_score', real, (column) => column.notNull())
        .addColumn('decision', key, (column) => column.notNull())
        .addColumn('search_text', 'text', (column) => column.notNull())
        .addColumn('data', 'text', (column) => column.notNull())
        .addColumn('created_at', key, (column) => column.notNull())
        .addColumn('created_week', key, (column) => column.notNull())
        .addColumn('updated_at', key, (column) => column.notNull())
        .execute();
      // One index per (filter, sort) pair the report list offers, each ending in the sort keys
      // so a page is read in order and stops after `limit + 1` rows.
      const reportIndexes: [string, string[]][] = [
        ['coach_reports_newest', ['created_at', 'id']],
        ['coach_reports_score', ['overall_score', 'created_at', 'id']],
        ['coach_reports_decision_newest', ['decision', 'created_at', 'id']],
        ['coach_reports_decision_score', ['decision', 'overall_score', 'created_at', 'id']],
        ['coach_reports_role_newest', ['role', 'created_at', 'id']],
        ['coach_reports_role_score', ['role', 'overall_score', 'created_at', 'id']],
        ['coach_reports_role_decision_newest', ['role', 'decision', 'created_at', 'id']],
        ['coach_reports_role_decision_score', ['role', 'decision', 'overall_score', 'created_at', 'id']],
        ['coach_reports_week', ['created_week']],
      ];
      for (const [name, columns] of reportIndexes) {
        await db.schema.createIndex(name).on('coach_reports').columns(columns).execute();
      }

      await db.schema
        .createTable('coach_decision_changes')
        .addColumn('id', key, (column) => column.primaryKey())
        .addColumn('report_id', key, (column) => column.notNull())
        .addColumn('from_decision', 'text', (column) => column.notNull())
        .addColumn('to_decision', 'text', (column) => column.notNull())
        .addColumn('actor', 'text', (column) => column.notNull())
        .addColumn('at', key, (column) => column.notNull())
        .execute();
      await db.schema.createIndex('coach_decision_changes_report').on('coach_decision_changes').columns(['report_id', 'at']).execute();

      await db.schema
        .createTable('coach_invites')
        .addColumn('id', key, (column) => column.primaryKey())
        .addColumn('report_id', key, (column) => column.notNull().unique())
        .addColumn('to_email', 'text', (column) => column.notNull())
        .addColumn('to_name', 'text', (column) => column.notNull())
        .addColumn('subject', 'text')
        .addColumn('text_body', 'text')
        .addColumn('html_body', 'text')
        .addColumn('status', key, (column) => column.notNull())
        .addColumn('attempts', 'integer', (column) => column.notNull())
        .addColumn('last_error', 'text')
        .addColumn('next_attempt_at', key, (column) => column.notNull())
        .addColumn('locked_until', key)
        .addColumn('sent_at', key)
        .addColumn('created_at', key, (column) => column.notNull())
        .addColumn('updated_at', key, (column) => column.notNull())
        .execute();
      await db.schema.createIndex('coach_invites_due').on('coach_invites').columns(['status', 'next_attempt_at']).execute();
      await db.schema.createIndex('coach_invites_lease').on('coach_invites').columns(['status', 'locked_until']).execute();

      await db.schema
        .createTable('coach_speech_cache')
        .addColumn('key', key, (column) => column.primaryKey())
        .addColumn('content_type', 'text', (column) => column.notNull())
        .addColumn('audio', blob, (column) => column.notNull())
        .addColumn('created_at', key, (column) => column.notNull())
        .execute();

      await db.schema
        .createTable('coach_rate_limits')
        .addColumn('key', key, (column) => column.notNull())
        .addColumn('window_start', key, (column) => column.notNull())
        .addColumn('count', 'integer', (column) => column.notNull())
        .addColumn('reset_at', key, (column) => column.notNull())
        .addPrimaryKeyConstraint('coach_rate_limits_pk', ['key', 'window_start'])
        .execute();
      await db.schema.createIndex('coach_rate_limits_reset').on('coach_rate_limits').column('reset_at').execute();

      await db.schema
        .createTable('coach_settings')
        .addColumn('key', key, (column) => column.primaryKey())
        .addColumn('value', 'text', (column) => column.notNull())
        .execute();
    },
  };
}
