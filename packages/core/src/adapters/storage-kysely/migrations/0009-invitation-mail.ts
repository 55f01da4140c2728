import { sql, type Kysely, type Migration } from 'kysely';
import type { MigrationOptions } from './migration-options.js';

/**
 * The invite outbox also carries the email of a personal interview link: an invite belongs to a
 * report (the follow-up invite of an accepted candidate) or to an invitation, never both, and
 * each has at most one. SQLite cannot drop NOT NULL from a column, so there the table is
 * rebuilt with its rows, as its documentation describes for such changes.
 */
export function createInvitationMailMigration({ dialect }: MigrationOptions): Migration {
  return {
    async up(db: Kysely<any>) {
      if (dialect === 'postgres') {
        await db.schema
          .alterTable('coach_invites')
          .alterColumn('report_id', (column) => column.dropNotNull())
          .execute();
        await db.schema
          .alterTable('coach_invites')
          .addColumn('invitation_id', sql`text collate "C"`)
          .execute();
      } else {
        await db.schema
          .createTable('coach_invites_next')
          .addColumn('id', 'text', (column) => column.primaryKey())
          .addColumn('report_id', 'text', (column) => column.unique())
          .addColumn('invitation_id', 'text')
          .addColumn('to_email', 'text', (column) => column.notNull())
          .addColumn('to_name', 'text', (column) => column.notNull())
          .addColumn('subject', 'text')
          .addColumn('text_body', 'text')
          .addColumn('html_body', 'text')
          .addColumn('status', 'text', (column) => column.notNull())
          .addColumn('attempts', 'integer', (column) => column.notNull())
          .addColumn('last_error', 'text')
          .addColumn('next_attempt_at', 'text', (column) => column.notNull())
          .addColumn('locked_until', 'text')
          .addColumn('sent_at', 'text')
          .addColumn('created_at', 'text', (column) => column.notNull())
          .addColumn('updated_at', 'text', (column) => column.notNull())
          .execute();
        const columns = [
          'id',
          'report_id',
          'to_email',
          'to_name',
          'subject',
          'text_body',
          'html_body',
          'status',
          'attempts',
          'last_error',
          'next_attempt_at',
          'locked_until',
          'sent_at',
          'created_at',
          'updated_at',
        ] as const;
        await db
          .insertInto('coach_invites_next')
          .columns([...columns])
          .expression(db.selectFrom('coach_invites').select([...columns]))
          .execute();
        await db.schema.dropTable('coach_invites').execute();
        await db.schema.alterTable('coach_invites_next').renameTo('coach_invites').execute();
        await db.schema.createIndex('coach_invites_due').on('coach_invites').columns(['status', 'next_attempt_at']).execute();
        await db.schema.createIndex('coach_invites_lease').on('coach_invites').columns(['status', 'locked_until']).execute();
      }
      // A unique index (not a constraint) is what both dialects accept on an existing table;
      // NULLs do not collide, so report invites are unaffected.
      await db.schema.createIndex('coach_invites_invitation').on('coach_invites').column('invitation_id').unique().execute();
    },
  };
}
